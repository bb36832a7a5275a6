import Foundation

/// Results of work spawned on other threads (e.g. GRDB's `spawnConcurrentRead`), collected in the
/// order the slots were reserved.
final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Result<Value, Error>?] = []

    /// A slot for one result, to be filled exactly once.
    func reserve() -> Int {
        condition.lock()
        defer { condition.unlock() }
        results.append(nil)
        return results.count - 1
    }

    func fill(_ slot: Int, with result: Result<Value, Error>) {
        condition.lock()
        results[slot] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every reserved slot is filled and returns the results in slot order.
    func wait() -> [Result<Value, Error>] {
        condition.lock()
        defer { condition.unlock() }
        while results.contains(where: { $0 == nil }) { condition.wait() }
        return results.map { $0! }
    }
}

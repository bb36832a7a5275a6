import Foundation
import VeerkrachtCore

/// Validated, scored and encoded rows, ready to be bound: their bytes one after the other, and
/// the metingen and wijken seen for the first time (numbered in the order they appear).
struct PreparedBatch: Sendable {
    struct Row: Sendable {
        let line: Int
        let meting: Int
        let wijk: Int
        /// Ranges in `bytes`.
        let respondent: Range<Int>
        let datum: Range<Int>
        let answers: Range<Int>
        let scores: Range<Int>
    }

    static let capacity = 2048
    var bytes: [UInt8] = []
    var rows: [Row] = []
    var newMetingen: [String] = []
    var newWijken: [WijkCode] = []
    /// Records read so far (valid or not) and input bytes consumed, for progress.
    var rowsSoFar = 0
    var bytesRead = 0

    init() {
        bytes.reserveCapacity(Self.capacity * 192)
        rows.reserveCapacity(Self.capacity)
    }

    mutating func append(_ data: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: data)
        return start..<bytes.count
    }

    mutating func append(_ text: CellText) -> Range<Int> {
        switch text {
        case .asWritten(let data): return append(data)
        case .rewritten(let text):
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            return start..<bytes.count
        }
    }
}

/// What the preparing thread ends with.
struct PreparedResult: Sendable {
    var log: IssueLog
    var cells: CellAccumulator
    var rows: Int
    var bytesRead: Int
    /// The file ended in a CSV syntax error (recorded in `log`).
    var csvFailed: Bool
    /// What to say after a successful import (the metingen and wijken it added).
    var warnings: [String]
}

/// A bounded queue of batches between the preparing thread and the writing one.
final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [PreparedBatch] = []
    private var finished: PreparedResult?
    private var cancelled = false
    private let depth = 3

    /// Queues a batch, waiting while the queue is full; false when the writer gave up.
    func put(_ batch: PreparedBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= depth && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, waiting for one; nil once the preparer has finished and all were taken.
    func take() -> PreparedBatch? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && finished == nil { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }

    func finish(_ result: PreparedResult) {
        condition.lock()
        finished = result
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the preparer to finish.
    func result() -> PreparedResult {
        condition.lock()
        defer { condition.unlock() }
        while finished == nil { condition.wait() }
        return finished!
    }
}

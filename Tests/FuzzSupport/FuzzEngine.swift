import Foundation
import XCTest

// The engine of the property/fuzz tests (issue 6), shared by the instrument loader's and the
// importers' suites: deterministic inputs from a seed, cases on worker threads with a watchdog for
// hangs, and a report that names seed and case and saves failing inputs under $TMPDIR/veerkracht-fuzz/.
// Environment: `VEERKRACHT_FUZZ_SEED=N` (or `random`), `VEERKRACHT_FUZZ_CASE=N`, `VEERKRACHT_FUZZ_SCALE`,
// `VEERKRACHT_FUZZ_VERBOSE=1`, `VEERKRACHT_FUZZ_WORKERS=N`.

public enum FuzzSettings {
    public static let defaultSeed: UInt64 = 0x5EED_2026_0006
    public static let seed: UInt64 = {
        guard let text = ProcessInfo.processInfo.environment["VEERKRACHT_FUZZ_SEED"] else { return defaultSeed }
        if text == "random" { return UInt64.random(in: 0...UInt64.max) }
        return text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) ?? defaultSeed : UInt64(text) ?? defaultSeed
    }()
    public static let scale = ProcessInfo.processInfo.environment["VEERKRACHT_FUZZ_SCALE"].flatMap(Double.init) ?? 1
    public static let onlyCase = ProcessInfo.processInfo.environment["VEERKRACHT_FUZZ_CASE"].flatMap { Int($0) }
    public static let verbose = ProcessInfo.processInfo.environment["VEERKRACHT_FUZZ_VERBOSE"] != nil
    public static let workers = max(1, ProcessInfo.processInfo.environment["VEERKRACHT_FUZZ_WORKERS"].flatMap { Int($0) } ?? 2)
    /// No single input may take longer (a debug build takes a few milliseconds for most).
    public static let caseTimeLimit = 10.0

    public static func cases(_ count: Int) -> Int { max(1, Int((Double(count) * scale).rounded())) }
}

/// SplitMix64: the same seed, target and case always give the same input, on every platform.
public struct FuzzRandom {
    private var state: UInt64

    /// The generator of case `index` of the stream `stream` (a target, a test).
    public init(seed: UInt64, stream: UInt64, case index: Int) {
        self.init(seed: seed, salt: stream &* 0xA076_1D64_78BD_642F, case: index)
    }

    /// The same with the stream's mixed-in value given directly.
    public init(seed: UInt64, salt: UInt64, case index: Int) {
        state = seed ^ salt ^ (UInt64(truncatingIfNeeded: index) &* 0xE703_7ED1_A0B4_28DB)
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0..<n (0 when n ≤ 1).
    public mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    public mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }
    public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) * 0x1.0p-53 < p }
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, below(i + 1)) }
    }
}

/// What one case found: the kind of outcome (for the statistics) and every broken property.
public struct FuzzVerdict {
    public var outcome: String
    public var problems: [String]

    public init(outcome: String, problems: [String] = []) {
        self.outcome = outcome
        self.problems = problems
    }
}

/// A system under test for `FuzzRun`: makes inputs from randomness, and runs and checks one.
public protocol FuzzTarget: Sendable {
    associatedtype Input
    static var name: String { get }
    static func input(_ random: inout FuzzRandom) -> Input
    static func bytes(of input: Input) -> [UInt8]
    static func summary(of input: Input) -> String
    /// The extension of saved failing inputs (`csv`, `yaml`).
    static var fileExtension: String { get }
    /// Mixed into every case's generator; by default derived from `name`.
    static var salt: UInt64 { get }
    init() throws
    func run(_ input: Input) -> FuzzVerdict
}

extension FuzzTarget {
    public static var salt: UInt64 {
        let stream = name.utf8.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        return stream &* 0xA076_1D64_78BD_642F
    }
}

/// Runs a target's cases on `FuzzSettings.workers` threads, each with its own target, while the test
/// thread watches that no case runs longer than `FuzzSettings.caseTimeLimit`.
public final class FuzzRun: @unchecked Sendable {
    public struct Failure {
        public let caseIndex: Int
        public let problems: [String]
        public let input: [UInt8]
        public let summary: String
    }

    private let lock = NSLock()
    private var current: [Int: (index: Int, started: UInt64)] = [:]
    private var failures: [Failure] = []
    private var outcomes: [String: Int] = [:]
    private var finishedWorkers = 0
    private var stopped = false
    private var slowest = (index: -1, seconds: 0.0)
    private var ran = 0

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    public static func execute<T: FuzzTarget>(_: T.Type, cases: Int) -> FuzzReport {
        let seed = FuzzSettings.seed
        let indices = FuzzSettings.onlyCase.map { [$0] } ?? Array(0..<cases)
        let workers = min(FuzzSettings.workers, indices.count)
        let run = FuzzRun()
        let started = DispatchTime.now().uptimeNanoseconds
        // Unbuffered, so that the seed is on the screen even when a case traps.
        FileHandle.standardOutput.write(Data(("\(T.name): \(indices.count) cases on \(workers) threads, seed \(seed) (VEERKRACHT_FUZZ_SEED=\(seed) repeats this run)" + "\n").utf8))
        for worker in 0..<workers {
            let thread = Thread {
                defer { run.locked { run.finishedWorkers += 1 } }
                let target: T
                do {
                    target = try T()
                } catch {
                    run.locked { run.failures.append(Failure(caseIndex: -1, problems: ["setting up failed: \(error)"], input: [], summary: "")) }
                    return
                }
                var k = worker
                while k < indices.count && !run.locked({ run.stopped }) {
                    let index = indices[k]
                    var random = FuzzRandom(seed: seed, salt: T.salt, case: index)
                    let input = T.input(&random)
                    if FuzzSettings.verbose {
                        FileHandle.standardOutput.write(Data("\(T.name) case \(index): \(T.summary(of: input))\n".utf8))
                    }
                    let start = DispatchTime.now().uptimeNanoseconds
                    run.locked { run.current[worker] = (index, start) }
                    var verdict = target.run(input)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    if seconds > FuzzSettings.caseTimeLimit {
                        verdict.problems.append(String(format: "took %.1f s (limit %.0f s)", seconds, FuzzSettings.caseTimeLimit))
                    }
                    let failure = verdict.problems.isEmpty ? nil
                        : Failure(caseIndex: index, problems: verdict.problems, input: T.bytes(of: input), summary: T.summary(of: input))
                    run.locked {
                        run.current[worker] = nil
                        run.ran += 1
                        run.outcomes[verdict.outcome, default: 0] += 1
                        if seconds > run.slowest.seconds { run.slowest = (index, seconds) }
                        if let failure { run.failures.append(failure) }
                    }
                    k += workers
                }
            }
            thread.stackSize = 64 << 20
            thread.start()
        }
        var hung: Failure?
        while run.locked({ run.finishedWorkers < workers }) {
            let now = DispatchTime.now().uptimeNanoseconds
            let overdue = run.locked { run.current.values.first { now > $0.started && Double(now - $0.started) / 1e9 > FuzzSettings.caseTimeLimit } }
            if let overdue {
                var random = FuzzRandom(seed: seed, salt: T.salt, case: overdue.index)
                let input = T.input(&random)
                hung = Failure(caseIndex: overdue.index, problems: ["did not finish within \(FuzzSettings.caseTimeLimit) s (hangs?); the test gave up"],
                               input: T.bytes(of: input), summary: T.summary(of: input))
                run.locked { run.stopped = true }
                break
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return run.locked {
            FuzzReport(name: T.name, fileExtension: T.fileExtension, seed: seed, cases: indices.count, ran: run.ran, outcomes: run.outcomes,
                       failures: (hung.map { [$0] } ?? []) + run.failures.sorted { $0.caseIndex < $1.caseIndex },
                       seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9, slowest: run.slowest)
        }
    }
}

public struct FuzzReport {
    let name: String
    let fileExtension: String
    let seed: UInt64
    let cases: Int
    let ran: Int
    let outcomes: [String: Int]
    let failures: [FuzzRun.Failure]
    let seconds: Double
    let slowest: (index: Int, seconds: Double)

    /// Prints the statistics and fails the test for every failing case (the first few in full).
    public func check(file: StaticString = #filePath, line: UInt = #line) {
        let mix = outcomes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("\(name): \(ran) of \(cases) cases in \(String(format: "%.1f", seconds)) s (\(mix)); slowest case \(slowest.index) took "
            + "\(String(format: "%.3f", slowest.seconds)) s; \(failures.count) failing")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-fuzz")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for failure in failures.prefix(6) {
            let url = folder.appendingPathComponent("\(name)-seed\(seed)-case\(failure.caseIndex).\(fileExtension)")
            try? Data(failure.input).write(to: url)
            XCTFail("""
                \(name) case \(failure.caseIndex), seed \(seed) (repeat: VEERKRACHT_FUZZ_SEED=\(seed) VEERKRACHT_FUZZ_CASE=\(failure.caseIndex)):
                \(failure.problems.prefix(6).map { "  - " + $0 }.joined(separator: "\n"))
                  input: \(failure.summary)
                  \(failure.input.count) bytes, saved to \(url.path): \(FuzzText.escaped(bytes: failure.input))
                """, file: file, line: line)
        }
        if failures.count > 6 {
            var kinds: [String: [Int]] = [:]
            for failure in failures { kinds[Self.kind(of: failure.problems[0]), default: []].append(failure.caseIndex) }
            XCTFail("\(name): \(failures.count) failing cases in all (seed \(seed)), by first problem:\n"
                + kinds.sorted { $0.value.count > $1.value.count }.map { "  \($0.value.count)× \($0.key) — cases \($0.value.prefix(12))" }
                    .joined(separator: "\n"), file: file, line: line)
        }
        if ran < cases && failures.isEmpty { XCTFail("\(name): only \(ran) of \(cases) cases ran", file: file, line: line) }
    }

    /// Checks that the generator reached every outcome often enough to be worth its time.
    public func expectMix(_ minimum: [String: Double], file: StaticString = #filePath, line: UInt = #line) {
        guard FuzzSettings.onlyCase == nil, ran > 100 else { return }
        for (outcome, share) in minimum where Double(outcomes[outcome] ?? 0) < share * Double(ran) {
            XCTFail("\(name): only \(outcomes[outcome] ?? 0) of \(ran) cases were \(outcome); the generator needs attention", file: file, line: line)
        }
    }

    /// A problem without its particulars (numbers, quoted text), to group failures.
    private static func kind(of problem: String) -> String {
        var out = ""
        var quoted = false
        for character in problem.prefix(160) {
            if character == "'" { quoted.toggle(); if quoted { out += "'…'" }; continue }
            if quoted { continue }
            out.append(character.isNumber ? "#" : character)
        }
        return out
    }
}

import Foundation
import XCTest

/// The built command line tool (`.build/debug/veerkracht`) for tests that run it as a process of
/// its own: to kill it, to run it as an account that file permissions apply to, to run it under a
/// resource limit or in a namespace of its own, or to measure its memory.
public struct CommandLineTool {
    /// The executable.
    public let binary: URL

    public init(binary: URL) { self.binary = binary }

    /// The debug build of this checkout: the one built with the tests (next to their executable,
    /// whatever `--scratch-path` was), else `.build/debug/veerkracht`; skips the test with a
    /// message when there is none.
    public static func built() throws -> CommandLineTool {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let besideTests = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("veerkracht")
        let candidates = [besideTests, root.appendingPathComponent(".build/debug/veerkracht")].compactMap { $0 }
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("\(candidates.last!.path) is not built: run `swift build` first (this test runs the real command line tool)")
        }
        return CommandLineTool(binary: binary)
    }

    /// What a finished run did.
    public struct Outcome {
        public let status: Int32
        public let output: String
        public let errors: String

        public init(status: Int32, output: String, errors: String) {
            self.status = status
            self.output = output
            self.errors = errors
        }
    }

    /// Starts the tool with `arguments`, standard error into `log`; `wrapper` is a command that
    /// runs the tool (as another account, say) and gets the binary and the arguments after its own.
    public func start(_ arguments: [String], log: URL, wrapper: [String] = []) throws -> Process {
        let process = Process()
        let command = wrapper + [binary.path] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        return process
    }

    /// Runs the tool to the end with `input` on standard input.
    public func run(_ arguments: [String], input: String = "", wrapper: [String] = [], timeLimit: TimeInterval = 120) throws -> Outcome {
        try Self.run(wrapper + [binary.path] + arguments, input: input, timeLimit: timeLimit)
    }

    /// Runs any command to the end with `input` on standard input (its output goes through files,
    /// so a chatty command cannot block on a full pipe); one still running after `timeLimit`
    /// seconds is killed and reported as status -1.
    public static func run(_ command: [String], input: String = "", timeLimit: TimeInterval = 120) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["in", "out", "err"].map { folder.appendingPathComponent($0) }
        try Data(input.utf8).write(to: files[0])
        for file in files.dropFirst() { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardInput = try FileHandle(forReadingFrom: files[0])
        process.standardOutput = try FileHandle(forWritingTo: files[1])
        process.standardError = try FileHandle(forWritingTo: files[2])
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let text = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        return Outcome(status: timedOut ? -1 : process.terminationStatus, output: text(files[1]),
                       errors: (timedOut ? "still running after \(Int(timeLimit)) s: killed\n" : "") + text(files[2]))
    }
}

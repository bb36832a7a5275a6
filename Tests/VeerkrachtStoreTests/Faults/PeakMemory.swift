import Foundation
import TestSupport
import XCTest

extension CommandLineTool {
    /// Runs the tool to the end as `run` does (standard input empty) and also returns the most
    /// memory it held at once: the highest `VmHWM` of `/proc/<pid>/status`, read every millisecond
    /// while it runs. (`wait4`'s `ru_maxrss` cannot be used: Linux carries the spawning process's
    /// high-water mark over `exec`, so every child would report this test process's peak.)
    /// One still running after `timeLimit` seconds is killed, status -1.
    func runMeasuringMemory(_ arguments: [String], timeLimit: TimeInterval = 120) throws -> (outcome: Outcome, peakBytes: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out").path, errors = folder.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, binary.path, &actions, nil, argv, environ)
        guard started == 0 else { throw XCTSkip("cannot start \(binary.path): \(String(cString: strerror(started)))") }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeLimit)
        var timedOut = false
        var peakBytes = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            peakBytes = max(peakBytes, Self.highWaterMark(of: pid))
            if Date() > deadline && !timedOut {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(1_000)
        }
        let exited = status & 0x7F == 0
        let text = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        let outcome = Outcome(status: timedOut || !exited ? -1 : (status >> 8) & 0xFF, output: text(output), errors: text(errors))
        return (outcome, peakBytes)
    }

    /// The peak resident set of a running process in bytes (0 once it has exited).
    private static func highWaterMark(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kibibytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") else { return 0 }
        return kibibytes * 1024
    }
}

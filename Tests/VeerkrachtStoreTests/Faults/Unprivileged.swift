import Foundation
import TestSupport
import XCTest

/// Running the tool as an account that file permissions apply to. For root (as in CI) chmod
/// stops nothing, so there the folder is handed to `nobody` and the tool runs as `nobody`
/// through util-linux's `setpriv`, from a copy inside the folder so that no
/// folder above it needs to be open to `nobody`. Anyone else runs the tool as themselves.
struct Unprivileged {
    /// The tool to run.
    let tool: CommandLineTool
    /// The folder the tool works in.
    let folder: URL
    /// Put before the tool's path: empty, or `setpriv` switching to `nobody`.
    let wrapper: [String]

    private static let nobody: UInt32 = 65534
    private static let setpriv = "/usr/bin/setpriv"

    /// Prepares `folder` (which must hold everything the tool will use) for `tool`.
    init(_ tool: CommandLineTool, folder: URL) throws {
        self.folder = folder
        guard getuid() == 0 else {
            self.tool = tool
            wrapper = []
            return
        }
        guard FileManager.default.isExecutableFile(atPath: Self.setpriv) else {
            throw XCTSkip("running as root without \(Self.setpriv): cannot run the tool as an account that file permissions apply to")
        }
        let binary = folder.appendingPathComponent("veerkracht")
        try FileManager.default.copyItem(at: tool.binary, to: binary)
        self.tool = CommandLineTool(binary: binary)
        wrapper = [Self.setpriv, "--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--clear-groups"]
        try Self.own(folder)
    }

    /// Hands `folder` and everything in it to the account the tool runs as (nothing to do unless root).
    static func own(_ folder: URL) throws {
        guard getuid() == 0 else { return }
        let paths = [folder.path] + (FileManager.default.subpaths(atPath: folder.path) ?? []).map { folder.appendingPathComponent($0).path }
        for path in paths where chown(path, nobody, nobody) != 0 {
            throw XCTSkip("cannot hand \(path) to nobody (errno \(errno))")
        }
    }

    /// Runs the tool with `arguments` as this account, first handing it what root made in the folder since.
    func run(_ arguments: [String], timeLimit: TimeInterval = 120) throws -> CommandLineTool.Outcome {
        try Self.own(folder)
        return try tool.run(arguments, wrapper: wrapper, timeLimit: timeLimit)
    }
}

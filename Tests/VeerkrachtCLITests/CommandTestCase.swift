import Foundation
import TestSupport
import XCTest

/// A test that runs the built `veerkracht` in a fresh folder, as a user types it.
class CommandTestCase: FolderTestCase {
    /// The built tool.
    private(set) var tool: CommandLineTool!

    override func setUpWithError() throws {
        try super.setUpWithError()
        tool = try CommandLineTool.built()
    }

    /// Runs `veerkracht` with `arguments` to the end.
    func veerkracht(_ arguments: String...) throws -> CommandLineTool.Outcome {
        try tool.run(arguments)
    }

    /// The path of `name` in this test's folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}

/// A test that reads the demo database, made once per test class: its tests change nothing in it.
class DemoDatabaseTestCase: CommandTestCase {
    private static let demoFolder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-cli-demo-\(UUID().uuidString)")
    /// The demo database's path.
    static var demo: String { demoFolder.appendingPathComponent("demo.sqlite").path }

    override class func setUp() {
        super.setUp()
        guard let tool = try? CommandLineTool.built() else { return }
        try? FileManager.default.createDirectory(at: demoFolder, withIntermediateDirectories: true)
        _ = try? tool.run(["demo", "--db", demo])
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: demoFolder)
        super.tearDown()
    }
}

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

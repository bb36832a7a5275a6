import Foundation
import XCTest

/// The modules' imports are the ones ARCHITECTURE.md allows: the table there ("may import") is read
/// and every `import` in `Sources/`, `Surveys/` and `Reports/` checked against it, so the page a new
/// engineer reads first cannot drift from the code.
final class ModuleBoundaryTests: XCTestCase {
    private static let root: URL = {
        var root = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        return root
    }()

    func testEveryModuleImportsOnlyWhatArchitectureAllows() throws {
        let allowed = try Self.allowedImports()
        XCTAssertGreaterThanOrEqual(allowed.count, 10, "the table is read")
        var found: [String] = []
        for (module, imports) in allowed {
            let folder = Self.folder(of: module)
            let files = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil), module)
                .compactMap { $0 as? URL }.filter { ["swift", "c", "h"].contains($0.pathExtension) }
            XCTAssertFalse(files.isEmpty, "\(module): no sources in \(folder.path)")
            for file in files {
                for (number, line) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    guard let imported = Self.importedModule(String(line)), !imports.contains(imported) else { continue }
                    found.append("\(file.path.dropFirst(Self.root.path.count + 1)):\(number + 1): \(module) imports \(imported)")
                }
            }
        }
        XCTAssertEqual(found, [], "imports that ARCHITECTURE.md's table does not allow")
    }

    func testEveryModuleInSourcesIsInTheTable() throws {
        let documented = Set(try Self.allowedImports().keys)
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Sources").path)
        XCTAssertEqual(Set(folders).subtracting(documented), [], "modules that ARCHITECTURE.md does not describe")
    }

    func testTheCheckSeesAnImport() {
        XCTAssertEqual(Self.importedModule("import GRDB"), "GRDB")
        XCTAssertEqual(Self.importedModule("@testable import VeerkrachtStore"), "VeerkrachtStore")
        XCTAssertEqual(Self.importedModule("import struct Foundation.URL"), "Foundation")
        XCTAssertNil(Self.importedModule("// import GRDB"))
        XCTAssertNil(Self.importedModule("let important = 1"))
    }

    /// Module name → what it may import, from the rows of ARCHITECTURE.md's module table.
    private static func allowedImports() throws -> [String: Set<String>] {
        let page = try String(contentsOf: root.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        var table: [String: Set<String>] = [:]
        for line in page.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3, let name = cells[0].split(separator: "`").first else { continue }
            table[String(name)] = Set(cells[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return table
    }

    private static func folder(of module: String) -> URL {
        switch module {
        case "VeerkrachtSurveys": root.appendingPathComponent("Surveys")
        case "VeerkrachtReportTexts": root.appendingPathComponent("Reports")
        default: root.appendingPathComponent("Sources").appendingPathComponent(module)
        }
    }

    private static func importedModule(_ line: String) -> String? {
        var words = line.split(separator: " ")
        if words.first == "@testable" { words.removeFirst() }
        guard words.first == "import", words.count >= 2 else { return nil }
        let path = words.count >= 3 ? words[2] : words[1]   // `import struct Module.Type`
        return path.split(separator: ".").first.map(String.init)
    }
}

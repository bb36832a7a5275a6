import Foundation
import XCTest

/// The rule: **SQL only through bound parameters.** SQL text is a string literal written in full,
/// without interpolation (`\(…)`) and without `+`; every value, also one that comes from code, is
/// a `?` with its value in `arguments:`. When a query differs by case, write each variant out or
/// bind the difference (`wijk BETWEEN ? AND ?`, `CASE WHEN ? THEN … END`). GRDB's SQL
/// interpolation binds values safely, but reads like string interpolation, so it is not used either.
///
/// This test scans every Swift file under `Sources/` for a string literal that is SQL (written right
/// after `sql:`, or containing an SQL keyword in capitals) and is interpolated or concatenated, and
/// names each one as file:line. There are no exceptions; keep it that way.
final class BoundParametersTests: XCTestCase {
    private static let keywords: Set<Substring> = [
        "SELECT", "INSERT", "UPDATE", "DELETE", "FROM", "WHERE", "JOIN", "VALUES", "CREATE", "DROP", "ALTER", "PRAGMA", "ATTACH", "VACUUM",
    ]

    /// Whether `literal` is SQL built from pieces.
    private static func buildsSQL(_ literal: SwiftStringLiteral) -> Bool {
        let isSQL = literal.isSQLArgument
            || literal.text.split(whereSeparator: { !$0.isLetter }).contains(where: keywords.contains)
        return isSQL && (literal.interpolates || literal.concatenated)
    }

    func testNoSourceFileBuildsSQLFromStrings() throws {
        var root = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let sources = root.appendingPathComponent("Sources")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 50, "the scan sees the sources")
        var found: [String] = []
        for file in files {
            let path = file.path.dropFirst(root.path.count + 1)
            for literal in SwiftStringLiteral.all(in: try String(contentsOf: file, encoding: .utf8)) where Self.buildsSQL(literal) {
                found.append("\(path):\(literal.line): \(literal.text.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(80))")
            }
        }
        XCTAssertEqual(found.sorted(), [], "SQL built from strings; bind the values instead (see BoundParametersTests)")
    }

    func testTheScanFindsSQLBuiltFromStrings() {
        let source = ##"""
            try db.execute(sql: "DELETE FROM user WHERE name = '\(name)'")
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM response WHERE wijk = '\(wijk)' AND meting_id = ?
                """, arguments: [id])
            let query = "SELECT id FROM " + table
            try db.execute(sql: "select id from \(table)")
            try db.execute(sql: "DELETE FROM user WHERE name = ?", arguments: [name])
            let message = "there is no account '\(name)' (\("a \("nested") string"))"
            // try db.execute(sql: "DELETE FROM \(table)") in a comment
            /* "SELECT \(x)" /* nested */ still a comment */
            let raw = #"SELECT "quoted" FROM \#(table) WHERE a = '\(not)'"#
            """##
        let literals = SwiftStringLiteral.all(in: source)
        XCTAssertEqual(literals.filter(Self.buildsSQL).map(\.line), [1, 2, 5, 6, 11])
        XCTAssertEqual(literals.first { $0.line == 8 }?.text, "there is no account '\\(…)' (\\(…))")
        XCTAssertEqual(literals.map(\.text).filter { $0 == "nested" }.count, 1, "a string inside an interpolation is a literal too")
    }
}

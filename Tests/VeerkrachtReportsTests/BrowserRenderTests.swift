import Foundation
import VeerkrachtCore
import VeerkrachtReports
import XCTest

/// Renders both HTML reports in a real browser (Debian's chromium, headless) to PNG and PDF.
/// Skipped, with a message, where no chromium is installed (`.ci/run` installs it).
final class BrowserRenderTests: XCTestCase {
    func testChromiumRendersBothReports() throws {
        let browser = try Self.chromium()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veerkracht-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let metingen = DemoStore.metingen
        let pages = [
            ("wijk", HTMLReport.render(try WijkReport(wijk: "WK077201", meting: metingen[1], previous: metingen[0],
                                                      source: DemoStore.shared, policy: DisclosurePolicy()))),
            ("gemeente", HTMLReport.render(try GemeenteReport(gemeente: "GM0772", meting: metingen[1], previous: metingen[0],
                                                              source: DemoStore.shared, policy: DisclosurePolicy()))),
        ]
        for (name, html) in pages {
            let page = folder.appendingPathComponent("\(name).html")
            try html.write(to: page, atomically: true, encoding: .utf8)
            for (flag, file) in [("--screenshot", "\(name).png"), ("--print-to-pdf", "\(name).pdf")] {
                let output = folder.appendingPathComponent(file)
                let status = try Self.run(browser, ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1240,1754",
                                                    "\(flag)=\(output.path)", page.absoluteString])
                XCTAssertEqual(status, 0, "\(browser) failed on \(name).html")
                let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
                XCTAssertGreaterThan(size, 20_000, "\(file) looks empty (\(size) bytes)")
            }
        }
    }

    /// The chromium executable, if installed.
    private static func chromium() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for name in ["chromium", "chromium-browser"] {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        throw XCTSkip("chromium is not installed (apt-get install chromium): browser rendering not checked")
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

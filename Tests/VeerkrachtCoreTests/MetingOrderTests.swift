import VeerkrachtCore
import XCTest

final class MetingOrderTests: XCTestCase {
    func testTheLabelSaysWhen() {
        let cases: [(String, String?)] = [
            ("2025-voorjaar", "2025-03-01"), ("2025-najaar", "2025-09-01"), ("2025 Lente", "2025-03-01"), ("zomer 2024", "2024-06-01"),
            ("2024-herfst", "2024-09-01"), ("2026-winter", "2026-12-01"), ("2025-Q2", "2025-04-01"), ("2025q4", "2025-10-01"),
            ("kwartaal 3 2025", "2025-07-01"), ("2025-03", "2025-03-01"), ("2025-9", "2025-09-01"), ("2025-10", "2025-10-01"),
            ("mrt 2025", "2025-03-01"), ("2025", "2025-01-01"), ("2024-x", "2024-01-01"), ("nulmeting", nil), ("meting 12", nil),
            ("1850-voorjaar", nil), ("2025-13", "2025-01-01"),
        ]
        for (label, moment) in cases {
            XCTAssertEqual(Meting(label: label).moment, moment, label)
        }
    }

    func testAPeriodComesFirst() {
        XCTAssertEqual(Meting(label: "2025-najaar", from: "2025-08-15").moment, "2025-08-15")
        XCTAssertEqual(Meting(label: "najaar", from: "2025-09-01").moment, "2025-09-01")
    }

    func testOrder() {
        let labels = ["nulmeting", "2025-najaar", "2026-voorjaar", "2025-voorjaar", "2024-najaar", "2025-10", "2025-9", "extra"]
        let sorted = labels.map { Meting(label: $0) }.sorted(by: Meting.chronological).map(\.label)
        XCTAssertEqual(sorted, ["2024-najaar", "2025-voorjaar", "2025-9", "2025-najaar", "2025-10", "2026-voorjaar", "extra", "nulmeting"])
    }
}

import Foundation
import FuzzSupport
@testable import VeerkrachtCore
import XCTest

/// A GeoJSON file mangled at random (bytes replaced, deleted, inserted, the file cut short) is
/// read or refused with a `WijkMapError`: never a crash, a hang or another error.
final class WijkMapFuzzTests: XCTestCase {
    func testAMangledFileIsReadOrRefusedWithAMessage() throws {
        let valid = Array(GeoJSONFixture.collection([
            GeoJSONFixture.feature(["WK_CODE": "WK077201", "WK_NAAM": "Caf\u{e9} \"Oost\""],
                                   GeoJSONFixture.multiPolygon([GeoJSONFixture.square(155_000.5, 380_000, 900), GeoJSONFixture.square(155_100, 380_100, 100)])),
            GeoJSONFixture.feature(["statcode": "WK077202"], GeoJSONFixture.polygon(GeoJSONFixture.square(156_000, 380_000, 1e3))),
        ], crs: 28992))
        let alphabet = Array(#"{}[],:"\-+.0123456789eENaIfnulltrue/u "#.utf8) + [0x00, 0x0A, 0xC3, 0xFF]
        var outcomes: [String: Int] = [:]
        for index in 0..<FuzzSettings.cases(3_000) {
            var random = FuzzRandom(seed: FuzzSettings.seed, salt: 0x6E0_150, case: index)
            var bytes = valid
            for _ in 0..<random.int(1...4) {
                let at = random.below(bytes.count)
                switch random.below(4) {
                case 0: bytes[at] = random.pick(alphabet)
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(random.pick(alphabet), at: at)
                default: bytes = Array(bytes.prefix(at))
                }
                if bytes.isEmpty { bytes = [random.pick(alphabet)] }
            }
            do {
                let map = try WijkMapReader.read(Data(bytes))
                for point in map.wijken.flatMap({ $0.polygons.flatMap { $0.rings.joined() } }) {
                    XCTAssertTrue(WijkMapReader.Ranges.rdNew(point) || WijkMapReader.Ranges.wgs84(point), "case \(index): \(point)")
                }
                outcomes["read", default: 0] += 1
            } catch let error as WijkMapError {
                XCTAssertFalse("\(error)".isEmpty)
                outcomes["refused", default: 0] += 1
            } catch {
                XCTFail("case \(index): \(error)")
            }
        }
        XCTAssertGreaterThan(outcomes["refused", default: 0], 0, "\(outcomes)")
        XCTAssertGreaterThan(outcomes["read", default: 0], 0, "\(outcomes)")
    }
}

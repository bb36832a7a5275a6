import XCTest
import VeerkrachtCore
import VeerkrachtSurveys

/// Shared helpers for the core tests (instrument, scoring, validation).
enum TestSupport {
    /// The bundled default instrument, Veerkrachtmeter v1.
    static let veerkrachtmeter: Instrument = {
        do { return try Instrument(yaml: BundledInstruments.veerkrachtmeterV1) } catch {
            fatalError("the bundled instrument must load: \(error)")
        }
    }()

    /// An answer slot per item of `instrument`, all missing except those named in `given`.
    static func answers(_ given: [String: Int], in instrument: Instrument = veerkrachtmeter,
                        file: StaticString = #filePath, line: UInt = #line) -> [Int?] {
        var slots = [Int?](repeating: nil, count: instrument.items.count)
        for (id, value) in given {
            guard let index = instrument.itemIndex(id) else {
                XCTFail("unknown item id '\(id)'", file: file, line: line)
                continue
            }
            slots[index] = value
        }
        return slots
    }

    /// The errors an instrument file produces; fails the test when it loads.
    static func loadErrors(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> [InstrumentError] {
        do {
            _ = try Instrument(yaml: yaml)
            XCTFail("expected the instrument to be refused", file: file, line: line)
            return []
        } catch {
            return error.errors
        }
    }
}

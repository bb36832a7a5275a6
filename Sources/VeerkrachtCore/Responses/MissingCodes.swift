/// An instrument's "don't know / won't say" codes (`Instrument.missingCodes`), ready to test a
/// cell's bytes against: texts compared with ASCII letters in any case, numbers by value.
struct MissingCodes: Sendable {
    private let texts: [[UInt8]]
    private let numbers: [Int]
    /// Bit d set when the number d (0…9) is a code: one test for the common one-digit cell.
    let digits: UInt16

    init(_ codes: [String]) {
        texts = codes.map { Array($0.utf8).map(Self.folded) }.filter { !$0.isEmpty }
        numbers = codes.compactMap { try? FieldParsing.wholeNumber($0).get() }
        digits = numbers.filter { (0...9).contains($0) }.reduce(0) { $0 | 1 << UInt16($1) }
    }

    /// Whether `text` (without surrounding spaces) is one of the codes as written.
    func contains(trimmed text: UnsafeBufferPointer<UInt8>) -> Bool {
        texts.contains { code in
            code.count == text.count && zip(code, text).allSatisfy { $0 == Self.folded($1) }
        }
    }

    /// Whether the one-digit number `digit` (0…9) is a code.
    func contains(digit: UInt8) -> Bool { digits >> UInt16(digit) & 1 != 0 }

    /// Whether `value` is one of the numeric codes.
    func contains(number value: Int) -> Bool { numbers.contains(value) }

    private static func folded(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}

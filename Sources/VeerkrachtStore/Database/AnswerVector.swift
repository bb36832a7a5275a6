import Foundation

/// The raw answers of a response as stored in `response.answers`: one unsigned LEB128 varint per
/// item of the response's instrument, in the instrument's order. A missing answer is 0; a value v
/// is stored as its zigzag code plus one (0 → 1, −1 → 2, 1 → 3, 2 → 5, …), so any answer from −63
/// to 62 takes one byte. A 32-item questionnaire is 32 bytes (as JSON it was about 275), which
/// keeps large imports and the database file small.
enum AnswerVector {
    static func encode(_ answers: [Int?]) -> Data {
        var bytes: [UInt8] = []
        append(answers, to: &bytes)
        return Data(bytes)
    }

    /// Appends the encoding to `bytes`.
    static func append(_ answers: [Int?], to bytes: inout [UInt8]) {
        for answer in answers {
            guard let value = answer else {
                bytes.append(0)
                continue
            }
            var code = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1)))) &+ 1
            while code >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: code) | 0x80)
                code >>= 7
            }
            bytes.append(UInt8(code))
        }
    }

    /// The answers of an instrument with `count` items; items beyond the stored ones are missing.
    static func decode(_ data: Data, count: Int) -> [Int?] {
        data.withUnsafeBytes { decode($0, count: count) }
    }

    /// `decode(_:count:)` of bytes in place, such as a blob SQLite returned (no copy, no iterator).
    static func decode(_ data: UnsafeRawBufferPointer, count: Int) -> [Int?] {
        var answers = [Int?](repeating: nil, count: count)
        var index = 0
        var code: UInt64 = 0
        var shift: UInt64 = 0
        for byte in data where index < count && shift < 64 {
            code |= UInt64(byte & 0x7F) << shift
            shift += 7
            guard byte & 0x80 == 0 else { continue }
            if code > 0 {
                let zigzag = code - 1
                answers[index] = Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
            }
            index += 1
            code = 0
            shift = 0
        }
        return answers
    }
}

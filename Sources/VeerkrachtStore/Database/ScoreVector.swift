import Foundation

/// The construct scores of a response as stored in `response.scores`: one IEEE-754 double per
/// construct of the response's instrument, in the instrument's order, little-endian; NaN = no score.
enum ScoreVector {
    static func encode(_ scores: [Double?]) -> Data {
        var bytes: [UInt8] = []
        append(scores, to: &bytes)
        return Data(bytes)
    }

    /// Appends the encoding to `bytes`.
    static func append(_ scores: [Double?], to bytes: inout [UInt8]) {
        for score in scores {
            withUnsafeBytes(of: (score ?? .nan).bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }

    static func decode(_ data: Data) -> [Double?] {
        data.withUnsafeBytes { decode($0) }
    }

    /// `decode(_:)` of bytes in place, such as a blob SQLite returned.
    static func decode(_ raw: UnsafeRawBufferPointer) -> [Double?] {
        (0..<raw.count / 8).map { index in
            let value = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
            return value.isNaN ? nil : value
        }
    }
}

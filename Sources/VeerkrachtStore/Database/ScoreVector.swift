import Foundation

/// The construct scores of a response as stored in `response.scores`: one IEEE-754 double per
/// construct of the response's instrument, in the instrument's order, little-endian; NaN = no score.
enum ScoreVector {
    static func encode(_ scores: [Double?]) -> Data {
        var data = Data(capacity: scores.count * 8)
        for score in scores {
            withUnsafeBytes(of: (score ?? .nan).bitPattern.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    /// The encoding into `bytes` (sized to fit), reusing its storage.
    static func encode(_ scores: [Double?], into bytes: inout [UInt8]) {
        if bytes.count != scores.count * 8 { bytes = [UInt8](repeating: 0, count: scores.count * 8) }
        bytes.withUnsafeMutableBytes { raw in
            for (index, score) in scores.enumerated() {
                raw.storeBytes(of: (score ?? .nan).bitPattern.littleEndian, toByteOffset: index * 8, as: UInt64.self)
            }
        }
    }

    static func decode(_ data: Data) -> [Double?] {
        data.withUnsafeBytes { raw in
            (0..<raw.count / 8).map { index in
                let value = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
                return value.isNaN ? nil : value
            }
        }
    }
}

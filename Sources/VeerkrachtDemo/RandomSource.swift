import Foundation

/// A small, fast, seedable generator (SplitMix64), so that a seed always gives the same data.
struct RandomSource: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one entity, derived from the data set's seed and the entity's numbers.
    init(seed: UInt64, _ parts: Int...) {
        var mixer = RandomSource(seed: seed)
        for part in parts { mixer.state ^= UInt64(bitPattern: Int64(part)) &* 0xD6E8_FEB8_6659_FD93; _ = mixer.next() }
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u = max(unit(), .leastNonzeroMagnitude)
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * unit())
    }

    mutating func chance(_ p: Double) -> Bool { unit() < p }
}

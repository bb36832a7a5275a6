import Foundation
import VeerkrachtCore

/// A demo gemeente with its wijken.
public struct DemoGemeente: Sendable {
    public let code: GemeenteCode
    public let naam: String
    public let wijken: [DemoWijk]
}

/// A demo wijk: its size (respondents per meting) and how its residents tend to score.
public struct DemoWijk: Sendable {
    public let code: WijkCode
    public let naam: String
    public let respondents: Int
    /// Shift of the wijk's typical scores (0–10 scale).
    let level: Double
    /// Change per meting of the wijk's typical scores, per construct index.
    let trend: [Double]
}

enum DemoAreas {
    /// Five real gemeenten (CBS codes) with wijken of very different sizes, including wijken and a
    /// gemeente with fewer than 10 respondents. Wijk numbers and sizes are synthetic.
    static let named: [(String, String, [(String, Int)])] = [
        ("GM0772", "Eindhoven", [("Centrum", 300), ("Stratum", 250), ("Tongelre", 200), ("Woensel-Zuid", 350),
                                 ("Woensel-Noord", 420), ("Strijp", 180), ("Gestel", 120), ("Achtse Barrier", 6)]),
        ("GM0153", "Enschede", [("Centrum", 220), ("Noord", 160), ("Oost", 140), ("Zuid", 90), ("West", 24)]),
        ("GM0164", "Hengelo", [("Centrum", 110), ("Noord", 70), ("Hasselo", 8)]),
        ("GM0106", "Assen", [("Centrum", 90), ("Noord", 60), ("Kloosterveen", 40)]),
        ("GM0114", "Emmen", [("Emmen-Centrum", 80), ("Angelslo", 45), ("Klazienaveen", 20)]),
        ("GM0088", "Schiermonnikoog", [("Schiermonnikoog", 7)]),
    ]

    static func namedSet(seed: UInt64, constructs: Int) -> [DemoGemeente] {
        named.enumerated().map { g, entry in
            let (code, naam, wijken) = entry
            return DemoGemeente(code: GemeenteCode(code)!, naam: naam, wijken: wijken.enumerated().map { w, wijk in
                makeWijk(code: WijkCode("WK" + code.dropFirst(2) + twoDigits(w + 1))!, naam: wijk.0,
                         respondents: wijk.1, seed: seed, index: g * 100 + w, constructs: constructs)
            })
        }
    }

    /// `gemeenten` synthetic gemeenten (GM0001, …) sharing `wijken` wijken whose sizes are skewed
    /// (a few large, many small) and add up to `respondents`. The wijken are spread evenly, so
    /// every gemeente has ⌊wijken / gemeenten⌋ or one more (a valid `DemoConfiguration`: 1–1,296).
    static func syntheticSet(seed: UInt64, respondents: Int, wijken: Int, gemeenten: Int, constructs: Int) -> [DemoGemeente] {
        var random = RandomSource(seed: seed, 7)
        let weights = (0..<wijken).map { _ in exp(random.normal() * 0.9) }
        let total = weights.reduce(0, +)
        var sizes = weights.map { Int(Double(respondents) * $0 / total) }
        sizes[0] += respondents - sizes.reduce(0, +)
        let first = { (g: Int) in g * wijken / gemeenten }    // the first wijk of gemeente g
        return (0..<gemeenten).map { g in
            let range = first(g)..<first(g + 1)
            let digits = fourDigits(g + 1)
            return DemoGemeente(code: GemeenteCode("GM" + digits)!, naam: "Gemeente \(digits)", wijken: range.enumerated().map { w, i in
                makeWijk(code: WijkCode("WK" + digits + suffix(w))!, naam: "Wijk \(digits)-\(suffix(w))",
                         respondents: sizes[i], seed: seed, index: i, constructs: constructs)
            })
        }
    }

    private static func makeWijk(code: WijkCode, naam: String, respondents: Int, seed: UInt64, index: Int, constructs: Int) -> DemoWijk {
        var random = RandomSource(seed: seed, 1, index)
        let level = random.normal() * 0.8
        let trend = (0..<constructs).map { _ in random.chance(0.3) ? 0.3 + random.unit() * 0.8 : random.normal() * 0.15 }
        return DemoWijk(code: code, naam: naam, respondents: respondents, level: level, trend: trend)
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Two base-36 characters (00, 01, … 0Z, 10, … ZZ): room for 1,296 wijken per gemeente.
    private static func suffix(_ n: Int) -> String {
        let symbols = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return String([symbols[(n / 36) % 36], symbols[n % 36]])
    }
    private static func fourDigits(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}

import VeerkrachtCore

/// A small deterministic data set for change statistics: one wijk, two metingen, 14 respondents
/// each, of whom 10 answer both (the panel), with some missing answers. Expected figures in the
/// tests come from the independent reference `Tests/Reference/reference.py` (scipy) on this data.
enum PanelFixture {
    static let metingen = ["2025-voorjaar", "2026-voorjaar"]

    static func respondents(meting: Int) -> [Int] { meting == 0 ? Array(0..<14) : Array(0..<10) + Array(100..<104) }

    static func answer(respondent i: Int, item j: Int, meting m: Int, scale: Scale) -> String {
        if (i + 2 * j + m) % 13 == 0 { return "" }
        let top = scale.maximum - scale.minimum
        let level = (i % 5) * top / 5 + (i + j) % 2          // a person's level plus item noise
        let drift = m == 1 ? (i % 3 == 0 ? 2 : i % 3) : 0     // most respondents move up at the second meting
        return String(scale.minimum + min(top, level + drift))
    }

    static func csv() -> String {
        let instrument = Fixtures.instrument
        var rows = [Fixtures.header]
        for m in 0..<2 {
            for i in respondents(meting: m) {
                let answers = instrument.items.enumerated().map { j, item in
                    answer(respondent: i, item: j, meting: m, scale: instrument.scale(of: item))
                }
                rows.append(["p\(i)", "WK077201", m == 0 ? "2025-04-01" : "2026-04-01", metingen[m]] + answers)
            }
        }
        return Fixtures.csv(rows)
    }

    /// Two wijken of one gemeente, 20 panel respondents each, both metingen: in WK077201 residents
    /// answer close together (a small SD), in WK077202 far apart. A reference group per cell would
    /// judge the same change reliable in the first wijk and not in the gemeente; the reference
    /// group of all respondents of the `from` meting judges it the same everywhere.
    static func twoWijkenCSV() -> String {
        let instrument = Fixtures.instrument
        var rows = [Fixtures.header]
        for m in 0..<2 {
            for i in 0..<40 {
                let narrow = i < 20
                let answers = instrument.items.enumerated().map { j, item -> String in
                    let scale = instrument.scale(of: item)
                    if (i + 3 * j + m) % 17 == 0 { return "" }
                    let top = scale.maximum - scale.minimum
                    let level = narrow ? top / 2 + (i + j) % 2 : (i % 5) * top / 4 + (i + j) % 2
                    let drift = m == 1 ? (narrow ? 1 + i % 2 : i % 3) : 0
                    return String(scale.minimum + min(top, level + drift))
                }
                rows.append(["t\(i)", narrow ? "WK077201" : "WK077202", m == 0 ? "2025-04-01" : "2026-04-01", metingen[m]] + answers)
            }
        }
        return Fixtures.csv(rows)
    }
}

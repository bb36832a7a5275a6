import VeerkrachtCore
import VeerkrachtPresentation

/// Plain-Dutch sentences on what changed significantly between two metingen, naming the wijken
/// that rose or fell. Only cells that pass disclosure control are counted or named; nothing is
/// said about onderdrukte wijken, whether they have too few respondents or are withheld to
/// protect another wijk (aanvullend onderdrukt).
enum ChangeSentences {
    static func make(headline: [ConstructResult], wijken: [GemeenteReport.WijkRow], from: String, to: String) -> [String] {
        var sentences: [String] = []
        for result in headline {
            guard let direction = result.significantDirection, let values = result.change?.values else { continue }
            sentences.append("In de gemeente als geheel \(verb(direction)) de score voor \(lowercasedName(result)) significant, "
                + "van \(DutchNumber.format(values.meanFrom)) naar \(DutchNumber.format(values.meanTo)).")
        }
        for (index, result) in headline.enumerated() {
            let reported = wijken.map { $0.constructs[index] }.filter { $0.change?.status == .ok }
            let up = wijken.filter { $0.constructs[index].change?.status == .ok && $0.constructs[index].significantDirection == .up }
            let down = wijken.filter { $0.constructs[index].change?.status == .ok && $0.constructs[index].significantDirection == .down }
            guard !up.isEmpty || !down.isEmpty else { continue }
            let first = up.isEmpty ? (down, ChangeDirection.down) : (up, ChangeDirection.up)
            var sentence = "In \(first.0.count) van de \(reported.count) \(reported.count == 1 ? "wijk" : "wijken") met genoeg respondenten "
                + "\(verb(first.1)) de score voor \(lowercasedName(result)) significant: \(names(first.0))"
            if !up.isEmpty && !down.isEmpty { sentence += "; in \(down.count) \(verb(.down)) die significant: \(names(down))" }
            sentences.append(sentence + ".")
        }
        if sentences.isEmpty {
            sentences.append("Tussen \(from) en \(to) veranderde geen enkele score significant, niet in de gemeente als geheel "
                + "en niet in een wijk met genoeg respondenten.")
        }
        return sentences
    }

    private static func verb(_ direction: ChangeDirection) -> String { direction == .up ? "steeg" : "daalde" }

    /// The wijken's names as Dutch writes a list, the first five and how many more:
    /// "Gestel", "Gestel en Tongelre", "Gestel, Tongelre, Strijp, Stratum, Woensel-Zuid en 3 andere".
    static func names(_ rows: [GemeenteReport.WijkRow]) -> String {
        let shown = rows.prefix(5).map(\.wijk.name) + (rows.count > 5 ? ["\(rows.count - 5) andere"] : [])
        return shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " en " + shown.last!
    }

    private static func lowercasedName(_ result: ConstructResult) -> String {
        result.name.prefix(1).lowercased() + result.name.dropFirst()
    }
}

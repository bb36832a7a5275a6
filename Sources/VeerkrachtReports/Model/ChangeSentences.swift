import VeerkrachtCore
import VeerkrachtPresentation

/// Plain-Dutch sentences on what changed significantly between two metingen. Only cells that
/// pass disclosure control are counted; nothing is said about onderdrukte wijken, whether they
/// have too few respondents or are withheld to protect another wijk (aanvullend onderdrukt).
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
            let up = reported.filter { $0.significantDirection == .up }.count
            let down = reported.filter { $0.significantDirection == .down }.count
            guard up + down > 0 else { continue }
            let first = up > 0 ? (up, ChangeDirection.up) : (down, ChangeDirection.down)
            var sentence = "In \(first.0) van de \(reported.count) \(reported.count == 1 ? "wijk" : "wijken") met genoeg respondenten "
                + "\(verb(first.1)) de score voor \(lowercasedName(result)) significant"
            if up > 0 && down > 0 { sentence += "; in \(down) \(verb(.down)) die significant" }
            sentences.append(sentence + ".")
        }
        if sentences.isEmpty {
            sentences.append("Tussen \(from) en \(to) veranderde geen enkele score significant, niet in de gemeente als geheel "
                + "en niet in een wijk met genoeg respondenten.")
        }
        return sentences
    }

    private static func verb(_ direction: ChangeDirection) -> String { direction == .up ? "steeg" : "daalde" }

    private static func lowercasedName(_ result: ConstructResult) -> String {
        result.name.prefix(1).lowercased() + result.name.dropFirst()
    }
}

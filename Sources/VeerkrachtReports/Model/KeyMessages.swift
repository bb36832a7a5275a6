import VeerkrachtCore
import VeerkrachtPresentation

/// Kernboodschappen: three to five plain-Dutch sentences at the top of a report that say what
/// matters, each from one explicit rule over the report's own figures. A sentence states what the
/// figures show, never a cause, and never uses a withheld figure (too few respondents, withheld to
/// protect another wijk, or reported within a rapportagegebied). A rule without figures says nothing.
enum KeyMessages {
    /// The most sentences a report shows.
    static let maximum = 5

    /// The construct whose share of low scores the reports single out: sociale veerkracht.
    static let veerkracht = "veerkracht"

    /// The wijk dashboard's sentences: the hulpbronnen on which the wijk clearly differs from the
    /// gemeente, the significant changes, the share with low sociale veerkracht and the output
    /// aimed at the hulpbronnen that changed. `constructs` are the wijk's own figures only (those
    /// shown within a rapportagegebied left out); `previousVeerkracht` is the level at `previous`.
    static func wijk(constructs: [ConstructResult], previous: String?, previousVeerkracht: ScoreFigures?,
                     output: OutputSection?) -> [String] {
        let shown = constructs.filter { $0.figures.values != nil }
        let sentences = [contrast(shown.filter { $0.kind == .hulpbron }),
                         previous.flatMap { changes(shown, since: $0, place: "in de wijk") },
                         lowVeerkracht(shown, previous: previous, before: previousVeerkracht),
                         outputForMoved(shown, output: output)]
        return Array(sentences.compactMap { $0 }.prefix(maximum))
    }

    /// The gemeente summary's sentences: the highest and lowest hulpbron, the significant changes
    /// in the gemeente and the wijken where a score changed significantly, the share with low
    /// sociale veerkracht and the output aimed at the hulpbronnen that changed.
    static func gemeente(headline: [ConstructResult], wijken: [GemeenteReport.WijkRow], previous: String?,
                         previousVeerkracht: ScoreFigures?, output: OutputSection?) -> [String] {
        let shown = headline.filter { $0.figures.values != nil }
        let sentences = [extremes(shown.filter { $0.kind == .hulpbron }),
                         previous.flatMap { changes(shown, since: $0, place: "in de gemeente als geheel") },
                         previous.flatMap { _ in changedWijken(wijken) },
                         lowVeerkracht(shown, previous: previous, before: previousVeerkracht),
                         outputForMoved(shown, output: output)]
        return Array(sentences.compactMap { $0 }.prefix(maximum))
    }

    // MARK: The rules

    /// Rule 1 (wijk): the hulpbron on which the wijk scores furthest above the gemeente and the one
    /// furthest below, counting only those where the two 95% intervals do not overlap.
    static func contrast(_ hulpbronnen: [ConstructResult]) -> String? {
        let compared = hulpbronnen.compactMap { result -> (ConstructResult, Double, Double, Int)? in
            guard let own = result.figures.values, let other = result.comparison?.values,
                  let a = own.interval, let b = other.interval else { return nil }
            return (result, own.mean, other.mean, a.lower > b.upper ? 1 : a.upper < b.lower ? -1 : 0)
        }
        guard !compared.isEmpty else { return nil }
        let higher = compared.filter { $0.3 > 0 }.max { $0.1 - $0.2 < $1.1 - $1.2 }
        let lower = compared.filter { $0.3 < 0 }.min { $0.1 - $0.2 < $1.1 - $1.2 }
        let parts = [higher.map { "duidelijk hoger op \(name($0.0)) (\(score($0.1)) tegen \(score($0.2)))" },
                     lower.map { "duidelijk lager op \(name($0.0)) (\(score($0.1)) tegen \(score($0.2)))" }].compactMap { $0 }
        guard !parts.isEmpty else {
            return "Op geen enkele hulpbron verschilt de wijk duidelijk van de gemeente: de 95%-intervallen van wijk en gemeente overlappen steeds."
        }
        return "Vergeleken met de gemeente scoort de wijk \(list(parts)); daar overlappen de 95%-intervallen van wijk en gemeente niet."
    }

    /// Rule 1 (gemeente): the hulpbron with the highest mean and the one with the lowest.
    static func extremes(_ hulpbronnen: [ConstructResult]) -> String? {
        let means = hulpbronnen.compactMap { result in result.figures.values.map { (result, $0.mean) } }
        guard means.count >= 2, let high = means.max(by: { $0.1 < $1.1 }), let low = means.min(by: { $0.1 < $1.1 }),
              high.1 > low.1 else { return nil }
        return "Van de hulpbronnen scoort \(name(high.0)) in de gemeente het hoogst (\(score(high.1))) "
            + "en \(name(low.0)) het laagst (\(score(low.1)))."
    }

    /// Rule 2: the constructs whose score changed significantly since `previous`, or that none did
    /// when some change could be computed.
    static func changes(_ shown: [ConstructResult], since previous: String, place: String) -> String? {
        let computed = shown.filter { $0.change?.status == .ok && $0.change?.values?.difference != nil }
        guard !computed.isEmpty else { return nil }
        func moved(_ direction: ChangeDirection) -> [String] {
            computed.filter { $0.significantDirection == direction }.compactMap { result in
                result.change?.values.map { "\(name(result)) (van \(score($0.meanFrom)) naar \(score($0.meanTo)))" }
            }
        }
        let (up, down) = (moved(.up), moved(.down))
        switch (up.isEmpty, down.isEmpty) {
        case (true, true): return "Sinds meting \(previous) veranderde \(place) geen enkele score significant."
        case (false, true): return "Sinds meting \(previous) steeg \(place) de score voor \(list(up)) significant."
        case (true, false): return "Sinds meting \(previous) daalde \(place) de score voor \(list(down)) significant."
        case (false, false):
            return "Sinds meting \(previous) steeg \(place) de score voor \(list(up)) significant, en daalde die voor \(list(down)) significant."
        }
    }

    /// Rule 2 (gemeente): where: the wijken in which some score changed significantly, of those
    /// whose change could be shown.
    static func changedWijken(_ wijken: [GemeenteReport.WijkRow]) -> String? {
        let reported = wijken.filter { $0.constructs.contains { $0.change?.status == .ok } }
        let changed = reported.filter { row in row.constructs.contains { $0.change?.status == .ok && $0.significantDirection != nil } }
        guard !changed.isEmpty else { return nil }
        return "In \(changed.count) van de \(reported.count) \(reported.count == 1 ? "wijk" : "wijken") met genoeg respondenten "
            + "veranderde minstens één score significant: \(ChangeSentences.names(changed))."
    }

    /// Rule 3: the share of respondents with low sociale veerkracht, and that share at the previous
    /// meting when it was shown there (a count of fewer than 30 as "4 van 25").
    static func lowVeerkracht(_ shown: [ConstructResult], previous: String?, before: ScoreFigures?) -> String? {
        guard let result = shown.first(where: { $0.id == veerkracht }), let now = result.figures.values else { return nil }
        var sentence = "Bij \(share(now.percentLaag, of: result.figures.n)) ondervraagde bewoners is de \(name(result)) laag"
        if let previous, let before, let then = before.values {
            sentence += "; bij meting \(previous) was dat \(DutchNumber.share(then.percentLaag, of: before.n))"
        }
        return sentence + "."
    }

    /// Rule 4: the activities in the same period aimed at each hulpbron whose score changed
    /// significantly, side by side and without saying one led to the other.
    static func outputForMoved(_ shown: [ConstructResult], output: OutputSection?) -> String? {
        let moved = shown.filter { $0.kind == .hulpbron && $0.change?.status == .ok && $0.significantDirection != nil }
        guard let output, !moved.isEmpty else { return nil }
        let counts = Dictionary(output.perHulpbron.map { ($0.id, $0.activities) }, uniquingKeysWith: { a, _ in a })
        let items = moved.map { result -> String in
            let n = counts[result.id] ?? 0
            return "\(n == 0 ? "geen activiteiten" : DutchNumber.count(n, "activiteit", "activiteiten")) gericht op \(name(result))"
        }
        return "In dezelfde periode waren er \(list(items)), \(moved.count == 1 ? "de hulpbron die" : "de hulpbronnen die") significant veranderde\(moved.count == 1 ? "" : "n")."
    }

    // MARK: Wording

    private static func name(_ result: ConstructResult) -> String { inSentence(result.name) }

    /// A construct's name as it reads inside a sentence: "cohesie in straat en buurt".
    static func inSentence(_ name: String) -> String { name.prefix(1).lowercased() + name.dropFirst() }

    private static func score(_ value: Double) -> String { DutchNumber.format(value) }

    /// "14,6% van de" or, of fewer than 30 people, "4 van de 25".
    private static func share(_ percent: Double, of base: Int) -> String {
        base < DutchNumber.percentBase ? DutchNumber.share(percent, of: base).replacingOccurrences(of: " van ", with: " van de ")
            : DutchNumber.share(percent, of: base) + " van de"
    }

    /// Items as Dutch writes a list: "a", "a en b", "a, b en c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " en " + items.last!
    }
}

extension WijkReport {
    /// Three to five sentences on what matters in the wijk (see `KeyMessages`).
    public var kernboodschappen: [String] {
        let own = constructs.filter { !(rapportagegebied?.constructs.contains($0.id) ?? false) }
        return KeyMessages.wijk(constructs: own, previous: previous?.label,
                                previousVeerkracht: trend.point(KeyMessages.veerkracht, at: previous?.label), output: output)
    }
}

extension GemeenteReport {
    /// Three to five sentences on what matters in the gemeente (see `KeyMessages`).
    public var kernboodschappen: [String] {
        KeyMessages.gemeente(headline: headline, wijken: wijken, previous: previous?.label,
                             previousVeerkracht: trend.point(KeyMessages.veerkracht, at: previous?.label), output: output)
    }
}

extension Trend {
    /// The level of construct `id` at `meting`, as the trend shows it (withheld where that
    /// meting's report withholds it); nil when the trend has no such point.
    func point(_ id: String, at meting: String?) -> ScoreFigures? {
        guard let meting, let index = metingen.firstIndex(of: meting) else { return nil }
        return series.first { $0.id == id }?.points[index]
    }
}

import VeerkrachtCore
import VeerkrachtPresentation

/// "Zo lees je dit rapport": what the numbers mean, in plain Dutch (`Reports/uitleg.yaml`), with the
/// thresholds the report was actually made with.
enum MethodsNote {
    /// One explanation; a report picks the ones that apply to what it shows.
    enum Topic {
        case scores(ScoreBands)
        case interval
        case disclosure(DisclosurePolicy)
        case complementarySuppression(DisclosurePolicy)
        case rapportagegebied(DisclosurePolicy)
        case change
        case reliableChange
        case reliability
        case breakdown(DisclosurePolicy)
    }

    static func render(_ topics: [Topic]) -> HTML {
        tag("dl", ["class": "methods"], topics.map { topic in
            let (term, text) = explanation(topic)
            return .join([tag("dt", [:], .text(term)), tag("dd", [:], .text(text))])
        })
    }

    private static func explanation(_ topic: Topic) -> (String, String) {
        let texts = Explanations.bundled
        switch topic {
        case .scores(let bands):
            return texts.explanation("scores", ["laag": DutchNumber.score(bands.thresholds.low),
                                                "hoog": DutchNumber.score(bands.thresholds.high)])
        case .interval:
            return texts.explanation("interval")
        case .disclosure(let policy):
            return texts.explanation("onderdrukking", ["indicatief": String(policy.indicativeBelow),
                                                       "onderdrukt": String(policy.suppressBelow)])
        case .complementarySuppression(let policy):
            return texts.explanation("aanvullend", ["onderdrukt": String(policy.suppressBelow)])
        case .rapportagegebied(let policy):
            return texts.explanation("rapportagegebied", ["onderdrukt": String(policy.suppressBelow)])
        case .change:
            return texts.explanation("verandering")
        case .reliableChange:
            return texts.explanation("rci")
        case .reliability:
            return texts.explanation("betrouwbaarheid")
        case .breakdown(let policy):
            return texts.explanation("uitsplitsing", ["onderdrukt": String(policy.suppressBelow)])
        }
    }
}

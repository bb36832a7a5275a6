import VeerkrachtCore
import VeerkrachtPresentation

/// "Zo lees je dit rapport": what the numbers mean, in plain Dutch, with the thresholds the
/// report was actually made with.
enum MethodsNote {
    /// One explanation; a report picks the ones that apply to what it shows.
    enum Topic {
        case scores(ScoreBands)
        case interval
        case disclosure(DisclosurePolicy)
        case complementarySuppression(DisclosurePolicy)
        case change
        case reliableChange
        case reliability
    }

    static func render(_ topics: [Topic]) -> HTML {
        tag("dl", ["class": "methods"], topics.map { topic in
            let (term, text) = explanation(topic)
            return .join([tag("dt", [:], .text(term)), tag("dd", [:], .text(text))])
        })
    }

    private static func explanation(_ topic: Topic) -> (String, String) {
        switch topic {
        case .scores(let bands):
            let low = DutchNumber.score(bands.thresholds.low), high = DutchNumber.score(bands.thresholds.high)
            return ("Wat betekent een score?",
                    "Elk onderdeel krijgt een score van 0 tot 10: het gemiddelde van de vragen over dat onderwerp, omgerekend naar "
                        + "0–10. Hoger is altijd gunstiger. Sociale veerkracht is het gemiddelde van de drie soorten redzaamheid. "
                        + "Een score onder \(low) heet laag, \(high) of meer heet hoog, daartussen midden.")
        case .interval:
            return ("Wat zegt het 95%-interval?",
                    "Het gemiddelde komt van de bewoners die de vragenlijst invulden, niet van iedereen. Het interval geeft aan "
                        + "waar het gemiddelde van alle bewoners met 95% zekerheid ligt. Hoe meer respondenten, hoe smaller het interval.")
        case .disclosure(let policy):
            return ("Indicatief en onderdrukt",
                    "Bij minder dan \(policy.indicativeBelow) respondenten is een cijfer indicatief: gebruik het voorzichtig. "
                        + "Bij minder dan \(policy.suppressBelow) respondenten tonen we alleen het aantal (onderdrukt): zo is "
                        + "niemand herkenbaar en trekt niemand conclusies uit een handvol antwoorden.")
        case .complementarySuppression(let policy):
            return ("Aanvullend onderdrukt",
                    "Is in een gemeente maar één wijk onderdrukt, dan zou je de cijfers van die wijk kunnen terugrekenen uit het "
                        + "cijfer van de gemeente en dat van de andere wijken. Daarom houden we dan ook de kleinste andere wijk "
                        + "achter, en zo nodig meer, tot de achtergehouden wijken samen minstens \(policy.suppressBelow) respondenten "
                        + "hebben: aanvullend onderdrukt om terugrekenen te voorkomen. Zo’n wijk heeft wel genoeg respondenten, maar "
                        + "we tonen alleen het aantal, in elk rapport over de gemeente, en hij telt niet mee als wijk met genoeg "
                        + "respondenten. Voor verandering geldt hetzelfde voor beide metingen.")
        case .change:
            return ("Verandering is geen bewijs van effect",
                    "Een verandering is significant als het 95%-interval van het verschil de nul niet bevat; anders kan het "
                        + "verschil toeval zijn. Het rapport laat zien wát er veranderde, niet waardoor: ook andere ontwikkelingen "
                        + "in de wijk spelen mee.")
        case .reliableChange:
            return ("Betrouwbaar verbeterd of verslechterd (RCI)",
                    "Voor bewoners die beide metingen invulden, kijken we per persoon of de verandering groter is dan de "
                        + "meetonnauwkeurigheid van de vragenlijst kan verklaren (Reliable Change Index, RCI groter dan 1,96 of "
                        + "kleiner dan −1,96). Voor sociale veerkracht, een samengestelde score, kan dat niet worden berekend.")
        case .reliability:
            return ("Cronbach's α",
                    "Geeft aan hoe goed de vragen van een onderdeel samen één ding meten, van 0 tot 1. Vanaf 0,70 is dat goed; "
                        + "bij een lagere waarde is de score minder nauwkeurig.")
        }
    }
}

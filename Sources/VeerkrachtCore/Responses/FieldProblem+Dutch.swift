extension FieldProblem {
    /// The problem in plain Dutch, for the entry forms of the web app (shown next to the field).
    /// The command line keeps the English `description`.
    ///
    /// ```swift
    /// FieldProblem.outOfScale(value: 6, scale: eens5).dutchDescription   // "6 valt buiten de schaal (1 t/m 5)."
    /// ```
    public var dutchDescription: String {
        switch self {
        case .missing: "Vul dit veld in."
        case .tooLong(let maximum): "Dit is te lang: hoogstens \(maximum) tekens."
        case .controlCharacters: "Hier staan onzichtbare of lege tekens in (zoals een harde spatie); typ de tekst opnieuw."
        case .invalidGemeenteCode(let text): "\(quoted(text)) is geen CBS-gemeentecode (GM en 4 cijfers, bijvoorbeeld GM0772)."
        case .invalidWijkCode(let text): "\(quoted(text)) is geen CBS-wijkcode (WK en 6 tekens, bijvoorbeeld WK077201)."
        case .invalidDate(let text): "\(quoted(text)) is geen geldige datum (jjjj-mm-dd)."
        case .notAWholeNumber(let text): "\(quoted(text)) is geen heel getal."
        case .notANumber(let text): "\(quoted(text)) is geen getal."
        case .negative(let text): "\(quoted(text)) is negatief; vul 0 of meer in."
        case let .tooLarge(text, maximum): "‘\(text)’ is te groot: hoogstens \(maximum)."
        case .inFuture(let text): "\(text) ligt in de toekomst."
        case let .outsidePeriod(text, meting, period): "\(text) valt buiten de periode van meting ‘\(meting)’ (\(period))."
        case let .unknownMeting(text, like, _):
            "Meting ‘\(text)’ bestaat niet; bedoel je \(like.map { "‘\($0)’" }.joined(separator: " of "))?"
        case let .noOpenMeting(text, open):
            open.isEmpty ? "Er is geen open meting; vraag de analist er een te openen."
                : "‘\(text)’ is geen open meting; kies uit: \(open.joined(separator: ", "))."
        case .notStartingWithLetterOrDigit(let text): "‘\(text)’ moet met een letter of cijfer beginnen."
        case let .invalidPeriod(from, to): "De periode begint (\(from)) na het einde (\(to))."
        case .closedMeting(let text): "Meting ‘\(text)’ is afgesloten: er kan niets meer bij of veranderen."
        case let .unknownWijk(text, gemeente): "‘\(text)’ is geen wijk van \(gemeente) volgens de gebiedenlijst."
        case let .outOfScale(value, scale):
            scale.isOpen
                ? "\(value) kan niet: kies een heel getal van \(scale.minimum) t/m \(Limits.openScaleAnswer)."
                : "\(value) valt buiten de schaal (\(scale.minimum) t/m \(scale.maximum))."
        case let .notAnAnswer(text, scale):
            "\(quoted(text)) is geen antwoord: kies een getal "
                + (scale.isOpen ? "vanaf \(scale.minimum)" : "van \(scale.minimum) t/m \(scale.maximum)")
                + (scale.labels.isEmpty ? "" : " of een antwoord (\(scale.labels.first!.text) … \(scale.labels.last!.text))") + "."
        case let .unknownHulpbron(text, known): "\(quoted(text)) is geen hulpbron (kies uit: \(known.joined(separator: ", ")))."
        case let .unknownThema(text, known):
            known.isEmpty ? "\(quoted(text)) is geen thema; er zijn nog geen thema’s ingesteld."
                : "\(quoted(text)) is geen thema (kies uit: \(known.joined(separator: ", ")))."
        case let .conflictingMeting(row, option): "Meting \(quoted(row)) verschilt van de gekozen meting \(quoted(option))."
        case let .alreadyAnswered(respondent, meting):
            "Respondent \(quoted(respondent)) heeft voor meting \(quoted(meting)) al een vragenlijst; elke respondent vult er één per meting in."
        case let .alreadyRegistered(source, line):
            "Deze activiteit is al geregistreerd (zelfde datum, wijk, naam, thema, aantallen en hulpbronnen; "
                + "vastgelegd via \(MessageText.excerpt(source))\(line.map { ", regel \($0)" } ?? "")). Is dit dubbel?"
        case .noHulpbron: "Kies minstens één hulpbron waar het verhaal over gaat."
        case .notConfirmed: "Bevestig dat het verhaal geen namen of andere details bevat waaraan een bewoner te herkennen is."
        case let .identifyingDetail(detail, found):
            "Hier staat iets dat lijkt op \(detail.dutchName) (\(quoted(found))); haal het weg, want een verhaal mag geen bewoner herkenbaar maken."
        }
    }
}

/// A value from the form in a message: in Dutch quotes, cut short when long (`MessageText`).
private func quoted(_ text: String) -> String { "‘\(MessageText.excerpt(text))’" }

import Foundation
import VeerkrachtCore
import VeerkrachtPresentation
import VeerkrachtStore

/// What the entry forms offer to choose from: the instrument, the known wijken with their names,
/// the open metingen and the activity themes. Read fresh per request, so a new instrument, wijk,
/// meting or thema shows without a restart.
struct EntryChoices: Sendable {
    let instrument: Instrument
    let wijken: [KnownArea]
    /// The metingen that take entries; a form never makes a new one.
    let openMetingen: [Meting]
    let themes: [String]

    init(_ store: Store) throws {
        instrument = try store.currentInstrument()
        wijken = try store.knownWijken()
        openMetingen = try store.metingList().filter { !$0.isClosed }
        themes = try store.themes()
    }

    /// The open metingen as select options, newest first, with their period.
    var metingOptions: [(value: String, text: String)] {
        openMetingen.reversed().map { meting in (meting.label, meting.label + (meting.period.map { " (\($0))" } ?? "")) }
    }

    /// The wijken as select options, by name ("Woensel-Noord (WK077201)"), unnamed ones by code after them.
    var wijkOptions: [(value: String, text: String)] {
        let named = wijken.filter { $0.name != nil }.sorted { ($0.name ?? "", $0.code) < ($1.name ?? "", $1.code) }
        let unnamed = wijken.filter { $0.name == nil }
        return (named + unnamed).map { area in (area.code, AreaLabel.text(area.code, name: area.name)) }
    }

    /// Names of the known wijken by code.
    var wijkNames: [String: String] {
        Dictionary(wijken.compactMap { area in area.name.map { (area.code, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// A wijk as people read it: "Woensel-Noord (WK077201)", or its code when it has no name.
    func wijkLabel(_ code: String) -> String { AreaLabel.text(code, name: wijkNames[code]) }

    /// The hulpbron constructs an activity can contribute to, in instrument order.
    var hulpbronnen: [Construct] { instrument.constructs.filter { $0.kind == .hulpbron } }
}

extension ResponseForm {
    /// The questionnaire as posted: the four fields, and an answer for every item that was sent.
    init(form: FormData, instrument: Instrument) {
        var answers: [String: String] = [:]
        for item in instrument.items { answers[item.id] = form[item.id] }
        self.init(respondent: form.text("respondent"), wijk: form.text("wijk"), datum: form.text("datum"),
                  meting: form.text("meting"), answers: answers)
    }

    /// A stored questionnaire as the form shows it; a missing answer is "weet niet".
    init(stored: StoredResponse, instrument: Instrument) {
        var answers: [String: String] = [:]
        for (item, answer) in zip(instrument.items, stored.response.answers) { answers[item.id] = answer.map(String.init) ?? "" }
        self.init(respondent: stored.response.respondent, wijk: stored.response.wijk.rawValue, datum: stored.response.datum,
                  meting: stored.response.meting, answers: answers)
    }
}

extension ActivityForm {
    /// The activity as posted; the ticked hulpbronnen joined by `|` as in an activities file.
    init(form: FormData) {
        self.init(datum: form.text("datum"), wijk: form.text("wijk"), activiteit: form.text("activiteit"), thema: form.text("thema"),
                  deelnemers: form.text("deelnemers"), uren: form.text("uren"), vrijwilligers: form.text("vrijwilligers"),
                  hulpbronnen: HulpbronList.joined(form.all("hulpbronnen")))
    }

    /// A stored activity as the form shows it.
    init(stored: StoredActivity) {
        let activity = stored.activity
        self.init(datum: activity.datum, wijk: activity.wijk.rawValue, activiteit: activity.name, thema: activity.thema,
                  deelnemers: String(activity.participants), uren: Self.hoursText(activity.hours),
                  vrijwilligers: String(activity.volunteers),
                  hulpbronnen: HulpbronList.joined(activity.hulpbronnen))
    }

    /// Hours at full precision with a decimal comma ("1,5", "2"), as a person would type them.
    private static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() && abs(hours) < 1e15 ? String(Int(hours)) : String(hours).replacingOccurrences(of: ".", with: ",")
    }

    /// The ticked hulpbron ids.
    var hulpbronIDs: [String] { HulpbronList.split(hulpbronnen) }
}

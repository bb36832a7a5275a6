import VeerkrachtCore

/// The demo's stories: a few things veldwerkers heard in Eindhoven's wijken, as rows of a verhalen
/// file, each with the review an analist gives it. One waits for review, and one is told in
/// Achtse Barrier, whose figures the reports withhold (too few respondents), so that the reports
/// show they leave it out.
public enum DemoVerhalen {
    /// What the analist decides about a story.
    public enum Review: Sendable {
        /// Not reviewed yet: the reports do not show it.
        case waiting
        /// Shown on the wijk dashboard.
        case approved
        /// Shown on the wijk dashboard and in the gemeente summary.
        case highlighted
    }

    /// One story with its review.
    public struct Story: Sendable {
        public let wijk: String
        public let datum: String
        public let hulpbronnen: [String]
        public let titel: String
        public let tekst: String
        public let review: Review

        /// The story's fields in the order of `header`.
        public var row: [String] {
            [wijk, datum, hulpbronnen.joined(separator: String(HulpbronList.separator)), titel, tekst, "ja"]
        }
    }

    /// Header of a verhalen file: `wijk,datum,hulpbronnen,titel,tekst,bevestiging`.
    public static let header = VerhaalValidator.Field.allCases.map(\.rawValue)

    /// The stories, in the order of the file.
    public static let stories: [Story] = [
        Story(wijk: "WK077201", datum: "2025-09-20", hulpbronnen: ["cohesie", "binding"], titel: "Burendag in de binnenstad",
              tekst: """
                  Voor het eerst organiseerden bewoners van drie portiekflats samen een burendag op het pleintje achter de flats. \
                  Er kwamen ruim zestig buren, van studenten tot ouderen die er al veertig jaar wonen.

                  Een bewoonster vertelde dat ze haar onderburen in twaalf jaar nooit had gesproken. Nu drinken ze elke week koffie.
                  Sinds die dag zijn er vaste afspraken over het opruimen van het pleintje.
                  """, review: .highlighted),
        Story(wijk: "WK077201", datum: "2026-01-14", hulpbronnen: ["digitaal_contact"], titel: "Een appgroep voor het hele portiek",
              tekst: """
                  Na de digicafés in de bibliotheek startte een bewoner een appgroep voor zijn portiek. Buren melden er een kapotte \
                  lamp, vragen om een ladder of zeggen dat een pakketje is afgegeven.

                  Twee oudere buren die eerst geen smartphone gebruikten, doen nu mee. „Ik weet nu wie ik kan vragen,” zei een van hen.
                  """, review: .approved),
        Story(wijk: "WK077201", datum: "2026-04-02", hulpbronnen: ["sociaal_vertrouwen"], titel: "Sleutel bij de buren",
              tekst: """
                  Steeds meer bewoners van de seniorenflat geven een reservesleutel aan een buur. Het idee kwam uit de \
                  bewonerscommissie, na een val waarbij niemand binnen kon komen.
                  """, review: .waiting),
        Story(wijk: "WK077202", datum: "2025-11-08", hulpbronnen: ["veranderingsbereidheid", "cohesie"], titel: "Samen de straat groener",
              tekst: """
                  Bewoners van een straat in Stratum haalden tegels uit hun voortuinen en de stoep en plantten samen geveltuinen. \
                  Wie eerst sceptisch was, hielp bij de tweede ronde mee.

                  „We wilden iets doen tegen de hitte in de zomer,” vertelde een bewoner. „Nu praten we ook veel meer met elkaar.”
                  """, review: .highlighted),
        Story(wijk: "WK077206", datum: "2026-02-21", hulpbronnen: ["binding"], titel: "Oude fabriek, nieuwe ontmoetingsplek",
              tekst: """
                  In een leegstaande fabriekshal in Strijp houden bewoners elke zaterdag een repaircafé. Oud-medewerkers van de \
                  fabriek vertellen er over vroeger aan nieuwe bewoners van de appartementen ernaast.

                  Jonge gezinnen zeggen dat ze zich daardoor eerder thuis voelen in de wijk.
                  """, review: .highlighted),
        Story(wijk: "WK077204", datum: "2026-03-12", hulpbronnen: ["sociaal_vertrouwen"], titel: "Buurtpreventie met de hond",
              tekst: """
                  Hondenbezitters in Woensel-Zuid lopen hun avondronde nu als buurtpreventieteam. Ze melden kapotte lantaarns \
                  en letten op elkaars huizen tijdens de vakanties.
                  """, review: .approved),
        Story(wijk: "WK077208", datum: "2026-03-05", hulpbronnen: ["cohesie"], titel: "Koffie in de kas",
              tekst: """
                  De tuinders aan de rand van de wijk zetten elke vrijdag koffie in hun kas voor wie langskomt. Er komen vaste \
                  bezoekers, ook van buiten het dorp.
                  """, review: .highlighted),
    ]
}

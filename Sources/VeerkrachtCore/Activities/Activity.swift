/// One registered activity of the organisation (output registration, SPEC §6 "Activities CSV").
///
/// ```swift
/// let koffie = Activity(datum: "2025-03-04", wijk: WijkCode("WK077201")!, name: "Buurtkoffie",
///                       thema: "Armoede & Meedoen", participants: 14, hours: 2.5, volunteers: 3,
///                       hulpbronnen: ["cohesie", "binding"])
/// ```
public struct Activity: Sendable, Hashable {
    /// Date the activity took place, `YYYY-MM-DD`.
    public let datum: String
    public let wijk: WijkCode
    /// What the activity is called, e.g. "Buurtkoffie" (1–200 characters).
    public let name: String
    /// The thema it belongs to, in its configured spelling.
    public let thema: String
    /// Number of participants (deelnemers).
    public let participants: Int
    /// Hours spent (uren).
    public let hours: Double
    /// Number of volunteers (vrijwilligers) who helped.
    public let volunteers: Int
    /// Ids of the hulpbron constructs the activity contributes to, in instrument order, each once.
    public let hulpbronnen: [String]

    /// An activity from values already validated (see `ActivityValidator` for raw text).
    public init(datum: String, wijk: WijkCode, name: String, thema: String, participants: Int, hours: Double,
                volunteers: Int, hulpbronnen: [String]) {
        self.datum = datum
        self.wijk = wijk
        self.name = name
        self.thema = thema
        self.participants = participants
        self.hours = hours
        self.volunteers = volunteers
        self.hulpbronnen = hulpbronnen
    }
}

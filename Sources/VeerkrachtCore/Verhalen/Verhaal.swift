/// A short story a veldwerker heard in a wijk, told without anything that identifies a resident:
/// the "verhalen" that stand beside the figures in a report once an analist approved them.
///
/// ```swift
/// let verhaal = Verhaal(datum: "2025-04-02", wijk: WijkCode("WK077201")!, hulpbronnen: ["cohesie"],
///                       titel: "Samen de stoep op", tekst: "Na de straatbarbecue ruimen buren nu samen op.")
/// ```
public struct Verhaal: Sendable, Hashable {
    /// When it happened or was heard, `YYYY-MM-DD`.
    public let datum: String
    public let wijk: WijkCode
    /// Ids of the hulpbron constructs it illustrates, in instrument order, at least one.
    public let hulpbronnen: [String]
    /// A title of 1–`VerhaalValidator.maximumTitelLength` characters.
    public let titel: String
    /// The story, 1–`VerhaalValidator.maximumTekstLength` characters; paragraphs separated by a
    /// blank line, lines by `\n`.
    public let tekst: String

    /// A story from values already validated (see `VerhaalValidator` for raw text).
    public init(datum: String, wijk: WijkCode, hulpbronnen: [String], titel: String, tekst: String) {
        self.datum = datum
        self.wijk = wijk
        self.hulpbronnen = hulpbronnen
        self.titel = titel
        self.tekst = tekst
    }
}

/// Where a story stands in the analist's review. Only approved stories appear in reports.
public enum VerhaalStatus: String, Sendable, Hashable, CaseIterable {
    /// Registered, waiting for review (also after its author changed it).
    case ingediend
    /// Approved by an analist: shown in reports, unless its wijk's figures are withheld.
    case goedgekeurd
    /// Not approved; the analist's note says why, and its author may change it and submit it again.
    case afgewezen
}

/// An approved story as a report shows it.
public struct ApprovedVerhaal: Sendable, Hashable {
    /// The stored story's id (for a stable order and for links).
    public let id: Int64
    public let verhaal: Verhaal
    /// Marked by an analist for the gemeente summary.
    public let uitgelicht: Bool

    public init(id: Int64, verhaal: Verhaal, uitgelicht: Bool) {
        self.id = id
        self.verhaal = verhaal
        self.uitgelicht = uitgelicht
    }
}

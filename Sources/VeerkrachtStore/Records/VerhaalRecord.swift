import GRDB
import VeerkrachtCore

/// A row of `verhaal`: one story as stored, by the import and the story form alike.
struct VerhaalRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "verhaal"

    var id: Int64?
    var wijk: String
    var datum: String
    /// Hulpbron construct ids joined by `|`.
    var hulpbronnen: String
    var titel: String
    var tekst: String
    var status: String
    var uitgelicht: Bool
    /// The analist's note with the last decision.
    var beoordeling: String?
    /// The name of the analist who made the last decision.
    var beoordeeldDoor: String?
    var batchID: Int64
    /// The line in the imported file; nil for form entries.
    var sourceLine: Int?
    /// The account that entered it; nil for imported files.
    var enteredBy: Int64?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, wijk, datum, hulpbronnen, titel, tekst, status, uitgelicht, beoordeling, beoordeeldDoor = "beoordeeld_door",
             batchID = "batch_id", sourceLine = "source_line", enteredBy = "entered_by"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let wijk = Column(CodingKeys.wijk)
        static let datum = Column(CodingKeys.datum)
        static let status = Column(CodingKeys.status)
        static let batchID = Column(CodingKeys.batchID)
        static let enteredBy = Column(CodingKeys.enteredBy)
    }

    /// A new story, waiting for review.
    init(_ verhaal: Verhaal, batchID: Int64, sourceLine: Int?, enteredBy: Int64?) {
        (wijk, datum, hulpbronnen, titel, tekst) = ("", "", "", "", "")
        status = VerhaalStatus.ingediend.rawValue
        uitgelicht = false
        self.batchID = batchID
        self.sourceLine = sourceLine
        self.enteredBy = enteredBy
        set(verhaal)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Sets the values of `verhaal`.
    mutating func set(_ verhaal: Verhaal) {
        wijk = verhaal.wijk.rawValue
        datum = verhaal.datum
        hulpbronnen = HulpbronList.joined(verhaal.hulpbronnen)
        titel = verhaal.titel
        tekst = verhaal.tekst
    }

    /// The stored story.
    var verhaal: Verhaal {
        Verhaal(datum: datum, wijk: WijkCode(wijk)!, hulpbronnen: HulpbronList.split(hulpbronnen), titel: titel, tekst: tekst)
    }

    /// The story with its review.
    var stored: StoredVerhaal {
        StoredVerhaal(id: id!, verhaal: verhaal, status: VerhaalStatus(rawValue: status)!, uitgelicht: uitgelicht,
                      beoordeling: beoordeling, beoordeeldDoor: beoordeeldDoor, enteredBy: enteredBy)
    }
}

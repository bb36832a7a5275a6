import GRDB
import VeerkrachtCore

extension Store {
    /// Change per area × construct from meting `from` to meting `to` (SPEC §5), ordered by area and
    /// construct id: both score distributions, and the panel of respondents scored in both metingen
    /// within the same area, with reliable change where Cronbach's α of the `from` meting is defined.
    public func changeCells(level: AreaLevel, from: String, to: String) throws -> [ChangeCell] {
        try database.read { db in
            let fromID = try Self.metingID(from, db: db)
            let toID = try Self.metingID(to, db: db)
            let before = try Self.distributions(db, level: level, metingID: fromID)
            let after = try Self.distributions(db, level: level, metingID: toID)
            let alphas = try Self.reliabilities(db, level: level, metingID: fromID)
            var tallies: [AreaConstruct: ReliableChange.Tally] = [:]
            let sameArea = level == .wijk ? "b.wijk = a.wijk" : "substr(b.wijk, 3, 4) = substr(a.wijk, 3, 4)"
            let pairs = try Row.fetchCursor(db, sql: """
                SELECT a.wijk, sa.construct, sa.value, sb.value
                FROM response a
                JOIN response b ON b.meting_id = ? AND b.respondent = a.respondent AND \(sameArea)
                JOIN score sa ON sa.response_id = a.id
                JOIN score sb ON sb.response_id = b.id AND sb.construct = sa.construct
                WHERE a.meting_id = ?
                """, arguments: [toID, fromID])
            var areaOf = AreaResolver(level: level)
            while let row = try pairs.next() {
                let key = AreaConstruct(area: areaOf(row[0]), construct: row[1])
                if tallies[key] == nil {
                    tallies[key] = ReliableChange.Tally(sDiff: Self.standardErrorOfDifference(before[key], alphas[key]))
                }
                tallies[key]!.add(pre: row[2], post: row[3])
            }
            let keys = Set(before.keys).union(after.keys)
            return keys.map { key in
                let panel = PanelChange(tallies[key] ?? ReliableChange.Tally(sDiff: nil))
                return ChangeCell(area: key.area, construct: key.construct, from: before[key] ?? ScoreDistribution(),
                                  to: after[key] ?? ScoreDistribution(), panel: panel)
            }
            .sorted { ($0.area, $0.construct) < ($1.area, $1.construct) }
        }
    }

    /// S_diff = √2 · SD_pre · √(1 − α), when both are defined.
    private static func standardErrorOfDifference(_ before: ScoreDistribution?, _ alpha: CronbachAlpha?) -> Double? {
        guard let sd = before?.moments.standardDeviation, let alpha = alpha?.alpha else { return nil }
        return ReliableChange.standardErrorOfDifference(sdPre: sd, alpha: alpha)
    }

    /// Cronbach's α per area × item-measured construct over the respondents of a meting who answered
    /// all the construct's items, on normalised item scores.
    static func reliabilities(_ db: Database, level: AreaLevel, metingID: Int64) throws -> [AreaConstruct: CronbachAlpha] {
        let instruments = try allInstruments(db)
        let scorers = instruments.mapValues(Scorer.init)
        let decoders = instruments.mapValues(AnswersJSON.init)
        var result: [AreaConstruct: CronbachAlpha] = [:]
        var areaOf = AreaResolver(level: level)
        let rows = try Row.fetchCursor(db, sql: "SELECT wijk, instrument_id, answers FROM response WHERE meting_id = ?", arguments: [metingID])
        while let row = try rows.next() {
            let instrumentID: Int64 = row[1]
            guard let scorer = scorers[instrumentID], let decoder = decoders[instrumentID] else { continue }
            let answers = try decoder.decode(row[2])
            let area = areaOf(row[0])
            for (index, construct) in scorer.instrument.constructs.enumerated() {
                guard let itemScores = scorer.completeItemScores(answers, construct: index) else { continue }
                let key = AreaConstruct(area: area, construct: construct.id)
                if result[key] == nil { result[key] = CronbachAlpha(itemCount: itemScores.count) }
                guard result[key]!.itemCount == itemScores.count else { continue }
                result[key]!.add(itemScores)
            }
        }
        return result
    }
}

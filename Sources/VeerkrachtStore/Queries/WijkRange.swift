import GRDB
import VeerkrachtCore

/// Wijk codes as an inclusive range, bound to `wijk BETWEEN ? AND ?`: one wijk, every wijk of a
/// gemeente (their codes share its four digits, so the wijk index serves it as one range scan),
/// every wijk, or any range between two codes. The SQL stays the same text; only the values differ.
struct WijkRange: Sendable {
    let lower: String
    let upper: String

    var arguments: StatementArguments { [lower, upper] }

    /// A wijk or gemeente code; nil for every wijk.
    init(_ area: String?) {
        if let area, let gemeente = GemeenteCode(area) {
            let prefix = "WK" + gemeente.rawValue.dropFirst(2)
            self.init(from: prefix, through: prefix + "~")
        } else if let area {
            self.init(from: area, through: area)
        } else {
            self.init(from: "WK", through: "WK~")   // '~' sorts after every digit and capital
        }
    }

    init(from lower: String, through upper: String) {
        self.lower = lower
        self.upper = upper
    }
}

/// The sane range of every number a person can enter, in a file, a web form or a command-line
/// option. The validators check them, so no accepted value can make a sum overflow or a figure
/// absurd: a million activities at the maximum still sum exactly in 64 bits.
///
/// README ("Limits") lists the same ranges for users.
public enum Limits {
    /// Participants (`deelnemers`) of one activity.
    public static let participants = 0...100_000
    /// Volunteers (`vrijwilligers`) of one activity.
    public static let volunteers = 0...10_000
    /// Hours (`uren`) of one activity.
    public static let hours = 0.0...10_000.0
    /// The largest answer on an open scale (such as a number of contacts).
    public static let openScaleAnswer = 9_999
    /// Years of a date (`datum`, a meting's period, `--van`/`--tot`).
    public static let years = 1900...2199
    /// `--suppress-below`: cells with fewer respondents are withheld.
    public static let suppressBelow = 1...1_000
    /// `--indicative-below`: cells with fewer respondents are marked indicatief.
    public static let indicativeBelow = 1...100_000
    /// A TCP port for `serve --port`.
    public static let port = 1...65_535
}

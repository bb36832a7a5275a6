/// Why an onderdrukt cell is withheld.
public enum SuppressionReason: Sendable, Hashable {
    /// Too few respondents (primary suppression, SPEC §4).
    case tooFew
    /// Enough respondents, but withheld so that a cell with too few respondents beside it cannot be
    /// recomputed from a total (complementary suppression, see `ComplementarySuppression`).
    case complementary
}

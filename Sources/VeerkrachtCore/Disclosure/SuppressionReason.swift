/// Why an onderdrukt cell is withheld.
public enum SuppressionReason: Sendable, Hashable {
    /// Too few respondents (primary suppression, SPEC §4).
    case tooFew
    /// Enough respondents, but withheld so that a cell with too few respondents beside it cannot be
    /// recomputed from a total (complementary suppression, see `ComplementarySuppression`).
    case complementary
    /// Reported within the rapportagegebied named here (a group of wijken shown as one area),
    /// because a member of the group has too few respondents on its own.
    case pooled(String)
}

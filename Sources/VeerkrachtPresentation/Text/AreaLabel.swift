/// An area as people read it: its name with its code, or the code alone when no name is known.
///
/// ```swift
/// AreaLabel.text("WK077201", name: "Woensel-Noord")   // "Woensel-Noord (WK077201)"
/// ```
public enum AreaLabel {
    /// "Woensel-Noord (WK077201)", or "WK077201" when `name` is nil.
    public static func text(_ code: String, name: String?) -> String {
        name.map { "\($0) (\(code))" } ?? code
    }
}

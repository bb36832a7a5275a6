/// One variable (column) of an SPSS data file: its name, what it holds and how SPSS shows it.
///
/// ```swift
/// let item = SAVVariable(name: "coh1", label: "Mensen hier helpen elkaar.", kind: .number(decimals: 0),
///                        measure: .ordinal, valueLabels: [SAVValueLabel(value: 1, label: "helemaal mee oneens")],
///                        missingValues: [98])
/// ```
public struct SAVVariable: Sendable, Hashable {
    /// What the variable holds.
    public enum Kind: Sendable, Hashable {
        /// Text of at most `width` UTF-8 bytes.
        case text(width: Int)
        /// A number, shown with `decimals` decimals (format `F w.d`).
        case number(decimals: Int)
    }

    /// SPSS's level of measurement (`readstat_measure_t`).
    public enum Measure: Int32, Sendable, Hashable {
        case nominal = 1
        case ordinal = 2
        case scale = 3
    }

    /// The variable name: a letter first, then letters, digits and `_`, at most 64 bytes.
    public let name: String
    /// The variable label (SPSS shows it as the column's description); nil for none.
    public let label: String?
    public let kind: Kind
    public let measure: Measure
    /// The column width SPSS shows, in characters.
    public let displayWidth: Int
    /// Labels of values (numeric variables only).
    public let valueLabels: [SAVValueLabel]
    /// Values declared user-missing (numeric variables only; SPSS allows three).
    public let missingValues: [Double]

    public init(name: String, label: String? = nil, kind: Kind, measure: Measure, displayWidth: Int = 8,
                valueLabels: [SAVValueLabel] = [], missingValues: [Double] = []) {
        self.name = name
        self.label = label
        self.kind = kind
        self.measure = measure
        self.displayWidth = displayWidth
        self.valueLabels = valueLabels
        self.missingValues = missingValues
    }
}

/// The label of one value of a numeric variable, such as 1 = "helemaal mee oneens".
public struct SAVValueLabel: Sendable, Hashable {
    public let value: Double
    public let label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// One value of a row: text for a text variable, a number (nil: system-missing) for a numeric one.
public enum SAVValue: Sendable, Hashable {
    case text(String)
    case number(Double?)
}

/// A measurement moment as the database keeps it: its label, an optional period and whether it is
/// closed. A closed meting takes no new responses, corrections or imports, and is the only kind a
/// gemeente account sees, so its figures no longer move.
public struct Meting: Sendable, Hashable {
    public let label: String
    /// First day of the period (`YYYY-MM-DD`), if one is set.
    public let from: String?
    /// Last day of the period, if one is set.
    public let to: String?
    public let isClosed: Bool

    public init(label: String, from: String? = nil, to: String? = nil, isClosed: Bool = false) {
        self.label = label
        self.from = from
        self.to = to
        self.isClosed = isClosed
    }

    /// The period in words, e.g. "2025-03-01 t/m 2025-05-31", "vanaf 2025-03-01"; nil without one.
    public var period: String? {
        switch (from, to) {
        case let (from?, to?): "\(from) t/m \(to)"
        case let (from?, nil): "vanaf \(from)"
        case let (nil, to?): "t/m \(to)"
        case (nil, nil): nil
        }
    }

    /// A new meting's label: a valid label (`FieldParsing.label`) that starts with a letter or a
    /// digit, so that no spreadsheet reads it as a formula.
    public static func label(_ text: String) -> Result<String, FieldProblem> {
        FieldParsing.label(text, maximum: ResponseValidator.maximumLabelLength).flatMap { label in
            label.first.map { $0.isLetter || $0.isNumber } == true ? .success(label) : .failure(.notStartingWithLetterOrDigit(label))
        }
    }

    /// A period: each end a date or nil, the first not after the last.
    public static func period(from: String?, to: String?) -> Result<(from: String?, to: String?), FieldProblem> {
        func date(_ text: String?) -> Result<String?, FieldProblem> {
            guard let text else { return .success(nil) }
            return FieldParsing.date(text).map { $0 }
        }
        return date(from).flatMap { first in
            date(to).flatMap { last in
                if let first, let last, first > last { return .failure(.invalidPeriod(first, last)) }
                return .success((first, last))
            }
        }
    }
}

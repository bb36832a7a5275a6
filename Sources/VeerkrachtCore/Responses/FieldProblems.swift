/// All problems of one response or activity, in field order: what the validators return and the
/// entry forms show next to each field.
public struct FieldProblems<Field: Hashable & Sendable>: Error, Sendable, Hashable {
    public var list: [(field: Field, problem: FieldProblem)]

    /// Problems as (field, problem) pairs, in field order.
    public init(list: [(field: Field, problem: FieldProblem)]) { self.list = list }

    public static func == (a: Self, b: Self) -> Bool {
        a.list.map(\.field) == b.list.map(\.field) && a.list.map(\.problem) == b.list.map(\.problem)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(list.map(\.field))
        hasher.combine(list.map(\.problem))
    }
}

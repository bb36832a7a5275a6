/// What only the database knows about an incoming response, beyond the field rules of
/// `ResponseValidator`: its metingen, its wijken and today's date. A form entry must name an open
/// meting; a file may also bring a new one (`allowingNewMeting`).
public struct EntryRules: Sendable {
    public let metingen: MetingRules
    public let wijken: WijkRules

    public init(metingen: MetingRules, wijken: WijkRules) {
        self.metingen = metingen
        self.wijken = wijken
    }

    /// The problems of a response that passed `ResponseValidator`, in field order.
    public func problems(of response: Response, allowingNewMeting: Bool) -> [(field: ResponseValidator.Field, problem: FieldProblem)] {
        var problems: [(ResponseValidator.Field, FieldProblem)] = []
        if case .failure(let problem) = wijken.admit(response.wijk) { problems.append((.wijk, problem)) }
        switch metingen.meting(response.meting) {
        case .success(.known(let meting)):
            if let problem = metingen.datum(response.datum, meting: meting) { problems.append((.datum, problem)) }
        case .success(.new) where allowingNewMeting:
            if let problem = metingen.datum(response.datum, meting: nil) { problems.append((.datum, problem)) }
        case .success(.new):
            if let problem = metingen.datum(response.datum, meting: nil) { problems.append((.datum, problem)) }
            problems.append((.meting, .noOpenMeting(response.meting, open: metingen.open)))
        case .failure(let problem):
            problems.append((.meting, problem))
        }
        return problems
    }
}

extension EntryRules {
    /// The problems of an activity that passed `ActivityValidator`: a date after today, a wijk the
    /// gebieden list lacks.
    public func problems(of activity: Activity) -> [(field: ActivityValidator.Field, problem: FieldProblem)] {
        var problems: [(ActivityValidator.Field, FieldProblem)] = []
        if activity.datum > metingen.today { problems.append((.datum, .inFuture(activity.datum))) }
        if case .failure(let problem) = wijken.admit(activity.wijk) { problems.append((.wijk, problem)) }
        return problems
    }
}

extension EntryRules {
    /// The problems of a story that passed `VerhaalValidator`: a date after today, a wijk the
    /// gebieden list lacks.
    public func problems(of verhaal: Verhaal) -> [(field: VerhaalValidator.Field, problem: FieldProblem)] {
        var problems: [(VerhaalValidator.Field, FieldProblem)] = []
        if case .failure(let problem) = wijken.admit(verhaal.wijk) { problems.append((.wijk, problem)) }
        if verhaal.datum > metingen.today { problems.append((.datum, .inFuture(verhaal.datum))) }
        return problems
    }
}

/// One resident's validated answers to an instrument at one meting.
public struct Response: Sendable, Hashable {
    /// Pseudonymous respondent id (1–64 characters); never a name or address.
    public let respondent: String
    public let wijk: WijkCode
    /// Date the questionnaire was taken, `YYYY-MM-DD`.
    public let datum: String
    /// Label of the meting (measurement moment), e.g. `2025-voorjaar`.
    public let meting: String
    /// Answers indexed like the instrument's items; nil = missing ("weet niet" or not answered).
    public let answers: [Int?]

    public init(respondent: String, wijk: WijkCode, datum: String, meting: String, answers: [Int?]) {
        self.respondent = respondent
        self.wijk = wijk
        self.datum = datum
        self.meting = meting
        self.answers = answers
    }
}

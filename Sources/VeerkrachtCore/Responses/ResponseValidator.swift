/// Validates the raw text of one response against an instrument (SPEC §3.1, §6). The CSV
/// importer and the entry form both use it, so an answer is judged the same way everywhere.
public struct ResponseValidator: Sendable {
    /// A field of a response, for pointing at the problem.
    public enum Field: Sendable, Hashable {
        case respondent, wijk, datum, meting
        /// The answer to the item at this index of the instrument.
        case item(Int)
    }

    /// All problems of one response, in field order.
    public typealias Problems = FieldProblems<Field>

    /// Maximum length of a respondent id and a meting label.
    public static let maximumLabelLength = 64

    public let instrument: Instrument
    /// The scale of each item, in item order.
    private let itemScales: [Scale]
    private let missingCodes: MissingCodes
    private let texts: AnswerTexts
    /// A mapping file's answer values, which come before every other reading of a cell.
    private let recoding: AnswerRecoding?
    /// Bit d set when the one-digit cell "d" is a missing code or recoded by the mapping.
    private let specialDigits: UInt16

    /// A validator for `instrument`'s responses; answers read through `mapping` when given.
    public init(instrument: Instrument, mapping: ResponseMapping? = nil) {
        self.instrument = instrument
        itemScales = instrument.items.map { instrument.scale(of: $0) }
        missingCodes = MissingCodes(instrument.missingCodes + (mapping?.missingCodes ?? []))
        texts = AnswerTexts(instrument)
        recoding = mapping.flatMap { AnswerRecoding($0, instrument: instrument) }
        specialDigits = missingCodes.digits | (recoding?.digits ?? 0)
    }

    /// The validated response, or every problem found. `answers` holds one text per item, in
    /// instrument order; an empty text or one of the instrument's missing codes is a missing
    /// answer. The datum may be a date-time, of which the date is kept (`FieldParsing.datum`).
    public func validate(respondent: String, wijk: String, datum: String, meting: String,
                         answers: [String]) -> Result<Response, Problems> {
        precondition(answers.count == instrument.items.count, "one answer text per item")
        var problems: [(Field, FieldProblem)] = []
        func check<T>(_ field: Field, _ result: Result<T, FieldProblem>) -> T? {
            switch result {
            case .success(let value): return value
            case .failure(let problem): problems.append((field, problem)); return nil
            }
        }
        let respondentID = check(.respondent, FieldParsing.label(respondent, maximum: Self.maximumLabelLength))
        let wijkCode = check(.wijk, Self.wijkCode(wijk))
        let date = check(.datum, FieldParsing.datum(datum))
        let metingLabel = check(.meting, FieldParsing.label(meting, maximum: Self.maximumLabelLength))
        var values = [Int?](repeating: nil, count: answers.count)
        for (index, text) in answers.enumerated() {
            values[index] = check(.item(index), answer(text, item: index)) ?? nil
        }
        guard problems.isEmpty, let respondentID, let wijkCode, let date, let metingLabel else {
            return .failure(Problems(list: problems))
        }
        return .success(Response(respondent: respondentID, wijk: wijkCode, datum: date, meting: metingLabel, answers: values))
    }

    /// One answer: nil when empty or a missing code, the value when on the item's scale (written as
    /// its number, or as its label or choice text: `AnswerTexts`), a problem otherwise.
    public func answer(_ text: String, item index: Int) -> Result<Int?, FieldProblem> {
        var text = text
        return text.withUTF8 { answer(utf8: $0, item: index) }
    }

    /// `answer` for a cell given as UTF-8 bytes (importers read fields as bytes).
    public func answer(utf8 text: UnsafeBufferPointer<UInt8>, item index: Int) -> Result<Int?, FieldProblem> {
        // Most cells are one digit or empty: decided here without the general parsers, unless the
        // digit is a missing code or a mapping recodes it (one bit test for both).
        if text.count == 1, case let digit = text[0] &- UInt8(ascii: "0"), digit < 10 {
            guard specialDigits >> UInt16(digit) & 1 != 0 else { return onScale(Int(digit), item: index) }
            if let recoding, let value = recoding.value(text, item: index) { return onScale(value, item: index) }
            return missingCodes.contains(digit: digit) ? .success(nil) : onScale(Int(digit), item: index)
        }
        if let recoding, let value = recoding.value(text, item: index) { return onScale(value, item: index) }
        let trimmed = FieldParsing.trimmed(utf8: text)
        if trimmed.isEmpty { return .success(nil) }
        // Text codes (NA, weet_niet) before numbers, but a number is not compared with them.
        let isNumeric = trimmed[0] &- UInt8(ascii: "0") < 10
        if !isNumeric && missingCodes.contains(trimmed: trimmed) { return .success(nil) }
        switch FieldParsing.wholeNumber(utf8: text) {
        case .success(let value):
            // A code the item's scale offers is that answer (98 on `jaren` is 98 years); the loader
            // allows such codes only on scales no scored item uses.
            return missingCodes.contains(number: value) && !itemScales[index].offers(value) ? .success(nil) : onScale(value, item: index)
        case .failure(let problem):
            if isNumeric && missingCodes.contains(trimmed: trimmed) { return .success(nil) }
            if let value = texts.value(trimmed, item: index) { return .success(value) }
            // Something like a number is "not a whole number"; a word is not one of the answers.
            let looksNumeric = isNumeric || "+-.,".utf8.contains(trimmed[0])
            return .failure(looksNumeric ? problem : .notAnAnswer(FieldParsing.string(trimmed), scale: itemScales[index]))
        }
    }

    /// The value when the item's scale accepts it, else the problem.
    @inline(__always)
    private func onScale(_ value: Int, item index: Int) -> Result<Int?, FieldProblem> {
        itemScales[index].accepts(value) ? .success(value) : .failure(.outOfScale(value: value, scale: itemScales[index]))
    }

    /// A CBS wijk code, spaces around it ignored.
    public static func wijkCode(_ text: String) -> Result<WijkCode, FieldProblem> {
        let trimmed = FieldParsing.trimmed(text)
        if trimmed.isEmpty { return .failure(.missing) }
        return WijkCode(trimmed).map { .success($0) } ?? .failure(.invalidWijkCode(trimmed))
    }
}

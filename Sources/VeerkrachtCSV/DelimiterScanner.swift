/// Finds the end of the header record and counts `,` and `;` outside quotes on the way.
struct DelimiterScanner {
    private enum State { case leadingBlankLines, fieldStart, unquoted, quoted, quoteInQuoted }
    private var state = State.leadingBlankLines
    private(set) var commas = 0
    private(set) var semicolons = 0

    /// Returns `true` once the header record's line break has been seen.
    mutating func scan(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in p {
            switch state {
            case .leadingBlankLines:
                if b == lf || b == cr { continue }
                if outside(b, atFieldStart: true) { return true }
            case .fieldStart:
                if outside(b, atFieldStart: true) { return true }
            case .unquoted:
                if outside(b, atFieldStart: false) { return true }
            case .quoted:
                if b == quote { state = .quoteInQuoted }
            case .quoteInQuoted:
                if b == quote {
                    state = .quoted
                } else if outside(b, atFieldStart: false) {
                    return true
                }
            }
        }
        return false
    }

    private mutating func outside(_ b: UInt8, atFieldStart: Bool) -> Bool {
        if b == comma {
            commas += 1
            state = .fieldStart
        } else if b == semicolon {
            semicolons += 1
            state = .fieldStart
        } else if b == lf || b == cr {
            return true
        } else if b == quote && atFieldStart {
            state = .quoted
        } else {
            state = .unquoted
        }
        return false
    }
}

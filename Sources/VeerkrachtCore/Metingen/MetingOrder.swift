extension Meting {
    /// When the meting took place, as a date `YYYY-MM-DD` that puts metingen in order: the start of
    /// its period when it has one; else read from its label — the year it names (a number from
    /// 1900 to 2199) and the first season (`voorjaar`/`lente` March, `zomer` June,
    /// `najaar`/`herfst` September, `winter` December), a month (`maart`, `mrt`, `3`), a quarter
    /// (`Q2`, `kw2`, `kwartaal 2`) it names, else January; nil when the label names no year.
    ///
    /// ```swift
    /// Meting(label: "2025-najaar").moment          // "2025-09-01"
    /// Meting(label: "voorjaar 2026").moment        // "2026-03-01"
    /// Meting(label: "2025 Q2").moment              // "2025-04-01"
    /// Meting(label: "nulmeting").moment            // nil
    /// ```
    public var moment: String? {
        if let from { return from }
        let tokens = Self.tokens(label.lowercased())
        guard let yearIndex = tokens.firstIndex(where: { $0.count == 4 && Int($0).map((1900...2199).contains) == true }) else {
            return nil
        }
        var month = 1
        var rest = tokens[...]
        rest.remove(at: yearIndex)
        while let token = rest.popFirst() {
            if let named = Self.months[token] {
                month = named
            } else if ["q", "kw", "kwartaal"].contains(token), let quarter = rest.first.flatMap({ Int($0) }), (1...4).contains(quarter) {
                month = 3 * quarter - 2
            } else if let number = Int(token), (1...12).contains(number), token.count <= 2 {
                month = number
            } else {
                continue
            }
            break
        }
        return tokens[yearIndex] + "-" + (month < 10 ? "0" : "") + String(month) + "-01"
    }

    /// Whether `a` comes before `b`: by `moment`, a meting without one after those with one, in
    /// the order of their labels; equal moments by label.
    public static func chronological(_ a: Meting, _ b: Meting) -> Bool {
        switch (a.moment, b.moment) {
        case let (x?, y?) where x != y: x < y
        case (.some, nil): true
        case (nil, .some): false
        default: a.label < b.label
        }
    }

    /// Runs of letters and runs of digits: "2025-Q2" → ["2025", "q", "2"].
    private static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var digits = false
        for character in text {
            let isDigit = character.isASCII && character.isNumber
            guard character.isLetter || isDigit else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                continue
            }
            if !current.isEmpty, isDigit != digits {
                tokens.append(current)
                current = ""
            }
            current.append(character)
            digits = isDigit
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5,
        "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
        "voorjaar": 3, "lente": 3, "zomer": 6, "najaar": 9, "herfst": 9, "winter": 12,
    ]
}

/// Details in a story's text that point at one resident and that a machine can recognise: an
/// e-mail address, a phone number, a postcode, a street with a house number. Names cannot be
/// recognised this way; for those the author confirms the story holds none, and the analist checks.
public enum IdentifyingDetail: String, Sendable, Hashable, CaseIterable {
    case email, phoneNumber, postcode, address

    /// The first identifying detail in `text` and the text that looks like it, if any.
    ///
    /// ```swift
    /// IdentifyingDetail.first(in: "Bel mevrouw op 06-12345678")   // (.phoneNumber, "06-12345678")
    /// IdentifyingDetail.first(in: "In 2025 kwamen 40 buren")       // nil
    /// ```
    public static func first(in text: String) -> (detail: IdentifyingDetail, found: String)? {
        for detail in allCases {
            if let match = text.firstMatch(of: detail.pattern) { return (detail, String(text[match.range])) }
        }
        return nil
    }

    /// What it is, in English.
    public var name: String {
        switch self {
        case .email: "an e-mail address"
        case .phoneNumber: "a phone number"
        case .postcode: "a postcode"
        case .address: "a street with a house number"
        }
    }

    /// What it is, in Dutch.
    public var dutchName: String {
        switch self {
        case .email: "een e-mailadres"
        case .phoneNumber: "een telefoonnummer"
        case .postcode: "een postcode"
        case .address: "een straat met huisnummer"
        }
    }

    private var pattern: Regex<Substring> {
        switch self {
        case .email: /[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/
        // Dutch numbers: 0, +31 or 0031 and nine more digits, in groups separated by spaces or dashes.
        case .phoneNumber: /(?:\+31|\b0031|\b0)(?:[ \-]?\d){9}\b/
        // Four digits (not starting with 0) and two capitals, e.g. 5611 AB; not SA, SD or SS, which
        // PostNL does not use, and not the start of a word such as "2025 EU-subsidie".
        case .postcode: /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\w\-])/
        // A street name (a capitalised word ending in a street word) and a house number, e.g. "Kastanjelaan 12a".
        case .address: /\b[A-Z]\w*(?:straat|laan|weg|plein|hof|singel|kade|dreef|gracht|steeg)\s+\d{1,4}\s?[a-z]?\b/
        }
    }
}

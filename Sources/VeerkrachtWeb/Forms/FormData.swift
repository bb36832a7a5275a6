import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` request body, in the order sent.
/// A name may occur more than once (checkboxes); `form["naam"]` gives the first value.
///
/// ```swift
/// let form = FormData(encoded: "gebruiker=fatima&hulpbronnen=cohesie&hulpbronnen=binding")
/// form["gebruiker"]              // "fatima"
/// form.all("hulpbronnen")        // ["cohesie", "binding"]
/// ```
struct FormData: Sendable {
    /// The largest body read; a larger one is refused with 413 before it is parsed.
    static let maximumBytes = 64 * 1024

    let fields: [(name: String, value: String)]

    /// No fields (a GET request).
    static let empty = FormData(encoded: "")

    /// Parses `name=value&…`: `+` is a space, `%XX` a byte of UTF-8; malformed escapes stay as written.
    init(encoded text: String) {
        fields = text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// Reads and parses the body of `request`: at most `maximumBytes` (413 beyond), and only when it
    /// is sent as a form (any other body reads as no fields).
    init(request: Request) async throws {
        var body = try await request.body.collect(upTo: Self.maximumBytes)
        let type = request.headers[.contentType]?.lowercased() ?? ""
        let isForm = type.hasPrefix("application/x-www-form-urlencoded")
        self.init(encoded: isForm ? body.readString(length: body.readableBytes) ?? "" : "")
    }

    /// The query parameters of `request` (`?meting=2025-voorjaar&vorige=`), decoded as a form.
    static func query(_ request: Request) -> FormData { FormData(encoded: request.uri.query ?? "") }

    /// The first value of `name`, if sent.
    subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// The first value of `name`, or "" when not sent.
    func text(_ name: String) -> String { self[name] ?? "" }

    /// Every value of `name`, in the order sent.
    func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                let high = iterator.next(), low = iterator.next()
                if let high, let low, let h = hexValue(high), let l = hexValue(low) {
                    bytes.append(h << 4 | l)
                } else {
                    bytes.append(byte)
                    if let high { bytes.append(high) }
                    if let low { bytes.append(low) }
                }
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

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

    /// Parses `name=value&…`: `+` is a space, `%XX` a byte of UTF-8; malformed escapes stay as
    /// written and bytes that are not UTF-8 become U+FFFD (lenient, for query strings typed by hand).
    init(encoded text: String) {
        fields = Self.fields(Array(text.utf8), strict: false)!
    }

    /// Parses a form body strictly: nil when a `%` is not followed by two hexadecimal digits or a
    /// name or value is not UTF-8, which no browser sends.
    init?(body: [UInt8]) {
        guard let fields = Self.fields(body, strict: true) else { return nil }
        self.fields = fields
    }

    /// Reads and parses the body of `request`: at most `maximumBytes` (413 beyond), and only when it
    /// is sent as a form (any other body reads as no fields). A body that ends before its
    /// `Content-Length` (the connection broke off) or is not a well-formed form is a 400.
    init(request: Request) async throws {
        var body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: Self.maximumBytes)
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            throw PageError.unreadableForm
        }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else {
            self = .empty
            return
        }
        guard let form = FormData(body: body.readBytes(length: body.readableBytes) ?? []) else { throw PageError.unreadableForm }
        self = form
    }

    /// The query parameters of `request` (`?meting=2025-voorjaar&vorige=`), decoded as a form.
    static func query(_ request: Request) -> FormData { FormData(encoded: request.uri.query ?? "") }

    /// The first value of `name`, if sent.
    subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// The first value of `name`, or "" when not sent.
    func text(_ name: String) -> String { self[name] ?? "" }

    /// Every value of `name`, in the order sent.
    func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// The fields of `name=value&…`; when `strict`, nil for a malformed escape or a name or value
    /// that is not UTF-8.
    private static func fields(_ text: [UInt8], strict: Bool) -> [(name: String, value: String)]? {
        var fields: [(name: String, value: String)] = []
        for pair in text.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0], strict: strict), let value = parts.count > 1 ? decode(parts[1], strict: strict) : "" else {
                return nil
            }
            fields.append((name, value))
        }
        return fields
    }

    private static func decode(_ text: ArraySlice<UInt8>, strict: Bool) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var iterator = text.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                let high = iterator.next(), low = iterator.next()
                if let high, let low, let h = hexValue(high), let l = hexValue(low) {
                    bytes.append(h << 4 | l)
                } else {
                    if strict { return nil }
                    bytes.append(byte)
                    if let high { bytes.append(high) }
                    if let low { bytes.append(low) }
                }
            default: bytes.append(byte)
            }
        }
        return strict ? String(validating: bytes, as: UTF8.self) : String(decoding: bytes, as: UTF8.self)
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

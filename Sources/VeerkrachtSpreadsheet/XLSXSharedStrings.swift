/// Reads `xl/sharedStrings.xml`, the texts that `t="s"` cells refer to by index: each `<si>` is a
/// plain `<t>` or rich-text runs (`<r><t>…</t></r>`) whose texts are joined; phonetic guides
/// (`<rPh>`) are left out.
struct XLSXSharedStrings: XMLEvents {
    private(set) var strings: [String] = []
    private var inItem = false
    private var collecting = false
    private var phoneticDepth = 0
    private var value: [UInt8] = []

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: UnsafeBufferPointer<UInt8>, closed: Bool) throws {
        if XMLScanner.equal(name, "si") {
            value.removeAll(keepingCapacity: true)
            phoneticDepth = 0
            inItem = !closed
            if closed { strings.append("") }
        } else if XMLScanner.equal(name, "t") {
            collecting = inItem && !closed && phoneticDepth == 0
        } else if XMLScanner.equal(name, "rPh") {
            if !closed { phoneticDepth += 1 }
        }
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws {
        if XMLScanner.equal(name, "t") {
            collecting = false
        } else if XMLScanner.equal(name, "rPh") {
            phoneticDepth -= 1
        } else if XMLScanner.equal(name, "si") {
            inItem = false
            strings.append(XMLTextDecoding.string(value))
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, raw: Bool) throws {
        if collecting { XMLTextDecoding.append(bytes, raw: raw, to: &value) }
    }
}

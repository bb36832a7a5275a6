/// A JSON value as the wijk map reader needs it. The value of every `coordinates` member arrives
/// already as rings of points (`Coordinates`), so a file of millions of positions costs 16 bytes a
/// position rather than an object per number.
indirect enum GeoJSONValue {
    case object([String: GeoJSONValue])
    case array([GeoJSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case coordinates(Coordinates)

    /// Nested coordinate arrays: a lone position, a list of positions (a ring), or a list of those.
    enum Coordinates {
        case position(WijkMap.Point)
        case ring([WijkMap.Point])
        case list([Coordinates])
    }

    /// What the value is, in words for a message: "a JSON array", "a Point".
    var kind: String {
        switch self {
        case .object(let members):
            if case .string(let type) = members["type"] { return "a \(type)" }
            return "a JSON object without a type"
        case .array: return "a JSON array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        case .coordinates: return "coordinates"
        }
    }

    /// The member `key` of an object, else nil.
    subscript(key: String) -> GeoJSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The text of a string (and of a number, written as it reads), else nil.
    var text: String? {
        switch self {
        case .string(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        default: nil
        }
    }
}

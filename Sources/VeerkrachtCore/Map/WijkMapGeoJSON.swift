extension WijkMap {
    /// The map as a GeoJSON FeatureCollection that `WijkMapReader` reads back unchanged: one
    /// MultiPolygon feature per wijk with `wijkcode` and `wijknaam`, and a `crs` member for RD New.
    public func geoJSON() -> String {
        var text = #"{"type":"FeatureCollection","#
        if system == .rdNew { text += #""crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"# }
        text += #""features":["#
        for (index, wijk) in wijken.enumerated() {
            if index > 0 { text += ",\n" }
            text += #"{"type":"Feature","properties":{"wijkcode":"\#(wijk.code.rawValue)""#
            if let name = wijk.name { text += #","wijknaam":"# + Self.quoted(name) }
            text += #"},"geometry":{"type":"MultiPolygon","coordinates":["#
            text += wijk.polygons.map { polygon in
                "[" + polygon.rings.map { ring in "[" + ring.map { "[\($0.x),\($0.y)]" }.joined(separator: ",") + "]" }.joined(separator: ",") + "]"
            }.joined(separator: ",")
            text += "]}}"
        }
        return text + "]}\n"
    }

    /// A JSON string literal.
    private static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20: quoted += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}

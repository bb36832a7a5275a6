extension ReportJSON {
    /// The wijk dashboard's stories as its HTML shows them, each with the hulpbron it stands beside.
    static func verhalen(_ placed: [PlacedVerhaal]) -> JSONValue {
        .array(placed.map { verhaal($0.verhaal, extra: [("naast_hulpbron", .string($0.hulpbron.id))]) })
    }

    /// The gemeente summary's highlighted stories as its HTML shows them.
    static func verhalen(_ verhalen: [ReportVerhaal]) -> JSONValue {
        .array(verhalen.map { verhaal($0, extra: []) })
    }

    private static func verhaal(_ verhaal: ReportVerhaal, extra: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("titel", .string(verhaal.titel)), ("datum", .string(verhaal.datum)), ("wijk", area(verhaal.wijk)),
            ("hulpbronnen", .array(verhaal.hulpbronnen.map { .object([("id", .string($0.id)), ("naam", .string($0.name))]) })),
        ] + extra + [("tekst", .string(verhaal.tekst))])
    }
}

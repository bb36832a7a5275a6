import VeerkrachtPresentation

/// The footer every report ends with: where its figures come from, so a gemeente can ask
/// "where does this number come from?" and get an answer.
enum ProvenanceFooter {
    static func render(_ provenance: Provenance) -> HTML {
        let policy = provenance.policy
        let rows: [(String, HTML)] = [
            ("Vragenlijst", .text("\(provenance.instrumentTitle) (\(provenance.instrument), versie \(provenance.instrumentVersion))")),
            ("Stand van de gegevens", tag("time", ["datetime": provenance.snapshot], .text(DutchTime.moment(provenance.snapshot)))),
            ("Privacy", .text("cijfers van minder dan \(policy.suppressBelow) respondenten zijn onderdrukt, en waar nodig ook die van "
                + "een andere wijk (aanvullend onderdrukt), zodat niets terug te rekenen is; "
                + "minder dan \(policy.indicativeBelow) respondenten is indicatief")),
            ("Gemaakt met", "Veerkracht, de toolkit voor de Veerkrachtmeter"),
        ]
        return tag("footer", [:],
                  tag("strong", [:], "Herkomst van de cijfers"),
                  tag("dl", [:], rows.map { HTML.join([tag("dt", [:], .text($0.0)), tag("dd", [:], $0.1)]) }))
    }
}

import VeerkrachtPresentation
import VeerkrachtStore

/// A story's lines of the audit log, oldest first: who entered, changed and reviewed it, when and why.
enum VerhaalHistory {
    static func render(_ history: [AuditEntry]) -> HTML {
        guard !history.isEmpty else { return .none }
        return tag("section", ["class": "history", "aria-labelledby": "geschiedenis-kop"],
                   tag("h2", ["id": "geschiedenis-kop"], "Geschiedenis"),
                   tag("ol", ["class": "timeline"], history.map { entry in
                       tag("li", [:],
                           tag("span", ["class": "when"], .text(DutchTime.shortMoment(entry.at))),
                           tag("span", [:], tag("strong", [:], .text(AuditPage.verb(entry.action))), .text(" door \(entry.userName)")),
                           entry.reason.map { tag("span", ["class": "why"], .text("‘\($0)’")) } ?? .none)
                   }))
    }
}

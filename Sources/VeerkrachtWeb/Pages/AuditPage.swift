import Foundation
import VeerkrachtPresentation
import VeerkrachtStore

/// The audit log: who created, corrected or deleted what, when and why, with the old and new values.
enum AuditPage {
    static func render(session: Session, entries: [AuditEntry], itemOrder: [String]) -> String {
        var content: [HTML] = [
            tag("h1", [:], "Auditlog"),
            tag("p", ["class": "lead"], .text("Elke invoer, correctie en verwijdering via de app, de nieuwste eerst (de laatste 500). "
                                        + "Het log kan niet worden gewijzigd.")),
        ]
        if entries.isEmpty {
            content.append(tag("p", ["class": "empty"], "Er is nog niets ingevoerd, gecorrigeerd of verwijderd."))
        } else {
            let rows = entries.map { entry in
                tag("tr", [:],
                    tag("td", [:], .text(DutchTime.shortMoment(entry.at))),
                    tag("td", [:], .text(entry.userName)),
                    tag("td", [:], what(entry)),
                    tag("td", [:], .text(entry.reason ?? "")),
                    tag("td", [:], changes(entry, itemOrder: itemOrder)))
            }
            content.append(tag("div", ["class": "table-wrap"], tag("table", [:],
                tag("thead", [:], tag("tr", [:], ["Wanneer", "Wie", "Wat", "Reden", "Waarden"].map { tag("th", ["scope": "col"], .text($0)) })),
                tag("tbody", [:], rows))))
        }
        return Layout.page("Auditlog", session: session, current: "/audit", content)
    }

    /// What an action did, in Dutch: "gecorrigeerd", "goedgekeurd", "afgesloten".
    static func verb(_ action: String) -> String {
        switch action {
        case "create": "ingevoerd"
        case "correct": "gecorrigeerd"
        case "delete": "verwijderd"
        case "approve": "goedgekeurd"
        case "reject": "afgewezen"
        case "highlight": "uitgelicht"
        case "unhighlight": "niet meer uitgelicht"
        case "add": "toegevoegd"
        case "rename": "hernoemd"
        case "merge": "samengevoegd"
        case "close": "afgesloten"
        case "reopen": "heropend"
        case "remove": "verwijderd"
        case "period": "periode gewijzigd"
        case "undo": "ongedaan gemaakt"
        default: action
        }
    }

    /// "Vragenlijst 12 gecorrigeerd", "Verhaal 3 goedgekeurd", linking to the entry while it exists;
    /// "Meting 2025-voorjaar afgesloten" and "Import 4 ongedaan gemaakt" (done on the command line) without a link.
    private static func what(_ entry: AuditEntry) -> HTML {
        let (noun, path): (String, String?) = switch entry.entity {
        case "response": ("Vragenlijst", "/invoer/")
        case "activiteit": ("Activiteit", "/activiteiten/")
        case "verhaal": ("Verhaal", "/verhalen/")
        case "batch": ("Import", nil)
        default: ("Meting", nil)
        }
        let label = entry.entity == "meting" ? metingLabel(entry) : nil
        let name = "\(noun) \(label ?? String(entry.entityID))"
        let link = path.flatMap { entry.action == "delete" ? nil : "\($0)\(entry.entityID)" }
        return .join([link.map { tag("a", ["href": $0], .text(name)) } ?? .text(name), .text(" \(verb(entry.action))")])
    }

    /// The meting's label as the line's values give it (the old one for a rename or removal).
    private static func metingLabel(_ entry: AuditEntry) -> String? {
        for json in [entry.oldValue, entry.newValue] {
            guard let json, let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
                  let label = object["label"] as? String else { continue }
            return label
        }
        return nil
    }

    /// A correction: every changed field as old → new. A creation or deletion: its values, folded away.
    private static func changes(_ entry: AuditEntry, itemOrder: [String]) -> HTML {
        let old = fields(entry.oldValue, itemOrder: itemOrder).map { readable($0, entity: entry.entity) }
        let new = fields(entry.newValue, itemOrder: itemOrder).map { readable($0, entity: entry.entity) }
        if let old, let new {
            let oldValues = Dictionary(old, uniquingKeysWith: { first, _ in first })
            let changed = new.filter { oldValues[$0.0] != $0.1 }
            guard !changed.isEmpty else { return tag("span", ["class": "muted"], "geen verschil") }
            return tag("ul", ["class": "changes"], changed.map { name, value in
                tag("li", [:], .text("\(name): "), tag("span", ["class": "old"], .text(oldValues[name] ?? "–")), " → ", .text(value))
            })
        }
        guard let values = new ?? old else { return .none }
        return tag("details", ["class": "values"],
                   tag("summary", [:], .text(new != nil ? "Ingevoerde waarden" : "Verwijderde waarden")),
                   tag("ul", ["class": "changes"], values.map { tag("li", [:], .text("\($0.0): \($0.1)")) }))
    }

    /// A verhaal's highlight as "ja" or "nee" rather than the JSON's 1 or 0.
    private static func readable(_ values: [(String, String)], entity: String) -> [(String, String)] {
        guard entity == "verhaal" else { return values }
        return values.map { name, value in name == "uitgelicht" ? (name, value == "1" || value == "true" ? "ja" : "nee") : (name, value) }
    }

    /// The values of an audit JSON object as (field, text) pairs: plain fields by name, then the
    /// answers by item in instrument order. A missing answer reads "weet niet".
    private static func fields(_ json: String?, itemOrder: [String]) -> [(String, String)]? {
        guard let json, let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] else { return nil }
        var plain: [(String, String)] = []
        var nested: [(String, String)] = []
        for (key, value) in object {
            if let inner = value as? [String: Any] {
                nested += inner.map { ($0.key, text($0.value)) }
            } else {
                plain.append((key, text(value)))
            }
        }
        let rank = Dictionary(itemOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return plain.sorted { $0.0 < $1.0 }
            + nested.sorted { (rank[$0.0] ?? Int.max, $0.0) < (rank[$1.0] ?? Int.max, $1.0) }
    }

    private static func text(_ value: Any) -> String {
        switch value {
        case is NSNull: "weet niet"
        case let number as NSNumber: number.stringValue
        case let string as String: string
        default: String(describing: value)
        }
    }
}

import VeerkrachtCore
import VeerkrachtStore

extension VerhaalForm {
    /// The story as posted: the ticked hulpbronnen joined by `|` as in a verhalen file, and the
    /// confirmation as `ja` when its box was ticked.
    init(form: FormData) {
        self.init(wijk: form.text("wijk"), datum: form.text("datum"),
                  hulpbronnen: HulpbronList.joined(form.all("hulpbronnen")),
                  titel: form.text("titel"), tekst: form.text("tekst"), bevestiging: form.text("bevestiging"))
    }

    /// A stored story as the correction form shows it; the confirmation is left unticked, so that
    /// whoever changes the text confirms it again.
    init(stored: StoredVerhaal) {
        let verhaal = stored.verhaal
        self.init(wijk: verhaal.wijk.rawValue, datum: verhaal.datum, hulpbronnen: HulpbronList.joined(verhaal.hulpbronnen),
                  titel: verhaal.titel, tekst: verhaal.tekst, bevestiging: "")
    }

    /// The ticked hulpbron ids.
    var hulpbronIDs: [String] { HulpbronList.split(hulpbronnen) }

    /// Whether the confirmation box is ticked.
    var isConfirmed: Bool { (try? VerhaalValidator.confirmation(bevestiging).get()) ?? false }
}

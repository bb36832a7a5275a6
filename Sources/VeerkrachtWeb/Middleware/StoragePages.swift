import Hummingbird
import VeerkrachtStore

extension PageError {
    /// The page for a database that cannot be used (503): what happened in plain Dutch, that a
    /// sent form was not stored (every change is one transaction, so nothing of it is kept), and
    /// that the browser's back button brings back what was typed.
    static func storage(_ fault: StorageFault, posted: Bool) -> PageError {
        let (title, cause) = switch fault {
        case .full: ("De schijf is vol", "De schijf waarop de gegevens staan is vol.")
        case .readOnly: ("Opslaan kan nu niet", "De database kan nu alleen gelezen worden, niet aangevuld of gewijzigd.")
        case .cannotOpen: ("Database niet bereikbaar", "De database kan nu niet worden geopend.")
        case .ioError: ("Fout van de schijf", "De schijf waarop de gegevens staan gaf een fout bij het lezen of schrijven.")
        }
        let outcome = posted
            ? " Wat je verstuurde is niet opgeslagen, ook niet voor een deel. Ga met de terugknop van je browser terug naar het formulier: "
                + "wat je invulde staat er dan meestal nog, zodat je het later opnieuw kunt versturen."
            : ""
        return PageError(status: .serviceUnavailable, title: title, message: cause + outcome + " Meld dit bij de beheerder van Veerkracht.")
    }
}

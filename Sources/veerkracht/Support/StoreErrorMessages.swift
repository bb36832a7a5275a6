import VeerkrachtReports
import VeerkrachtStore

/// The store's (and a report's) typed errors as the command line says them: the store's statement of the fact,
/// with what to do in terms of `veerkracht` commands and options.
enum StoreErrorMessages {
    /// The message for `error`, or nil when it is not one of the store's errors. `path` is the
    /// database the command worked on.
    static func message(for error: any Error, path: String?) -> String? {
        if let damaged = DamagedDatabase(error, path: path) { return "\(damaged) \(advice(for: damaged))." }
        if let fault = StorageFault(error) { return path.map { "\($0): \(message(for: fault))" } ?? message(for: fault) }
        switch error {
        case let error as StoreError: return message(for: error)
        case let error as MetingError: return message(for: error)
        case let error as UndoError: return message(for: error)
        case let error as AccountError: return message(for: error)
        case let error as RapportagegebiedError: return message(for: error)
        case let error as VerhaalReviewError: return message(for: error)
        case ReportError.noData: return "\(error) (see `veerkracht status`)"
        default: return nil
        }
    }

    /// What to do with a database file the store refuses.
    static func advice(for damaged: DamagedDatabase) -> String {
        switch damaged.damage {
        case .empty:
            "If your data should be in it, restore a backup with `veerkracht restore FILE`; to start a new database in it, "
                + "run `veerkracht init`; or give another database with --db PATH"
        case .truncated, .notSQLite, .corrupt:
            "Restore a backup with `veerkracht restore FILE` (the damaged file is kept next to it), or give another database with --db PATH"
        case .foreign:
            "Give the Veerkracht database with --db PATH, or start a new one in another file with `veerkracht init --db FILE`"
        }
    }

    private static func message(for fault: StorageFault) -> String {
        switch fault {
        case .full: "\(fault). Free space on that disk, then run the command again"
        case .readOnly: "\(fault). Make them writable for the account that runs veerkracht, then run the command again"
        case .cannotOpen: "\(fault)"
        case .ioError: "\(fault). Check the disk and its free space, then run `veerkracht check`"
        }
    }

    private static func message(for error: StoreError) -> String {
        switch error {
        case .noDatabase: "\(error); create it with `veerkracht init`"
        case .noInstrument: "\(error); run `veerkracht init` first"
        case .unknownInstrument: "\(error); add it with `veerkracht surveys add FILE`"
        case .duplicateThema: "\(error) (see `veerkracht themas list`)"
        default: "\(error)"
        }
    }

    private static func message(for error: RapportagegebiedError) -> String {
        switch error {
        case .duplicateName, .unknown: "\(error) (see `veerkracht rapportagegebieden list`)"
        case .alreadyGrouped(_, let group): "\(error); remove that group first with `veerkracht rapportagegebieden remove '\(group)'`"
        case .unknownWijk: "\(error) (see `veerkracht status`, or import the gebieden with `veerkracht import gebieden`)"
        default: "\(error)"
        }
    }

    private static func message(for error: VerhaalReviewError) -> String {
        switch error {
        case .notFound: "\(error) (see `veerkracht verhalen list`)"
        case .noteRequired: "\(error): add --note TEXT"
        case .notApplicable: "\(error) (see `veerkracht verhalen show ID`)"
        }
    }

    private static func message(for error: MetingError) -> String {
        switch error {
        case .exists: "\(error); to combine two metingen use `veerkracht metingen merge`"
        case .notEmpty: "\(error) (undo its imports with `veerkracht import undo`, or merge it into another)"
        case .closed(let label): "\(error); reopen it first with `veerkracht metingen reopen '\(label)'`"
        default: "\(error)"
        }
    }

    private static func message(for error: UndoError) -> String {
        switch error {
        case .unknown: "\(error) (see `veerkracht import list`)"
        case .closedMeting(_, let meting): "\(error); reopen it first with `veerkracht metingen reopen '\(meting)'`"
        default: "\(error)"
        }
    }

    private static func message(for error: AccountError) -> String {
        switch error {
        case .gemeenteRequired: "a gemeente account needs --gemeente GMxxxx"
        default: "\(error)"
        }
    }
}

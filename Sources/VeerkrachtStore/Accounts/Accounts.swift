import Foundation
import GRDB
import HummingbirdBcrypt
import VeerkrachtCore

extension Store {
    /// Minimum password length.
    public static let minimumPasswordLength = 10
    /// bcrypt cost: 2^10 rounds, ~0.1 s per check on this kind of machine.
    static let bcryptCost: UInt8 = 10

    /// Adds an account. A `.gemeente` account needs its gemeente; other roles must not have one.
    @discardableResult
    public func addUser(name: String, role: Role, gemeente: GemeenteCode?, password: String) throws -> User {
        let name = try Self.validUserName(name)
        guard (role == .gemeente) == (gemeente != nil) else {
            throw role == .gemeente ? AccountError.gemeenteRequired : AccountError.gemeenteNotAllowed
        }
        let hash = try Self.hash(password)
        return try database.write { db in
            guard try Self.userRow(db, name: name) == nil else { throw AccountError.exists(name) }
            if let gemeente { try GemeenteRecord(code: gemeente.rawValue).insert(db, onConflict: .ignore) }
            var record = UserRecord(name: name, role: role.rawValue, gemeente: gemeente?.rawValue, passwordHash: hash, disabled: false,
                                    createdAt: Timestamp.now())
            try record.insert(db)
            return record.user
        }
    }

    /// Every account, by name.
    public func users() throws -> [User] {
        try database.read { db in try UserRecord.order(UserRecord.Columns.name).fetchAll(db).map(\.user) }
    }

    /// Disables or enables an account; disabling ends its sessions.
    public func setUserDisabled(_ name: String, _ disabled: Bool) throws {
        try database.write { db in
            let id = try Self.existingUserID(db, name: name)
            try UserRecord.filter(key: id).updateAll(db, UserRecord.Columns.disabled.set(to: disabled))
            if disabled { try SessionRecord.filter(SessionRecord.Columns.userID == id).deleteAll(db) }
        }
    }

    /// Sets a new password, lifts a lock and ends the account's sessions.
    public func resetPassword(_ name: String, password: String) throws {
        let hash = try Self.hash(password)
        try database.write { db in
            let id = try Self.existingUserID(db, name: name)
            try UserRecord.filter(key: id).updateAll(db, UserRecord.Columns.passwordHash.set(to: hash))
            try SessionRecord.filter(SessionRecord.Columns.userID == id).deleteAll(db)
            try LoginThrottle.forget(db, name: name)
        }
    }

    /// Checks a name and password from `client` (the address the attempt came from, nil when unknown).
    /// `maximumFailures` failures for one name within `lockDuration` lock that name, and
    /// `maximumClientFailures` failures from one client lock that client, for `lockDuration`: even
    /// the right password is then refused. Unknown names are counted, locked and timed like real
    /// ones, so no answer tells whether a name has an account.
    public func login(name: String, password: String, client: String?, now: Date = Date()) throws -> LoginResult {
        let throttle = LoginThrottle(name: name, client: client)
        if let until = try database.write({ db in try throttle.admit(db, now: now) }) { return .locked(until: until) }
        let account = try database.read { db in try Self.userRow(db, name: name) }
        // An unknown name is checked against a dummy hash: the same bcrypt time as a real check.
        let matches = Bcrypt.verify(password, hash: account?.passwordHash ?? Self.dummyHash)
        if let account, matches, !account.disabled {
            try database.write { db in try throttle.succeeded(db) }
            return .success(account.user)
        }
        return try database.read { db in try throttle.lockedUntil(db, now: now) }.map { .locked(until: $0) } ?? .refused
    }

    // MARK: Helpers

    private static func userRow(_ db: Database, name: String) throws -> UserRecord? {
        try UserRecord.filter(UserRecord.Columns.name == name).fetchOne(db)
    }

    private static func existingUserID(_ db: Database, name: String) throws -> Int64 {
        guard let record = try userRow(db, name: name) else { throw AccountError.unknown(name) }
        return record.id!
    }

    private static func validUserName(_ name: String) throws -> String {
        switch FieldParsing.label(name, maximum: 64) {
        case .success(let valid) where !valid.contains(" "): return valid
        case .success: throw AccountError.nameWithSpaces
        case .failure(let problem): throw AccountError.invalidName(problem)
        }
    }

    private static func hash(_ password: String) throws -> String {
        guard password.count >= minimumPasswordLength else {
            throw AccountError.passwordTooShort(minimum: minimumPasswordLength)
        }
        return Bcrypt.hash(password, cost: bcryptCost)
    }

    private static let dummyHash = Bcrypt.hash("not a password of anyone", cost: bcryptCost)
}

/// A refused account operation. The description states the fact; the command line says it in its
/// own terms where they differ.
public enum AccountError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A `.gemeente` account was given no gemeente.
    case gemeenteRequired
    /// An account of another role was given a gemeente.
    case gemeenteNotAllowed
    case exists(String)
    case unknown(String)
    case nameWithSpaces
    case invalidName(FieldProblem)
    case passwordTooShort(minimum: Int)

    public var description: String {
        switch self {
        case .gemeenteRequired: "a gemeente account needs its gemeente"
        case .gemeenteNotAllowed: "only gemeente accounts belong to a gemeente"
        case .exists(let name): "there is already an account '\(name)'"
        case .unknown(let name): "there is no account '\(name)'"
        case .nameWithSpaces: "an account name has no spaces"
        case .invalidName(let problem): "account name: \(problem)"
        case .passwordTooShort(let minimum): "a password needs at least \(minimum) characters"
        }
    }
}

import Foundation
import GRDB

extension Store {
    /// How long a lock lasts, and the window in which failures are counted.
    public static let lockDuration: TimeInterval = 15 * 60
    /// Failures within `lockDuration` that lock a name, whether or not it has an account.
    public static let maximumFailures = 5
    /// Failures within `lockDuration` that lock a client address, over all names it tried.
    public static let maximumClientFailures = 20
}

/// Counts failed logins per attempted name (also names without an account, so a lock does not tell
/// whether a name exists) and per client address (so trying many names from one place is slowed too).
///
/// An attempt is counted before its password is checked, so parallel attempts cannot slip past a
/// limit; a successful one is taken back. Counts older than `Store.lockDuration` are forgotten.
///
/// ```swift
/// let throttle = LoginThrottle(name: "fatima", client: "203.0.113.7")
/// if let until = try throttle.admit(db, now: now) { … locked until `until` … }
/// ```
struct LoginThrottle {
    /// One counter: a name (compared ignoring case, as account names are) or a client address.
    private struct Key {
        let kind: String
        let key: String
        let limit: Int
    }

    private let keys: [Key]

    /// The counters of an attempt for `name` from `client` (nil when the address is unknown).
    init(name: String, client: String?) {
        keys = [Key(kind: "name", key: name, limit: Store.maximumFailures)]
            + (client.map { [Key(kind: "client", key: $0, limit: Store.maximumClientFailures)] } ?? [])
    }

    /// Counts the attempt, unless a counter is locked: then returns when the latest lock ends (ISO 8601).
    /// A counter that reaches its limit with this attempt is locked; `succeeded` lifts that again.
    func admit(_ db: Database, now: Date) throws -> String? {
        let time = Timestamp.string(now), windowStart = Timestamp.string(now.addingTimeInterval(-Store.lockDuration))
        try db.execute(sql: "DELETE FROM login_throttle WHERE since <= ? AND (locked_until IS NULL OR locked_until <= ?)",
                       arguments: [windowStart, time])
        if let until = try lockedUntil(db, now: now) { return until }
        let lock = Timestamp.string(now.addingTimeInterval(Store.lockDuration))
        for key in keys {
            try db.execute(sql: """
                INSERT INTO login_throttle (kind, key, failures, since) VALUES (?, ?, 1, ?)
                ON CONFLICT (kind, key) DO UPDATE SET failures = failures + 1
                """, arguments: [key.kind, key.key, time])
            try db.execute(sql: "UPDATE login_throttle SET locked_until = ? WHERE kind = ? AND key = ? AND failures >= ?",
                           arguments: [lock, key.kind, key.key, key.limit])
        }
        return nil
    }

    /// Takes back an attempt that succeeded: the name's count starts again, the client's loses one.
    func succeeded(_ db: Database) throws {
        for key in keys {
            if key.kind == "name" {
                try db.execute(sql: "DELETE FROM login_throttle WHERE kind = 'name' AND key = ?", arguments: [key.key])
            } else {
                try db.execute(sql: """
                    UPDATE login_throttle SET failures = failures - 1,
                        locked_until = CASE WHEN failures - 1 < ? THEN NULL ELSE locked_until END
                    WHERE kind = ? AND key = ?
                    """, arguments: [key.limit, key.kind, key.key])
            }
        }
    }

    /// When the latest lock on these counters ends, if one holds at `now`.
    func lockedUntil(_ db: Database, now: Date) throws -> String? {
        var latest: String?
        for key in keys {
            let until = try String.fetchOne(db, sql: "SELECT locked_until FROM login_throttle WHERE kind = ? AND key = ? AND locked_until > ?",
                                            arguments: [key.kind, key.key, Timestamp.string(now)])
            latest = [latest, until].compactMap { $0 }.max()
        }
        return latest
    }

    /// Forgets the failures of `name` (a password reset lifts its lock).
    static func forget(_ db: Database, name: String) throws {
        try db.execute(sql: "DELETE FROM login_throttle WHERE kind = 'name' AND key = ?", arguments: [name])
    }
}

import Foundation
import GRDB

extension Store {
    /// How long a session lasts without logging in again.
    public static let sessionLifetime: TimeInterval = 8 * 60 * 60

    /// Starts a session for `user` with fresh random tokens (a new id at every login: no fixation).
    public func startSession(for user: User, now: Date = Date()) throws -> Session {
        let session = Session(token: Self.randomToken(), csrf: Self.randomToken(), user: user,
                              expires: Timestamp.string(now.addingTimeInterval(Self.sessionLifetime)))
        try database.write { db in
            try SessionRecord.filter(SessionRecord.Columns.expiresAt <= Timestamp.string(now)).deleteAll(db)
            try SessionRecord(token: session.token, userID: user.id, csrf: session.csrf, createdAt: Timestamp.string(now),
                              expiresAt: session.expires).insert(db)
        }
        return session
    }

    /// The live session with this token; nil when unknown, expired or its account is disabled.
    public func session(token: String, now: Date = Date()) throws -> Session? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.token, s.csrf, s.expires_at, u.* FROM session s JOIN user u ON u.id = s.user_id
                WHERE s.token = ? AND s.expires_at > ? AND u.disabled = 0
                """, arguments: [token, Timestamp.string(now)]) else { return nil }
            return Session(token: row["token"], csrf: row["csrf"], user: try UserRecord(row: row).user, expires: row["expires_at"])
        }
    }

    /// Ends a session (logout).
    public func endSession(token: String) throws {
        try database.write { db in _ = try SessionRecord.deleteOne(db, key: token) }
    }

    /// 256 random bits as hex.
    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}

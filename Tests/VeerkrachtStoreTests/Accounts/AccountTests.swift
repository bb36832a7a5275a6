import Foundation
import GRDB
import VeerkrachtCore
@testable import VeerkrachtStore
import XCTest

final class AccountTests: XCTestCase {
    private let password = "een lang wachtwoord"

    func testAddLoginAndRoles() throws {
        let store = try Fixtures.store()
        let fatima = try store.addUser(name: "fatima", role: .veldwerker, gemeente: nil, password: password)
        XCTAssertEqual(try store.login(name: "fatima", password: password, client: nil), .success(fatima))
        XCTAssertEqual(try store.login(name: "FATIMA", password: password, client: nil), .success(fatima), "names ignore case")
        XCTAssertEqual(try store.login(name: "fatima", password: "verkeerd wachtwoord", client: nil), .refused)
        XCTAssertEqual(try store.login(name: "niemand", password: password, client: nil), .refused)
        XCTAssertThrowsError(try store.addUser(name: "gm", role: .gemeente, gemeente: nil, password: password))
        XCTAssertThrowsError(try store.addUser(name: "kort", role: .analist, gemeente: nil, password: "kort"))
        XCTAssertThrowsError(try store.addUser(name: "Fatima", role: .analist, gemeente: nil, password: password), "names are unique")
        let gemeente = try store.addUser(name: "eindhoven", role: .gemeente, gemeente: GemeenteCode("GM0772"), password: password)
        XCTAssertEqual(gemeente.gemeente, GemeenteCode("GM0772"))
        let hash = try store.database.read { db in try String.fetchOne(db, sql: "SELECT password_hash FROM user WHERE name = 'fatima'")! }
        XCTAssertTrue(hash.hasPrefix("$2"), "bcrypt, never the password itself")
        XCTAssertFalse(hash.contains(password))
    }

    func testLockAfterRepeatedFailures() throws {
        let store = try Fixtures.store()
        try store.addUser(name: "sem", role: .analist, gemeente: nil, password: password)
        let now = Date()
        for _ in 1..<Store.maximumFailures { XCTAssertEqual(try store.login(name: "sem", password: "fout fout fout", client: nil, now: now), .refused) }
        guard case .locked = try store.login(name: "SEM", password: "fout fout fout", client: nil, now: now) else { return XCTFail("locked, in any case") }
        guard case .locked = try store.login(name: "sem", password: password, client: nil, now: now) else { return XCTFail("still locked for the right password") }
        XCTAssertEqual(try store.login(name: "sem", password: password, client: nil, now: now.addingTimeInterval(Store.lockDuration + 1)).isSuccess, true)
        try store.resetPassword("sem", password: password)
        XCTAssertEqual(try store.login(name: "sem", password: password, client: nil, now: now).isSuccess, true, "a reset lifts the lock")
    }

    func testTheRightPasswordAtTheLastAttemptStillWorksAndStartsTheCountAgain() throws {
        let store = try Fixtures.store()
        try store.addUser(name: "sem", role: .analist, gemeente: nil, password: password)
        let now = Date()
        for _ in 1..<Store.maximumFailures { _ = try store.login(name: "sem", password: "fout fout fout", client: nil, now: now) }
        XCTAssertEqual(try store.login(name: "sem", password: password, client: nil, now: now).isSuccess, true)
        XCTAssertEqual(try store.login(name: "sem", password: "fout fout fout", client: nil, now: now), .refused, "counting starts again")
    }

    func testUnknownNamesLockLikeAccountsAndFailuresAreForgottenAfterAQuarter() throws {
        let store = try Fixtures.store()
        let now = Date()
        for _ in 1..<Store.maximumFailures { XCTAssertEqual(try store.login(name: "niemand", password: password, client: nil, now: now), .refused) }
        XCTAssertEqual(try store.login(name: "niemand", password: password, client: nil, now: now),
                       .locked(until: ISO8601DateFormatter().string(from: now.addingTimeInterval(Store.lockDuration))))
        let later = now.addingTimeInterval(Store.lockDuration + 1)
        XCTAssertEqual(try store.login(name: "niemand", password: password, client: nil, now: later), .refused, "the lock ended")
        for _ in 2..<Store.maximumFailures { _ = try store.login(name: "niemand", password: password, client: nil, now: later) }
        XCTAssertEqual(try store.login(name: "niemand", password: password, client: nil, now: later.addingTimeInterval(Store.lockDuration + 1)),
                       .refused, "four failures a quarter ago do not count any more")
    }

    func testOneClientTryingManyNamesIsLocked() throws {
        let store = try Fixtures.store()
        try store.addUser(name: "sem", role: .analist, gemeente: nil, password: password)
        let now = Date()
        for attempt in 1..<Store.maximumClientFailures {
            XCTAssertEqual(try store.login(name: "naam\(attempt)", password: password, client: "203.0.113.7", now: now), .refused)
        }
        guard case .locked = try store.login(name: "naam0", password: password, client: "203.0.113.7", now: now) else { return XCTFail("client locked") }
        guard case .locked = try store.login(name: "sem", password: password, client: "203.0.113.7", now: now) else {
            return XCTFail("locked for every name from that client")
        }
        XCTAssertEqual(try store.login(name: "sem", password: password, client: "198.51.100.2", now: now).isSuccess, true, "other clients are not")
    }

    func testSuccessfulLoginsDoNotCountAgainstTheClient() throws {
        let store = try Fixtures.store()
        try store.addUser(name: "sem", role: .analist, gemeente: nil, password: password)
        let now = Date()
        for _ in 0...Store.maximumClientFailures { XCTAssertEqual(try store.login(name: "sem", password: password, client: "203.0.113.7", now: now).isSuccess, true) }
    }

    func testSessionsExpireAndEndAndDisablingEndsThem() throws {
        let store = try Fixtures.store()
        let user = try store.addUser(name: "noor", role: .analist, gemeente: nil, password: password)
        let now = Date()
        let first = try store.startSession(for: user, now: now)
        let second = try store.startSession(for: user, now: now)
        XCTAssertNotEqual(first.token, second.token, "a new token at every login")
        XCTAssertEqual(first.token.count, 64)
        XCTAssertEqual(try store.session(token: first.token, now: now)?.user, user)
        XCTAssertNil(try store.session(token: first.token, now: now.addingTimeInterval(Store.sessionLifetime + 1)), "expired")
        try store.endSession(token: first.token)
        XCTAssertNil(try store.session(token: first.token, now: now), "logged out")
        try store.setUserDisabled("noor", true)
        XCTAssertNil(try store.session(token: second.token, now: now), "disabling ends sessions")
        XCTAssertEqual(try store.login(name: "noor", password: password, client: nil), .refused)
    }
}

extension LoginResult {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}

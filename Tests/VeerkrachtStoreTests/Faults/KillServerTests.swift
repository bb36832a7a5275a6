import Foundation
import GRDB
@testable import VeerkrachtStore
import FuzzSupport
import TestSupport
import XCTest

/// Crash safety of the web app (issue 6): `veerkracht serve` on a database file, 4 veldwerkers
/// logged in and sending questionnaires at the same time over loopback, and the server killed with
/// SIGKILL at a random moment (0.3–2 s into the load, so kills land in reads, writes and commits).
/// 5 rounds in a row on the same database; after each kill:
///
/// - `PRAGMA integrity_check` is ok and `veerkracht check` exits 0 (cells agree with responses);
/// - every questionnaire that got its 303 before the kill is stored, under the id it was given;
/// - no entry is stored in part: each response entered through the form has exactly one `create`
///   line in the audit log and one batch, and there is no audit line without its response
///   (`StoreAudit` checks answers, scores and cells);
/// - the server starts again on the same database, serves, and takes a new questionnaire.
///
/// Needs `.build/debug/veerkracht` (`swift build`); skipped with a message otherwise.
final class KillServerTests: FolderTestCase {
    private static let password = "een lang wachtwoord"
    private static let veldwerkers = ["vw1", "vw2", "vw3", "vw4"]

    func testKilledServerKeepsEveryConfirmedEntryAndNoHalfOne() throws {
        let tool = try CommandLineTool.built()
        let started = Date()
        let database = folder.appendingPathComponent("serve.sqlite")
        XCTAssertEqual(try tool.run(["init", "--db", database.path]).status, 0)
        XCTAssertEqual(try tool.run(["metingen", "add", "2026-najaar", "--db", database.path]).status, 0)
        for name in Self.veldwerkers {
            let added = try tool.run(["users", "add", name, "--role", "veldwerker", "--db", database.path], input: Self.password + "\n")
            XCTAssertEqual(added.status, 0, added.errors)
        }
        var random = FuzzRandom(seed: FuzzSettings.seed, stream: 0x5E4E, case: 0)
        var confirmed: [String: Int64] = [:]
        for round in 1...5 {
            let server = try Server(tool, database: database, log: folder.appendingPathComponent("serve-\(round).log"))
            let sessions = try Self.veldwerkers.map { try server.login($0, password: Self.password) }
            let delay = Double(random.int(300...2000)) / 1000
            let outcome = Load.run(server: server, sessions: sessions, prefix: "k\(round)", killAfter: delay)
            XCTAssertEqual(outcome.unexpected, [], "round \(round): answers other than 303 while the server ran")
            XCTAssertGreaterThan(outcome.confirmed.count, 0, "round \(round): no questionnaire was confirmed before the kill")
            confirmed.merge(outcome.confirmed) { first, _ in first }
            let stored = try checkDatabase(database, confirmed: confirmed, round: round, tool: tool)
            print("KillServer round \(round): killed after \(Int(delay * 1000)) ms, \(outcome.cutOff) requests cut off; "
                + "\(outcome.confirmed.count) confirmed, \(stored) entries stored in all")
        }

        let server = try Server(tool, database: database, log: folder.appendingPathComponent("serve-last.log"))
        let session = try server.login("vw1", password: Self.password)
        let answer = try session.submit("na-de-kills")
        XCTAssertEqual(answer.status, 303, "the restarted server takes a questionnaire: \(answer.body.prefix(300))")
        server.stop()
        XCTAssertEqual(try tool.run(["check", "--db", database.path]).status, 0)
        print("KillServer: done in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    /// The checks after a kill; returns the number of entries stored.
    private func checkDatabase(_ database: URL, confirmed: [String: Int64], round: Int, tool: CommandLineTool) throws -> Int {
        let queue = try DatabaseQueue(path: database.path)
        let (stored, problems) = try queue.read { db -> (Int, [String]) in
            var problems = try StoreAudit.problems(db, instrument: try Store.instrument(db).instrument)
            let entries = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT respondent, id FROM response WHERE entered_by IS NOT NULL")
                .map { ($0["respondent"] as String, $0["id"] as Int64) })
            for (respondent, id) in confirmed where entries[respondent] != id {
                problems.append("confirmed \(respondent) (id \(id)) is stored as \(entries[respondent].map(String.init) ?? "nothing")")
            }
            let unaudited = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM response r WHERE r.entered_by IS NOT NULL
                AND (SELECT count(*) FROM audit a WHERE a.entity = 'response' AND a.action = 'create' AND a.entity_id = r.id) != 1
                """)!
            if unaudited > 0 { problems.append("\(unaudited) entries without exactly one audit line") }
            let orphans = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM audit a WHERE a.entity = 'response' AND NOT EXISTS (SELECT 1 FROM response r WHERE r.id = a.entity_id)
                """)!
            if orphans > 0 { problems.append("\(orphans) audit lines without their response") }
            let batches = try Int.fetchOne(db, sql: "SELECT count(*) FROM batch WHERE source LIKE 'formulier%' AND rows = 1")!
            if batches != entries.count { problems.append("\(entries.count) entries but \(batches) form batches") }
            return (entries.count, problems)
        }
        try queue.close()
        XCTAssertEqual(problems, [], "round \(round): \(problems.joined(separator: "\n"))")
        let check = try tool.run(["check", "--db", database.path])
        XCTAssertEqual(check.status, 0, "round \(round): veerkracht check: \(check.output)\(check.errors)")
        return stored
    }
}

/// `veerkracht serve` on a free loopback port.
private final class Server: @unchecked Sendable {
    let process: Process
    let port: Int

    /// Starts the server and waits (at most 30 s) until `/health` answers.
    init(_ tool: CommandLineTool, database: URL, log: URL) throws {
        port = try LoopbackHTTP.freePort()
        process = try tool.start(["serve", "--db", database.path, "--port", "\(port)"], log: log)
        let deadline = Date().addingTimeInterval(30)
        while (try? LoopbackHTTP.get(port: port, "/health").status) != 200 {
            guard process.isRunning, Date() < deadline else {
                throw LoopbackHTTP.Failure(description: "serve did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Logs in and reads the session's CSRF token from the questionnaire form.
    func login(_ name: String, password: String) throws -> FormSession {
        let answer = try LoopbackHTTP.post(port: port, "/login", [("gebruiker", name), ("wachtwoord", password)])
        guard answer.status == 303, let cookie = answer.headers["set-cookie"]?.split(separator: ";").first.map(String.init) else {
            throw LoopbackHTTP.Failure(description: "login of \(name): \(answer.status)")
        }
        let form = try LoopbackHTTP.get(port: port, "/invoer", cookie: cookie).body
        guard let field = form.range(of: "name=\"csrf\""),
              let tagStart = form.range(of: "<input", options: .backwards, range: form.startIndex..<field.lowerBound),
              let tagEnd = form.range(of: ">", range: field.upperBound..<form.endIndex),
              let value = form[tagStart.upperBound..<tagEnd.lowerBound].range(of: #"value="[0-9a-f]+""#, options: .regularExpression)
        else { throw LoopbackHTTP.Failure(description: "no csrf field in the form of \(name)") }
        return FormSession(port: port, cookie: cookie, csrf: String(form[value].dropFirst(7).dropLast()))
    }

    /// SIGKILL: no clean-up at all, as by the OOM killer.
    func crash() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM: a normal stop.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// A logged-in veldwerker.
private struct FormSession: Sendable {
    let port: Int
    let cookie: String
    let csrf: String

    /// Sends a complete, valid questionnaire for `respondent`.
    func submit(_ respondent: String) throws -> LoopbackHTTP.Answer {
        var fields = [("respondent", respondent), ("wijk", "WK077201"), ("meting", "2026-najaar"), ("datum", "2026-10-14"), ("csrf", csrf)]
        for item in Fixtures.instrument.items {
            fields.append((item.id, item.id.hasPrefix("svt") ? "\(respondent.count % 11)" : item.id == "sr4" ? "3" : "\(1 + respondent.count % 5)"))
        }
        return try LoopbackHTTP.post(port: port, "/invoer", fields, cookie: cookie)
    }
}

/// Each session sending questionnaires one after another on a thread of its own until the
/// server is killed.
private enum Load {
    struct Outcome {
        /// Respondent → the id in the 303's `Location`.
        var confirmed: [String: Int64] = [:]
        /// Answers other than 303 (while the server ran).
        var unexpected: [String] = []
        /// Requests without a complete answer: cut off by the kill, or refused after it (one per session).
        var cutOff = 0
    }

    static func run(server: Server, sessions: [FormSession], prefix: String, killAfter delay: Double) -> Outcome {
        let tally = Tally()
        let group = DispatchGroup()
        for (index, session) in sessions.enumerated() {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for number in 1... {
                    let respondent = "\(prefix)-\(index)-\(number)"
                    do {
                        let answer = try session.submit(respondent)
                        let id = answer.headers["location"].flatMap { Int64($0.dropFirst("/invoer/".count).prefix { $0.isNumber }) }
                        tally.update {
                            if answer.status == 303, let id { $0.confirmed[respondent] = id } else { $0.unexpected.append("\(respondent): \(answer.status)") }
                        }
                    } catch {
                        tally.update { $0.cutOff += 1 }
                        return
                    }
                }
            }
        }
        Thread.sleep(forTimeInterval: delay)
        server.crash()
        group.wait()
        return tally.update { $0 }
    }

    /// The outcome, shared by the sessions' threads.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var outcome = Outcome()

        func update<T>(_ change: (inout Outcome) -> T) -> T { lock.withLock { change(&outcome) } }
    }
}

import Foundation
import TestSupport
import XCTest

/// The built tool on a database it cannot write (issue 6): "a clear error, nothing half-written".
/// Each case starts from `init` plus 200 responses and then imports 4,000 more (or starts
/// `serve`); the command must exit with status 1 and a message in plain words (no SQL, no
/// SQLite codes), and the database must hold exactly what it held before, pass `veerkracht check`
/// and take the same file once the cause is gone.
///
/// - read-only file, read-only folder, unreadable file: chmod, with the tool running as an account
///   that chmod stops (`Unprivileged`: as `nobody` when the tests run as root);
/// - full disk: a 2 MiB tmpfs mounted in a user and mount namespace of its own (`unshare -rm`, no
///   root needed where the kernel allows user namespaces; skipped with the reason elsewhere);
/// - write error: a file size limit (`ulimit -f`, SIGXFSZ ignored), so writing the WAL fails
///   with EFBIG as it would on a failing disk; this works for root too.
///
/// Needs `.build/debug/veerkracht` (`swift build`); skipped with a message otherwise.
final class StorageFaultCommandTests: FolderTestCase {
    override func tearDownWithError() throws {
        makeWritable()
        try super.tearDownWithError()
    }

    // MARK: Read-only

    func testReadOnlyFileRefusesImport() throws {
        try refusedImport(expecting: "the database cannot be written") { database in
            chmod(database.path, 0o444)
        }
    }

    func testReadOnlyFolderRefusesImport() throws {
        try refusedImport(expecting: "the database cannot be written") { _ in
            chmod(self.folder.appendingPathComponent("data").path, 0o555)
        }
    }

    func testUnreadableFileIsReported() throws {
        try refusedImport(expecting: "the database cannot be opened") { database in
            chmod(database.path, 0o200)
        }
    }

    func testServeOnReadOnlyDatabaseStopsAtOnce() throws {
        let tool = try CommandLineTool.built()
        let (database, _) = try prepare(tool)
        let before = try FaultFixtures.content(ofFile: database.path)
        let user = try Unprivileged(tool, folder: folder)
        chmod(database.path, 0o444)
        let serve = try user.run(["serve", "--db", database.path, "--port", "0"], timeLimit: 30)
        XCTAssertEqual(serve.status, 1, serve.errors)
        XCTAssertTrue(serve.errors.contains("the database cannot be written"), serve.errors)
        try assertUnchanged(database, before: before, tool: tool)
    }

    // MARK: Full disk and write errors

    func testDiskFullDuringLargeImport() throws {
        let tool = try CommandLineTool.built()
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let probe = try CommandLineTool.run(["/usr/bin/unshare", "-rm", "/bin/sh", "-c", "mount -t tmpfs -o size=64k probe \"$0\"", disk.path])
        guard probe.status == 0 else {
            throw XCTSkip("cannot mount a small tmpfs in a user namespace here (\(probe.errors.trimmingCharacters(in: .whitespacesAndNewlines)))")
        }
        let small = try write(FaultFixtures.responses(200, meting: "2025-voorjaar", seed: 1), "small.csv")
        let large = try write(FaultFixtures.responses(4_000, meting: "2026-voorjaar", seed: 2), "large.csv")
        // Everything on the small disk happens in one namespace (the mount ends with it); the
        // database is copied out before and after with `backup`.
        let script = """
            set -e
            mount -t tmpfs -o size=2m veerkracht-test "$DISK"
            "$TOOL" init --db "$DISK/v.sqlite"
            "$TOOL" import responses "$SMALL" --db "$DISK/v.sqlite"
            "$TOOL" backup --db "$DISK/v.sqlite" --out "$OUT/before.sqlite"
            set +e
            "$TOOL" import responses "$LARGE" --db "$DISK/v.sqlite" 2> "$OUT/import.log"
            echo $? > "$OUT/import.status"
            df -k "$DISK" > "$OUT/df.log"
            "$TOOL" check --db "$DISK/v.sqlite" > "$OUT/check.log" 2>&1
            echo $? > "$OUT/check.status"
            set -e
            "$TOOL" backup --db "$DISK/v.sqlite" --out "$OUT/after.sqlite"
            """
        let environment = ["DISK": disk.path, "TOOL": tool.binary.path, "SMALL": small.path, "LARGE": large.path, "OUT": folder.path]
        let run = try CommandLineTool.run(["/usr/bin/env"] + environment.map { "\($0)=\($1)" } + ["/usr/bin/unshare", "-rm", "/bin/sh", "-c", script])
        XCTAssertEqual(run.status, 0, "the disk-full script failed: \(run.errors)")
        let text = { (name: String) in (try? String(contentsOf: self.folder.appendingPathComponent(name), encoding: .utf8)) ?? "" }
        let log = text("import.log")
        print("StorageFaultCommand disk full: \(log.trimmingCharacters(in: .whitespacesAndNewlines)) | \(text("df.log").split(separator: "\n").last ?? "")")
        XCTAssertEqual(text("import.status").trimmingCharacters(in: .whitespacesAndNewlines), "1", log)
        XCTAssertTrue(log.contains("the disk that holds the database is full, so nothing was changed"), log)
        XCTAssertFalse(log.contains("SQLite error") || log.contains("INSERT"), "internals in the message: \(log)")
        XCTAssertEqual(text("check.status").trimmingCharacters(in: .whitespacesAndNewlines), "0", text("check.log"))
        let before = try FaultFixtures.content(ofFile: folder.appendingPathComponent("before.sqlite").path)
        XCTAssertEqual(try FaultFixtures.content(ofFile: folder.appendingPathComponent("after.sqlite").path), before,
                       "the import that filled the disk left something behind")
        XCTAssertEqual(try tool.run(["import", "responses", large.path, "--db", folder.appendingPathComponent("after.sqlite").path]).status, 0,
                       "with room, the same file goes in")
    }

    func testWriteErrorDuringLargeImport() throws {
        let tool = try CommandLineTool.built()
        let (database, large) = try prepare(tool)
        let before = try FaultFixtures.content(ofFile: database.path)
        // 512 KiB per file (dash counts 512-byte blocks): the database holds less, the import's WAL needs more.
        let limited = try CommandLineTool.run(["/bin/sh", "-c", "trap '' XFSZ; ulimit -f 1024; exec \"$@\"", "sh",
                                               tool.binary.path, "import", "responses", large.path, "--db", database.path])
        XCTAssertEqual(limited.status, 1, limited.errors)
        XCTAssertTrue(limited.errors.contains("the disk reported an error while reading or writing the database, so nothing was changed"),
                      limited.errors)
        try assertUnchanged(database, before: before, tool: tool)
        XCTAssertEqual(try tool.run(["import", "responses", large.path, "--db", database.path]).status, 0, "without the limit the file goes in")
    }

    // MARK: Steps

    /// A database in `data/` with 200 responses, and a file of 4,000 more.
    private func prepare(_ tool: CommandLineTool) throws -> (database: URL, large: URL) {
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let database = data.appendingPathComponent("veerkracht.sqlite")
        let small = try write(FaultFixtures.responses(200, meting: "2025-voorjaar", seed: 1), "small.csv")
        let large = try write(FaultFixtures.responses(4_000, meting: "2026-voorjaar", seed: 2), "large.csv")
        for arguments in [["init"], ["import", "responses", small.path]] {
            let outcome = try tool.run(arguments + ["--db", database.path])
            XCTAssertEqual(outcome.status, 0, "\(arguments): \(outcome.errors)")
        }
        return (database, large)
    }

    /// `prepare`, then `breakIt` on the database as an account that file permissions apply to,
    /// then an import that must be refused with `expecting` in its message; then the permissions
    /// are made right again and the same import must go in.
    private func refusedImport(expecting message: String, _ breakIt: (URL) -> Void) throws {
        let tool = try CommandLineTool.built()
        let (database, large) = try prepare(tool)
        let before = try FaultFixtures.content(ofFile: database.path)
        let user = try Unprivileged(tool, folder: folder)
        breakIt(database)
        let refused = try user.run(["import", "responses", large.path, "--db", database.path])
        XCTAssertEqual(refused.status, 1, refused.errors)
        XCTAssertTrue(refused.errors.contains(message), refused.errors)
        XCTAssertFalse(refused.errors.contains("SQLite error") || refused.errors.contains("INSERT"), "internals in the message: \(refused.errors)")
        try assertUnchanged(database, before: before, tool: tool)
        let again = try user.run(["import", "responses", large.path, "--db", database.path])
        XCTAssertEqual(again.status, 0, "once the database and its folder are writable again, the same file goes in: \(again.errors)")
    }

    /// After the permissions are made right (as the message says): the same content as `before`
    /// and `veerkracht check` passes.
    private func assertUnchanged(_ database: URL, before: String, tool: CommandLineTool) throws {
        makeWritable()
        XCTAssertEqual(try FaultFixtures.content(ofFile: database.path), before, "the refused command changed the database")
        let check = try tool.run(["check", "--db", database.path])
        XCTAssertEqual(check.status, 0, check.output + check.errors)
    }

    /// The folder, the database and its -wal and -shm files writable (and readable) again.
    private func makeWritable() {
        let paths = [folder.path] + (FileManager.default.subpaths(atPath: folder.path) ?? []).map { folder.appendingPathComponent($0).path }
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            chmod(path, (status.st_mode & 0o7777) | ((status.st_mode & S_IFMT) == S_IFDIR ? 0o755 : 0o644))
        }
    }
}

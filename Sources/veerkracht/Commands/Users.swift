import ArgumentParser
import Foundation
import VeerkrachtCore
import VeerkrachtStore

struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the accounts of the web app.",
        discussion: """
            Roles: veldwerker (enters questionnaires and activities, sees only their own \
            entries), analist (sees everything, reports, exports and the audit log) and \
            gemeente (sees only the reports of their own gemeente). Passwords are read from \
            standard input (the first line), never from the command line.

            Example:
              printf '%s\\n' 'een lang wachtwoord' | veerkracht users add fatima --role veldwerker
            """,
        subcommands: [Add.self, List.self, Disable.self, Enable.self, Reset.self],
        defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account; the password is the first line of standard input.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account name (no spaces).") var name: String
        @Option(help: "veldwerker, analist or gemeente.") var role: Role
        @Option(help: ArgumentHelp("The gemeente of a gemeente account, e.g. GM0772.", valueName: "code")) var gemeente: String?

        func run() throws {
            let code = try gemeente.map { text in
                guard let code = GemeenteCode(text) else { throw ValidationError("'\(text)' is not a CBS gemeente code (e.g. GM0772)") }
                return code
            }
            let user = try database.open().addUser(name: name, role: role, gemeente: code, password: try Password.read())
            Terminal.message("Added \(user.role.rawValue) '\(user.name)'\(user.gemeente.map { " for \($0)" } ?? "").")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let users = try database.open().users()
            if users.isEmpty { Terminal.message("No accounts yet: add one with `veerkracht users add NAME --role ROLE`.") }
            for user in users {
                let gemeente = user.gemeente.map { " \($0)" } ?? ""
                Terminal.write("\(user.name)\t\(user.role.rawValue)\(gemeente)\(user.isDisabled ? "\tdisabled" : "")\n")
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account and end its sessions.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account name.") var name: String

        func run() throws {
            try database.open().setUserDisabled(name, true)
            Terminal.message("Disabled '\(name)'.")
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled account.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account name.") var name: String

        func run() throws {
            try database.open().setUserDisabled(name, false)
            Terminal.message("Enabled '\(name)'.")
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a new password (first line of standard input), lift a lock and end the account's sessions.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The account name.") var name: String

        func run() throws {
            try database.open().resetPassword(name, password: try Password.read())
            Terminal.message("New password set for '\(name)'.")
        }
    }
}

extension Role: ExpressibleByArgument {}

/// Reading a password from standard input.
enum Password {
    static func read() throws -> String {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandFailure("give the password on standard input (the first line), e.g. printf '%s\\n' 'een lang wachtwoord' | veerkracht users …")
        }
        return line
    }
}

import ArgumentParser

/// "Did you mean …?" for a mistyped command name: `veerkracht imprt` suggests `import`.
enum CommandSuggestion {
    /// The subcommand closest to the first word of `arguments` that names no subcommand of the
    /// command reached so far (from `root`): one within two typing mistakes, or the only one it
    /// begins with (three letters or more); nil when there is none, or the word is not a command's place.
    static func suggestion(for arguments: [String], root: ParsableCommand.Type) -> String? {
        var command = root
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !word.hasPrefix("-"), !subcommands.isEmpty else { return nil }
            if let next = subcommands.first(where: { $0._commandName == word }) {
                command = next
                continue
            }
            guard command.configuration.defaultSubcommand == nil else { return nil }   // an argument of the default
            let names = subcommands.map { $0._commandName }
            let starting = names.filter { word.count >= 3 && $0.hasPrefix(word) }
            if starting.count == 1 { return starting[0] }
            let near = names.map { ($0, distance($0, word)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }
            return near?.0
        }
        return nil
    }

    /// The number of single-letter insertions, deletions and substitutions from `a` to `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

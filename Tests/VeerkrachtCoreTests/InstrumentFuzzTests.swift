import Foundation
import VeerkrachtCore
import FuzzSupport
import VeerkrachtSurveys
import XCTest

/// Property test for the instrument loader (issue 6): the default instrument's YAML, mutated in
/// thousands of ways (lines deleted, doubled, swapped, re-indented or cut; keys renamed; values
/// replaced by odd scalars such as `.nan`, `1e309`, `0x10`, `1:30`, huge numbers, anchors, tags,
/// flow collections, odd Unicode and control characters; line ends changed; BOM and NUL), must
/// either load into an instrument that scores and validates without trapping (every score missing
/// or within 0–10), or be refused with `InstrumentErrors`: at least one error, each with a message
/// and either no line or a line of the file. Nothing may trap or take longer than the time limit.
///
/// Deterministic like the import fuzz tests (Tests/VeerkrachtStoreTests/Fuzz): the seed is printed,
/// `VEERKRACHT_FUZZ_SEED`, `VEERKRACHT_FUZZ_CASE`, `VEERKRACHT_FUZZ_SCALE`, `VEERKRACHT_FUZZ_VERBOSE`
/// and `VEERKRACHT_FUZZ_WORKERS` work the same, and a failing input is saved under $TMPDIR/veerkracht-fuzz/.
final class InstrumentFuzzTests: XCTestCase {
    func testMutatedInstrumentFilesLoadOrAreRefusedWithLines() {
        let report = FuzzRun.execute(InstrumentLoaderTarget.self, cases: FuzzSettings.cases(1500))
        report.check()
        // Some mutations should leave files loadable, most should break them.
        report.expectMix(["loaded": 0.05, "refused": 0.5])
    }

    /// Cases found by the fuzzer, kept as plain regression tests.
    func testFoundCases() {
        let yaml = BundledInstruments.veerkrachtmeterV1
        // Sexagesimal integers (YAML 1.1 `1:30`) with many parts overflowed inside Yams and trapped.
        for (original, replacement) in [("version: 1\n", "version: 1:2:3:4:5:6:7:8:9:10:11:12\n"),
                                        ("    min: 1\n", "    min: 999999999999999999:0\n"),
                                        ("      1: helemaal mee oneens\n", "      1:2:3:4:5:6:7:8:9:10:11:12: helemaal mee oneens\n")] {
            XCTAssertTrue(yaml.contains(original))
            let errors = TestSupport.loadErrors(yaml.replacingOccurrences(of: original, with: replacement))
            XCTAssertFalse(errors.isEmpty, replacement)
        }
        // A syntax error at the very end of a file names its last line, not the one after it.
        for truncated in ["id: x\nitems: [\n", "id: x\nitems: [", "title: 'open\n\n", "id: x\r\nscales: {\r\n", "---\n"] {
            let lines = InstrumentLoaderTarget.lineCount(truncated)
            for error in TestSupport.loadErrors(truncated) {
                XCTAssertTrue(error.line.map { (1...lines).contains($0) } ?? true, "\(truncated.debugDescription): \(error)")
            }
        }
    }
}

// MARK: - Mutating instrument files

enum InstrumentMutations {
    /// Veerkrachtmeter v2: v1 plus background items and a scale with its own missing label.
    static let original = BundledInstruments.veerkrachtmeterV2

    static let scalars = [
        "", "~", "null", "-1", "0", "1", "2", "5", "11", "1e309", "-1e309", ".nan", ".NaN", ".inf", "-.inf", "0x10", "0o17", "0b101", "017",
        "1_000", "3.5", "4,0", "yes", "no", "on", "off", "y", "True", "[a, b]", "{a: 1}", "[]", "{}", "&a x", "*a", "*nergens",
        "!!binary aGVsbG8=", "!!str 5", "!!int 5", "!!int vijf", "!!float 1", "!!map {}", "!!seq []", "!vreemd x", "'open", "\"open",
        "|", ">", "|-\n  tekst", "- item", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999",
        "1:30", "190:20:30", "-1:0", "1:2:3:4:5:6:7:8:9:10:11:12", "999999999999999999:0", "1:2:3:4:5:6:7:8:9:10:11:12.5",
        "2025-01-01", "2001-12-14t21:59:43.10-05:00", "@", "`x`", "%", "#", " # commentaar", "a: b: c", "a: b", "\"\\u0000\"",
        "\"\\x01\"", "'it''s'", "\"\\", "? x", "<<: *a", "---", "...", "cohesie", "veerkracht", "eens5", "aantal", "composite", "hulpbron",
        "redzaamheid", "[cohesie, cohesie]", "[veerkracht]", "[nergens]", "[zelfredzaamheid]",
    ]
    static let numbers = [
        "0", "-0", "1", "-1", "2", "10", "11", "1000", "3.5", "-0.5", "1e3", "1e309", ".nan", ".inf", "-.inf", "0x7FFFFFFFFFFFFFFF", "0o777",
        "0b11", "07", "1_0", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999", "1:30",
        "59:59:59", "1:2:3:4:5:6:7:8:9:10:11:12", "999999999999999999:0", "-1:2:3:4:5:6:7:8:9:10:11:12", "4,0", "٤", "４", "",
    ]
    static let unicode = [
        "\u{200F}", "\u{202E}", "\u{200B}", "\u{FEFF}", "\u{00A0}", "\u{3000}", "\u{0301}", "🇳🇱", "👨‍👩‍👧", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{1}", "\u{7F}", "\u{9F}", "\u{0}", "\t", "\r", "\u{FFFD}", "\u{FFFE}", "\u{10FFFF}", "é", "İ", "K",
    ]
    static let keys = [
        "id", "version", "title", "description", "missing_label", "thresholds", "low", "high", "scales", "min", "max", "open", "labels",
        "constructs", "kind", "name", "of", "min_answered", "min_present", "items", "construct", "scale", "reverse", "text", "source",
        "background", "jaren", "leeftijd",
        "coh1", "eens5", "cohesie", "veerkracht", "ID", "Version", "onbekend", "respondent", "wijk", "_x", "1", "-", "a b", "é",
    ]

    static func scalar(_ r: inout FuzzRandom) -> String {
        switch r.below(10) {
        case 0: return String(repeating: r.pick(["x", "é", "9", "[", "{", "- ", "a: ", "\u{0301}"]), count: r.pick([100, 5_000, 60_000]))
        case 1: return r.pick(unicode) + r.pick(scalars)
        case 2: return r.pick(scalars) + r.pick(unicode)
        default: return r.pick(scalars)
        }
    }

    /// The default instrument, mutated 1–4 times, and what was done.
    static func make(_ r: inout FuzzRandom) -> (String, [String]) {
        if r.chance(0.03) {
            let special = r.pick(["", " ", "\n", "# alleen commentaar\n", "---\n", "---\n...\n---\n", "~", "[]", "{}", "- a\n- b\n", "id: x",
                                  String(repeating: "[", count: 200) + String(repeating: "]", count: 200),
                                  String(repeating: "- ", count: 200) + "x", "&a [*a]", "a: &a\n  b: *a\n"])
            return (special, ["special file \(special.prefix(20).debugDescription)"])
        }
        var lines = original.components(separatedBy: "\n")
        var recipe: [String] = []
        for _ in 0..<r.int(1...4) { recipe.append(mutate(&lines, &r)) }
        var text = lines.joined(separator: "\n")
        if r.chance(0.2) {
            switch r.below(7) {
            case 0:
                text = text.replacingOccurrences(of: "\n", with: "\r\n")
                recipe.append("CRLF line ends")
            case 1:
                text = text.replacingOccurrences(of: "\n", with: "\r")
                recipe.append("CR line ends")
            case 2:
                text = "\u{FEFF}" + text
                recipe.append("BOM at the start")
            case 3:
                let cut = r.int(0...text.unicodeScalars.count)
                text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(cut)))
                recipe.append("cut after \(cut) characters")
            case 4:
                let at = r.int(0...text.unicodeScalars.count)
                var scalars = Array(text.unicodeScalars)
                scalars.insert(contentsOf: r.pick(["\u{FEFF}", "\u{0}", "\u{85}", "\u{2028}", "\r", "\t"]).unicodeScalars, at: at)
                text = String(String.UnicodeScalarView(scalars))
                recipe.append("a special character at \(at)")
            case 5:
                text = text.replacingOccurrences(of: "  ", with: "\t")
                recipe.append("tabs for indentation")
            default:
                text += r.pick(["\n---\nid: tweede\n", "\n...\n", "\nid: nog een\n", "\n  - los\n", "\u{0}", "\n%YAML 1.1\n"])
                recipe.append("something after the end")
            }
        }
        return (text, recipe)
    }

    private static func mutate(_ lines: inout [String], _ r: inout FuzzRandom) -> String {
        guard !lines.isEmpty else {
            lines = [scalar(&r)]
            return "a line from nothing"
        }
        let at = r.below(lines.count)
        let line = lines[at]
        let indent = String(line.prefix { $0 == " " })
        let body = line.dropFirst(indent.count)
        let isItemStart = body.hasPrefix("- ")
        let keyEnd = body.firstIndex(of: ":")
        switch r.below(16) {
        case 0:
            lines.remove(at: at)
            return "line \(at + 1) deleted"
        case 1:
            lines.insert(line, at: at)
            return "line \(at + 1) doubled"
        case 2:
            let other = r.below(lines.count)
            lines.swapAt(at, other)
            return "lines \(at + 1) and \(other + 1) swapped"
        case 3:
            let moved = lines.remove(at: at)
            let to = r.int(0...lines.count)
            lines.insert(moved, at: to)
            return "line \(at + 1) moved to \(to + 1)"
        case 4:
            let change = r.pick([-4, -2, -1, 1, 2, 3])
            lines[at] = change < 0 ? String(line.dropFirst(min(-change, indent.count))) : String(repeating: " ", count: change) + line
            return "line \(at + 1) indented by \(change)"
        case 5, 6, 7:
            guard let keyEnd else { lines[at] = line + " " + scalar(&r); return "text added to line \(at + 1)" }
            let value = scalar(&r)
            lines[at] = indent + String(body[...keyEnd]) + " " + value
            return "line \(at + 1) value \(value.prefix(40).debugDescription)"
        case 8:
            guard let keyEnd else { return "no key on line \(at + 1)" }
            let key = r.pick(keys)
            lines[at] = indent + (isItemStart ? "- " : "") + key + String(body[keyEnd...])
            return "line \(at + 1) key \(key.debugDescription)"
        case 9:
            let key = r.pick(keys)
            let value = scalar(&r)
            lines.insert(String(repeating: " ", count: r.pick([0, 2, 4, 6])) + key + ": " + value, at: at)
            return "line \(key): \(value.prefix(40).debugDescription) inserted at \(at + 1)"
        case 10:
            let odd = r.pick(unicode)
            var scalars = Array(line.unicodeScalars)
            scalars.insert(contentsOf: odd.unicodeScalars, at: r.int(0...scalars.count))
            lines[at] = String(String.UnicodeScalarView(scalars))
            return "\(odd.debugDescription) put into line \(at + 1)"
        case 11:
            lines[at] = line.replacingOccurrences(of: ":", with: r.pick(["", " ", "=", "::", ": :"]))
            return "colon of line \(at + 1) changed"
        case 12:
            // The same kind of line elsewhere: duplicate ids, an item in another construct, a scale elsewhere.
            let like = lines.indices.filter { lines[$0].hasPrefix(String(indent + body.prefix(4))) }
            let other = r.pick(like.isEmpty ? [at] : like)
            lines[at] = lines[other]
            return "line \(at + 1) replaced by line \(other + 1)"
        case 14, 15:
            // A number: version, min, max, minimums, label values, thresholds.
            let numbered = lines.indices.filter { index in
                let text = lines[index].trimmingCharacters(in: .whitespaces)
                return text.first?.isNumber == true || text.range(of: #":\s*-?[0-9][0-9.]*\s*(#.*)?$"#, options: .regularExpression) != nil
            }
            guard !numbered.isEmpty else { return "no numbers left" }
            let index = r.pick(numbered)
            let number = r.pick(numbers)
            lines[index] = lines[index].replacingOccurrences(of: #"-?[0-9]+(\.[0-9]+)?"#, with: number, options: .regularExpression)
            return "numbers on line \(index + 1) made \(number.debugDescription)"
        default:
            let cut = r.int(0...line.count)
            lines[at] = String(line.prefix(cut))
            lines.removeSubrange((at + 1)...)
            return "cut in line \(at + 1) after \(cut) characters"
        }
    }
}

// MARK: - Running cases

/// The instrument loader as a target of the shared fuzz engine (`FuzzSupport`).
struct InstrumentLoaderTarget: FuzzTarget {
    static let name = "instrument-loader"
    static let fileExtension = "yaml"
    /// Kept from this suite's first engine, so that seeds and cases recorded before still replay.
    static let salt: UInt64 = 0x1D5B_6E2C_0F0E_4A17

    static func input(_ random: inout FuzzRandom) -> (yaml: String, recipe: [String]) {
        InstrumentMutations.make(&random)
    }

    static func bytes(of input: (yaml: String, recipe: [String])) -> [UInt8] { Array(input.yaml.utf8) }
    static func summary(of input: (yaml: String, recipe: [String])) -> String { input.recipe.joined(separator: "; ") }

    func run(_ input: (yaml: String, recipe: [String])) -> FuzzVerdict {
        let (outcome, problems) = Self.check(input.yaml)
        return FuzzVerdict(outcome: outcome, problems: problems)
    }

    /// Loads one file and checks the result.
    static func check(_ yaml: String) -> (String, [String]) {
        do {
            let instrument = try Instrument(yaml: yaml)
            return ("loaded", usable(instrument))
        } catch {
            var problems: [String] = []
            let lines = lineCount(yaml)
            if error.errors.isEmpty { problems.append("refused without any error") }
            for problem in error.errors.prefix(50) {
                if problem.message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("an error without a message") }
                if let line = problem.line, !(1...max(1, lines)).contains(line) {
                    problems.append("'\(problem)' names line \(line), but the file has \(lines) line\(lines == 1 ? "" : "s")")
                }
            }
            return ("refused", problems)
        }
    }

    /// A loaded instrument is consistent, and scoring and validating with it neither trap nor leave 0–10.
    static func usable(_ instrument: Instrument) -> [String] {
        var problems: [String] = []
        if instrument.items.isEmpty || instrument.constructs.isEmpty || instrument.scales.isEmpty { problems.append("loaded without items, constructs or scales") }
        for item in instrument.items where !(item.constructIndex.map(instrument.constructs.indices.contains) ?? true) || !instrument.scales.indices.contains(item.scaleIndex) {
            problems.append("item \(item.id) points outside the constructs or scales")
        }
        guard problems.isEmpty else { return problems }
        for scale in instrument.scales where scale.minimum >= scale.maximum { problems.append("scale \(scale.id) has min \(scale.minimum) ≥ max \(scale.maximum)") }
        for construct in instrument.constructs {
            switch construct.scoring {
            case let .items(indices, minimum):
                if indices.isEmpty || !indices.allSatisfy(instrument.items.indices.contains) || !(1...max(1, indices.count)).contains(minimum) {
                    problems.append("construct \(construct.id) scores items \(indices) with minimum \(minimum)")
                }
            case let .composite(indices, minimum):
                if indices.isEmpty || !indices.allSatisfy(instrument.constructs.indices.contains) || !(1...max(1, indices.count)).contains(minimum)
                    || indices.contains(where: { if case .composite = instrument.constructs[$0].scoring { return true } else { return false } }) {
                    problems.append("composite \(construct.id) combines \(indices) with minimum \(minimum)")
                }
            }
        }
        guard problems.isEmpty else { return problems }
        let scorer = Scorer(instrument)
        let scales = instrument.items.map { instrument.scale(of: $0) }
        var random = FuzzRandom(seed: 7, salt: salt, case: instrument.items.count)
        func near(_ scale: Scale, _ random: inout FuzzRandom) -> Int {
            let (value, overflow) = scale.minimum.addingReportingOverflow(random.below(4))
            return overflow || value > scale.maximum ? scale.maximum : value
        }
        let answerSets: [[Int?]] = [
            scales.map { _ in nil }, scales.map(\.minimum), scales.map(\.maximum),
            scales.map { $0.isOpen ? $0.maximum &+ 1_000 : $0.maximum },
            scales.map { scale in random.chance(0.2) ? nil : near(scale, &random) },
        ].map { answers in zip(answers, scales).map { answer, scale in answer.flatMap { scale.accepts($0) ? $0 : nil } } }
        for answers in answerSets {
            for (construct, score) in zip(instrument.constructs, scorer.scores(answers)) {
                if let score, !(score.isFinite && score >= -1e-9 && score <= 10 + 1e-9) {
                    problems.append("construct \(construct.id) scores \(score) for answers \(answers.prefix(8))…")
                }
            }
        }
        let validator = ResponseValidator(instrument: instrument)
        for text in ["", "NA", "0", "5", "-1", "4.0", "99999999999999999", "x"] {
            _ = validator.validate(respondent: "r1", wijk: "WK077201", datum: "2025-03-14", meting: "m",
                                   answers: instrument.items.map { _ in text })
        }
        return problems
    }

    /// Lines as YAML counts them: ended by LF, CRLF, CR, NEL, LS or PS; a last line without a break counts too.
    static func lineCount(_ text: String) -> Int {
        var lines = 0
        var previousCR = false
        var last: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": if !previousCR { lines += 1 }
            case "\r", "\u{85}", "\u{2028}", "\u{2029}": lines += 1
            default: break
            }
            previousCR = scalar == "\r"
            last = scalar
        }
        if let last, !["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(last) { lines += 1 }
        return lines
    }
}

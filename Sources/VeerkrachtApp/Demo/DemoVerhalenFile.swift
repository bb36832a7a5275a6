import Foundation
import VeerkrachtCSV
import VeerkrachtDemo
import VeerkrachtStore

/// The demo's stories (`DemoVerhalen`): written as `verhalen.csv` next to the demo's other files,
/// imported as `import verhalen` does, and reviewed as an analist would, in the name of the
/// command that runs the demo.
enum DemoVerhalenFile {
    static let fileName = "verhalen.csv"

    static func install(folder: String, in store: Store, by actor: Actor) throws {
        let path = (folder as NSString).appendingPathComponent(fileName)
        var writer = try CSVFileWriter(path: path, header: DemoVerhalen.header)
        DemoVerhalen.stories.forEach { writer.append($0.row) }
        writer.close()
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path)
        } catch let error as CSVError {
            throw DemoPipeline.FileError(description: error.message)
        }
        _ = try store.importVerhalen(from: reader, source: "demo:\(fileName)")
        let stored = Dictionary(try store.verhalen(status: .ingediend).map { ($0.verhaal.titel, $0.id) }, uniquingKeysWith: { a, _ in a })
        for story in DemoVerhalen.stories {
            guard let id = stored[story.titel] else { continue }
            let decisions: [VerhaalDecision] = switch story.review {
            case .waiting: []
            case .approved: [.approve]
            case .highlighted: [.approve, .highlight]
            }
            for decision in decisions { try store.reviewVerhaal(id: id, decision, note: "", by: actor) }
        }
    }
}

import Foundation
import VeerkrachtCSV
import VeerkrachtDemo

/// A demo data set written as CSV files in the import formats.
public struct DemoFiles: Sendable, Equatable {
    /// `gebieden.csv`: code and naam of every gemeente and wijk.
    public let gebieden: String
    /// `responses-<meting>.csv`, one per meting, in the order of the metingen.
    public let responses: [String]
    /// `activiteiten.csv`: a year of activities before each meting.
    public let activiteiten: String

    /// Every file, in the order they are written.
    public var all: [String] { [gebieden] + responses + [activiteiten] }

    /// Writes the data of `generator` into `folder` (created if needed) and returns the files' paths.
    public static func write(_ generator: DemoGenerator, to folder: String) throws -> DemoFiles {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let gebieden = (folder as NSString).appendingPathComponent("gebieden.csv")
        var writer = try CSVFileWriter(path: gebieden, header: DemoGenerator.gebiedenHeader)
        generator.gebieden.forEach { writer.append($0) }
        writer.close()
        let responses = try generator.configuration.metingen.indices.map { index in
            let path = (folder as NSString).appendingPathComponent("responses-\(generator.configuration.metingen[index]).csv")
            var writer = try CSVFileWriter(path: path, header: generator.responsesHeader)
            generator.responses(meting: index) { writer.append($0) }
            writer.close()
            return path
        }
        let activiteiten = (folder as NSString).appendingPathComponent("activiteiten.csv")
        var activityWriter = try CSVFileWriter(path: activiteiten, header: DemoGenerator.activitiesHeader)
        for index in generator.configuration.metingen.indices {
            generator.activities(meting: index) { activityWriter.append($0) }
        }
        activityWriter.close()
        return DemoFiles(gebieden: gebieden, responses: responses, activiteiten: activiteiten)
    }
}

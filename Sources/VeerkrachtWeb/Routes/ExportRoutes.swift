import Hummingbird
import VeerkrachtApp
import VeerkrachtCore
import VeerkrachtStore

/// The score and change exports of SPEC §6 as CSV downloads, under the same disclosure policy as the CLI.
enum ExportRoutes {
    /// `GET /export/scores.csv?by=wijk|gemeente[&meting=M]`.
    static func scores(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let query = FormData.query(request)
        let level = try self.level(query)
        let meting = query["meting"].flatMap { $0.isEmpty ? nil : $0 }
        let text = try Reporting(store: store, policy: ReportRoutes.policy).scoresCSV(level: level, meting: meting)
        return csv(text, name: "scores-\(level.rawValue)\(meting.map { "-\($0)" } ?? "")")
    }

    /// `GET /export/change.csv?by=wijk|gemeente&van=M1&naar=M2`.
    static func change(_ request: Request, _ context: AppRequestContext, _ store: Store) async throws -> Response {
        let query = FormData.query(request)
        let level = try self.level(query)
        guard let from = query["van"], !from.isEmpty, let to = query["naar"], !to.isEmpty, from != to else {
            throw PageError.badRequest("Kies twee verschillende metingen om te vergelijken (van en naar).")
        }
        let text = try Reporting(store: store, policy: ReportRoutes.policy).changeCSV(level: level, from: from, to: to)
        return csv(text, name: "verandering-\(level.rawValue)-\(from)-\(to)")
    }

    private static func level(_ query: FormData) throws -> AreaLevel {
        guard let level = query["by"].flatMap(AreaLevel.init(rawValue:)) else {
            throw PageError.badRequest("Kies het niveau: per wijk of per gemeente.")
        }
        return level
    }

    /// A CSV download; the file name keeps only letters, digits, `-` and `_`.
    private static func csv(_ text: String, name: String) -> Response {
        let file = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
        return Response(status: .ok,
                        headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(file).csv\""],
                        body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

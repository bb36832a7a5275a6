import Foundation
import VeerkrachtCore

/// A GeoJSON file of wijk boundaries read from disk: its size checked before it is read, so a
/// file too large fails at once with `WijkMapError.tooLarge` instead of filling memory.
public enum WijkMapFile {
    /// A file that cannot be read, in words for the user.
    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    /// The map in the file at `path`; throws `Unreadable` or the reader's `WijkMapError`.
    public static func read(_ path: String, limits: WijkMapReader.Limits = WijkMapReader.Limits()) throws -> WijkMap {
        let size: Int
        do {
            size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw Unreadable(description: "cannot read \(path): no such file")
        }
        guard size <= limits.maximumBytes else { throw WijkMapError.tooLarge(bytes: size, limit: limits.maximumBytes) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Unreadable(description: "cannot read \(path): \(error.localizedDescription)")
        }
        return try WijkMapReader.read(data, limits: limits)
    }
}

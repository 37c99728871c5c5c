import Foundation

extension ExtractionReport {
    /// Reads back what `citegraph extract --format json` wrote, so that a corpus
    /// extracted once can be queried again without re-reading its texts.
    public static func read(contentsOf url: URL) throws(ReadError) -> ExtractionReport {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .notFound(path: url.path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        do { return try JSONDecoder().decode(ExtractionReport.self, from: data) } catch {
            throw .notAReport(path: url.path, reason: Self.describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): "missing key \"\(key.stringValue)\""
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
            c.debugDescription + (c.codingPath.isEmpty ? "" : " at " + c.codingPath.map(\.stringValue).joined(separator: "."))
        default: "invalid JSON"
        }
    }
}

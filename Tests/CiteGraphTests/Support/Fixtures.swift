import CiteGraph
import Foundation

/// Where the package and the project's shared reference data are.
enum Fixtures {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package, when this machine has it.
    static let shared: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("spec").path) ? url : nil
    }()

    static let seed = packageRoot.appendingPathComponent("Samples/A_RES_67_195.txt")

    static func extract(_ text: String, format: DocumentFormat = .plainText) -> ExtractedDocument {
        CitationExtractor().extract(DocumentText(source: "test", text: text, format: format))
    }

    static func extract(file: URL) throws -> ExtractedDocument {
        CitationExtractor().extract(try TextFileReader().read(file))
    }

    /// A GA resolution around a body, for tests of one paragraph. `number` is its own
    /// ("80/195" for a body that cites resolutions up to the eightieth session: a
    /// resolution cannot cite a later one).
    static func resolution(_ body: String, notes: String = "", number: String = "67/195") -> String {
        """
        Resolution adopted by the General Assembly on 21 December 2012
        [on the report of the Second Committee (A/67/434)]
        \(number).\tInformation and communications technologies for development
        \tThe General Assembly,
        \(body)

        61st plenary meeting
        21 December 2012

        \(notes)
        """
    }

    static func targets(_ doc: ExtractedDocument) -> [String] {
        var seen = Set<String>()
        return doc.citations.map(\.target).filter { seen.insert($0).inserted }
    }
}

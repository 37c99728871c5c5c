import Foundation
import Testing

/// Compares output with a file under Tests/CiteGraphTests/Golden, byte for byte.
///
/// With `CITEGRAPH_UPDATE_GOLDEN=1` in the environment the file is rewritten
/// instead (and the test still records a failure, so an update never passes
/// silently in a normal run).
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CITEGRAPH_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url)
            Issue.record("rewrote golden file \(name); rerun without CITEGRAPH_UPDATE_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(Data(actual.utf8) == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
    }
}

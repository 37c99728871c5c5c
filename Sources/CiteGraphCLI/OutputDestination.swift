import CiteGraphRendering
import Foundation

/// Where `-o` sends the output, worked out (and checked) before any corpus is
/// read, so that a typo in the path costs nothing and leaves nothing behind.
struct OutputDestination {
    enum Target: Equatable {
        case standardOutput
        case file(String)
        /// The Neo4j CSV pair.
        case csvPair(nodes: String, edges: String)
    }

    let format: ExportFormat
    let target: Target

    init(output: String, format explicit: String?) throws {
        if let explicit {
            guard let format = ExportFormat(rawValue: explicit.lowercased()) else {
                throw RenderCommandError.unknownFormat(explicit)
            }
            self.format = format
        } else if output == "-" {
            format = .dot
        } else if let inferred = ExportFormat(fileName: output) {
            format = inferred
        } else if Self.isDirectory(output) || output.hasSuffix("/") {
            throw RenderCommandError.isDirectory(output)
        } else {
            throw RenderCommandError.formatNotInferable(output)
        }

        if output == "-" {
            if format == .csv { throw RenderCommandError.csvToStandardOutput }
            if format.isBinary, isatty(STDOUT_FILENO) != 0 { throw RenderCommandError.binaryToTerminal(format.rawValue) }
            target = .standardOutput
            return
        }
        if format == .csv {
            if Self.isDirectory(output) || output.hasSuffix("/") {
                let directory = output.hasSuffix("/") ? String(output.dropLast()) : output
                target = .csvPair(nodes: directory + "/nodes.csv", edges: directory + "/edges.csv")
            } else {
                let stem = output.lowercased().hasSuffix(".csv") ? String(output.dropLast(4)) : output
                target = .csvPair(nodes: stem + ".nodes.csv", edges: stem + ".edges.csv")
            }
        } else {
            if Self.isDirectory(output) { throw RenderCommandError.isDirectory(output) }
            target = .file(output)
        }
        // A directory, a missing or unwritable one, a link that loops: refused before any work.
        for path in paths { _ = try AtomicOutput.plan(path) }
    }

    var paths: [String] {
        switch target {
        case .standardOutput: []
        case .file(let path): [path]
        case .csvPair(let nodes, let edges): [nodes, edges]
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

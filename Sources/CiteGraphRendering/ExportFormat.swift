/// Every format `citegraph render` writes: DOT and the pictures Graphviz makes
/// of it, the exports for other tools, and the interactive HTML view.
public enum ExportFormat: String, Sendable, CaseIterable {
    case dot, svg, png, pdf, graphml, json, csv, mermaid, html

    /// The format a file name asks for by its extension, if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "dot", "gv": self = .dot
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "graphml": self = .graphml
        case "json": self = .json
        case "csv": self = .csv
        case "mmd", "mermaid": self = .mermaid
        case "html", "htm": self = .html
        default: return nil
        }
    }

    /// Formats that need a Graphviz layout.
    public var picture: RenderFormat? { RenderFormat(rawValue: rawValue) }

    /// Binary formats are not written to a terminal by accident.
    public var isBinary: Bool { self == .png || self == .pdf }
}

/// The bytes of one export. The Neo4j CSV export is a pair of files.
public enum ExportPayload: Sendable {
    case single([UInt8])
    case nodesAndEdges(nodes: [UInt8], edges: [UInt8])
}

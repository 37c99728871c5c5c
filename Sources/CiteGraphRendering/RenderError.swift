import Foundation

/// What went wrong turning DOT into a picture, in words a user can act on.
/// Graphviz's own message is carried along, because it names the line and the
/// token that were wrong.
public enum RenderError: LocalizedError, Sendable, Equatable {
    /// Graphviz could not parse the DOT text.
    case syntax(String)
    /// The layout engine is not one this Graphviz installation provides.
    case unknownEngine(String, available: [String])
    /// The output format is not one this Graphviz installation can write.
    case unknownFormat(String, available: [String])
    /// Graphviz accepted the graph but failed while laying it out.
    case layout(engine: String, message: String)
    /// Graphviz laid the graph out but failed to write it.
    case render(format: String, message: String)
    /// `gvContext()` failed: Graphviz's plugins are not installed or not configured.
    case unavailable(String)

    /// One line saying what Graphviz could not do.
    public var errorDescription: String? {
        switch self {
        case .syntax(let message):
            "Graphviz could not read the DOT: \(message)"
        case .unknownEngine(let name, let available):
            "no layout engine '\(name)' in this Graphviz; available: \(available.joined(separator: ", "))"
        case .unknownFormat(let name, let available):
            "Graphviz cannot write '\(name)' here; available: \(available.joined(separator: ", "))"
        case .layout(let engine, let message):
            "Graphviz's '\(engine)' layout failed: \(message)"
        case .render(let format, let message):
            "Graphviz failed to write \(format): \(message)"
        case .unavailable(let message):
            "Graphviz is not usable: \(message) (is libgraphviz-dev installed? see scripts/install-deps.sh)"
        }
    }
}

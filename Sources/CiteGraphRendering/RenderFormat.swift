/// The picture formats citegraph asks Graphviz for. PNG and PDF come from
/// Graphviz's cairo plugin, SVG from its core.
public enum RenderFormat: String, Sendable, CaseIterable {
    case svg
    case png
    case pdf

    /// The name Graphviz's `gvRenderData` knows the format by.
    var graphvizName: String { rawValue }
}

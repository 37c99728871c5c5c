/// The picture formats citegraph asks Graphviz for. PNG and PDF come from
/// Graphviz's cairo plugin, SVG from its core.
public enum RenderFormat: String, Sendable, CaseIterable {
    /// SVG, with each node's link and tooltip, for the web.
    case svg
    /// PNG, for slides and documents that take no SVG.
    case png
    /// PDF, for print.
    case pdf

    /// The name Graphviz's `gvRenderData` knows the format by.
    var graphvizName: String { rawValue }
}

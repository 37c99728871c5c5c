internal import CGraphviz
import Foundation

/// A picture Graphviz produced, with the warnings it gave on the way
/// (missing fonts, a layout that had to compromise), which the caller may show.
public struct Rendering: Sendable {
    /// The rendered file's bytes.
    public var data: [UInt8]
    /// What Graphviz wrote to its error stream while it succeeded, for the user to see.
    public var warnings: String?
}

/// Lays out and renders DOT in this process through libgvc — never by running
/// the `dot` program, which would cost a process start and a second parse per
/// picture and put the outcome at the mercy of whatever `dot` is on PATH.
///
/// Every call is serialised through the process's one Graphviz session, and
/// every graph, layout and buffer Graphviz hands out is released on every
/// path, errors included.
public struct GraphvizRenderer: Sendable {
    /// A renderer uses the process's one Graphviz context, so any number can exist.
    public init() {}

    /// The layout engines this Graphviz installation provides (`dot`, `neato`, `sfdp`, ...).
    public func availableEngines() throws(RenderError) -> [String] {
        try GraphvizSession.shared.withLock { context, _, gv in Self.pluginList(context, kind: "layout", gv) }
    }

    /// Parses `dot` with Graphviz's own parser and discards it: proof that
    /// Graphviz accepts the text, without the cost of a layout.
    public func validate(dot: String) throws(RenderError) {
        try GraphvizSession.shared.withLock { _, messages, gv throws(RenderError) in
            let graph = try Self.read(dot, messages, gv)
            _ = gv.agclose!(graph)
        }
    }

    /// Lays `dot` out with `engine` and renders it as `format`.
    public func render(dot: String, engine: String = "dot", format: RenderFormat) throws(RenderError) -> Rendering {
        try GraphvizSession.shared.withLock { context, messages, gv throws(RenderError) in
            let engines = Self.pluginList(context, kind: "layout", gv)
            guard engines.contains(engine) else { throw .unknownEngine(engine, available: engines) }

            let graph = try Self.read(dot, messages, gv)
            defer { _ = gv.agclose!(graph) }

            guard gv.gvLayout!(context, graph, engine) == 0 else {
                throw .layout(engine: engine, message: messages.text ?? "gvLayout returned an error")
            }
            defer { _ = gv.gvFreeLayout!(context, graph) }

            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gv.gvRenderData!(context, graph, format.graphvizName, &buffer, &length)
            defer { if let buffer { gv.gvFreeRenderData!(buffer) } }
            guard status == 0, let buffer else {
                let formats = Self.pluginList(context, kind: "device", gv)
                if !formats.contains(format.graphvizName) {
                    throw .unknownFormat(format.rawValue, available: formats)
                }
                throw .render(format: format.rawValue, message: messages.text ?? "gvRenderData returned an error")
            }
            let data = Array(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
            return Rendering(data: data, warnings: messages.text)
        }
    }

    private static func read(_ dot: String, _ messages: GraphvizMessages, _ gv: CGGraphvizAPI) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        // Resets the parser's line counter, which otherwise runs on from the
        // previous graph, and names the input in syntax errors.
        gv.agsetfile!(dotInputName)
        gv.aglexbad!()
        defer { gv.aglexbad!() }
        guard let graph = dot.withCString({ gv.agmemread!($0) }) else {
            throw .syntax(messages.text ?? "agmemread returned no graph")
        }
        return graph
    }

    /// The plugin names of one kind, without the `:package` suffixes, as
    /// `gvPluginList` allocates them (each name and the array are ours to free).
    private static func pluginList(_ context: OpaquePointer, kind: String, _ gv: CGGraphvizAPI) -> [String] {
        var count: Int32 = 0
        guard let list = gv.gvPluginList!(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for index in 0..<Int(count) {
            guard let name = list[index] else { continue }
            names.append(String(cString: name))
            free(name)
        }
        return names
    }
}

/// The name syntax errors give the input. Graphviz keeps the pointer, so it lives for the process.
nonisolated(unsafe) private let dotInputName: UnsafeMutablePointer<CChar> = strdup("DOT")!

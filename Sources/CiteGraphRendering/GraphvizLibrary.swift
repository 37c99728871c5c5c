internal import CGraphviz
import CiteGraph

/// Graphviz's libraries, opened the first time a picture is drawn rather than
/// when the process starts.
///
/// Linked the usual way, libgvc and libcgraph bring some fifty shared
/// libraries (cairo, pango, X11, fontconfig, ...) into every run of the CLI,
/// and loading them cost 11 ms of each `citegraph ancestors --db` query that
/// draws nothing (docs/PERFORMANCE.md, "Index"). Opened here, they cost that
/// once, in `render`. The function table's types come from Graphviz's headers
/// (`CGGraphvizAPI`), so every call is type-checked as a direct call would be;
/// a missing library is a `RenderError.unavailable` naming it.
enum GraphvizLibrary {
    /// Each library by its soname first (what the runtime package installs), then by
    /// the development link name, for installations that version it differently.
    static let candidates = [["libcgraph.so.6", "libcgraph.so"], ["libgvc.so.6", "libgvc.so"]]

    /// The table, or why it could not be made; computed once per process, thread-safely.
    static let loaded: Result<CGGraphvizAPI, RenderError> = load()

    /// The table, which callers use only under `GraphvizSession`'s lock.
    static func api() throws(RenderError) -> CGGraphvizAPI { try loaded.get() }

    private static func load() -> Result<CGGraphvizAPI, RenderError> {
        let libraries: SharedLibraries
        switch SharedLibraries.open(candidates) {
        case .success(let opened): libraries = opened
        case .failure(let failure):
            return .failure(.unavailable("cannot load Graphviz (\(failure.messages.joined(separator: "; "))); install it with scripts/install-deps.sh (libgraphviz-dev)"))
        }
        var api = CGGraphvizAPI()
        var missing: [String] = []
        func bind<F>(_ field: inout F?, _ name: String) { libraries.bind(&field, name, missing: &missing) }
        bind(&api.gvContext, "gvContext")
        bind(&api.gvLayout, "gvLayout")
        bind(&api.gvFreeLayout, "gvFreeLayout")
        bind(&api.gvRenderData, "gvRenderData")
        bind(&api.gvFreeRenderData, "gvFreeRenderData")
        bind(&api.gvPluginList, "gvPluginList")
        bind(&api.agmemread, "agmemread")
        bind(&api.agclose, "agclose")
        bind(&api.agsetfile, "agsetfile")
        bind(&api.aglexbad, "aglexbad")
        bind(&api.agseterrf, "agseterrf")
        bind(&api.agreseterrors, "agreseterrors")
        guard missing.isEmpty else {
            return .failure(.unavailable("this Graphviz lacks \(missing.joined(separator: ", "))"))
        }
        return .success(api)
    }
}

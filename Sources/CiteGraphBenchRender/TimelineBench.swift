import CiteGraph
import CiteGraphRendering
import Foundation

/// `citegraph-bench-render --timeline N [SEED]`: times each stage of a timeline
/// diagram of N synthetic resolutions in this process — layout, DOT, Graphviz's
/// pinned-position SVG and PNG, the HTML view — so the figures are those of the
/// drawing alone, without reading a corpus.
enum TimelineBench {
    /// Shaped like scripts/synthetic-corpus.py: sessions 1-80, the documents of a
    /// session adopted on one day, each citing its series' previous resolution
    /// and up to three popular older ones.
    static func graph(_ n: Int, seed: UInt64) -> CitationSubgraph {
        var rng = SplitMix(state: seed)
        let perSession = (n + 79) / 80
        var nodes: [CitationSubgraph.Node] = []
        var edges: [CitationSubgraph.Edge] = []
        var cited: [Int] = []
        for i in 0..<n {
            let session = 1 + i / perSession, number = 1 + i % perSession
            nodes.append(.init(symbol: "A/RES/\(session)/\(number)", kind: .gaResolution, title: "Synthetic series \(number)",
                               adopted: "\(1945 + session)-12-20", body: "General Assembly", isRead: true))
            var targets = Set<Int>()
            if session > 1 { targets.insert(i - perSession) }
            for _ in 0..<Int(rng.next() % 4) where i > 0 {
                let t = !cited.isEmpty && rng.next() % 10 < 7 ? cited[Int(rng.next() % UInt64(cited.count))] : Int(rng.next() % UInt64(i))
                if t / perSession < session - 1 { targets.insert(t) }
            }
            for t in targets.sorted() {
                edges.append(.init(from: i, to: t, occurrences: [.init(relation: .recalls, location: .preambular(1))]))
                cited.append(t)
            }
        }
        return CitationSubgraph(nodes: nodes, edges: edges, caption: "synthetic corpus of \(n) resolutions")
    }

    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func run(_ n: Int, seed: UInt64) throws {
        let graph = graph(n, seed: seed)
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        var geometry: TimelineGeometry!
        let layout = clock.measure { geometry = TimelineLayout().layout(graph) }
        var dot = ""
        let writing = clock.measure { dot = TimelineDOTWriter().write(graph, geometry: geometry) }
        var svg: [UInt8] = []
        var failure: (any Error)?
        let rendering = clock.measure {
            do { svg = try GraphvizRenderer().render(dot: dot, engine: TimelineDOTWriter.engine, format: .svg).data } catch { failure = error }
        }
        if let failure { throw failure }
        var html = ""
        let view = clock.measure { html = InteractiveViewWriter().write(graph, geometry: geometry) }
        let total = seconds(layout) + seconds(writing) + seconds(rendering)
        print(String(format: "%d documents, %d citations: layout %.3f s, DOT %.3f s (%d bytes), Graphviz SVG %.3f s (%d bytes); "
                     + "layout to SVG %.3f s; HTML view %.3f s (%d bytes); %.0f x %.0f pt",
                     n, graph.edges.count, seconds(layout), seconds(writing), dot.utf8.count, seconds(rendering), svg.count,
                     total, seconds(view), html.utf8.count, geometry.width, geometry.height))
    }
}

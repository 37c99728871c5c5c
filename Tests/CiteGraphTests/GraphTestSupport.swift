import CiteGraphTestSupport
import Foundation
@testable import CiteGraph

/// The graph tests' seeded generator: the suite's one SplitMix64, so every random
/// graph a test uses can be rebuilt from its seed when a property fails.
typealias SeededGenerator = SplitMix64

/// A random edge list with duplicates, self-loops and cycles, the inputs the
/// CSR build must clean up.
func randomEdges(seed: UInt64, maxNodes: Int = 40) -> (n: Int, sources: [Int32], targets: [Int32]) {
    var rng = SeededGenerator(seed: seed)
    let n = Int.random(in: 1...maxNodes, using: &rng)
    let m = Int.random(in: 0...(n * 3), using: &rng)
    var s: [Int32] = [], t: [Int32] = []
    for _ in 0..<m {
        s.append(Int32.random(in: 0..<Int32(n), using: &rng))
        t.append(Int32.random(in: 0..<Int32(n), using: &rng))
    }
    return (n, s, t)
}

/// The oracle: adjacency sets straight from the edge list.
func oracleAdjacency(n: Int, sources: [Int32], targets: [Int32]) -> [Set<Int>] {
    var adj = [Set<Int>](repeating: [], count: n)
    for (a, b) in zip(sources, targets) where a != b { adj[Int(a)].insert(Int(b)) }
    return adj
}

/// The oracle's distances: Bellman-style relaxation until nothing changes,
/// deliberately unlike the BFS under test.
func oracleDistances(from start: Int, adj: [Set<Int>]) -> [Int: Int] {
    var dist: [Int: Int] = [start: 0]
    var changed = true
    while changed {
        changed = false
        for (v, d) in dist {
            for w in adj[v] where (dist[w] ?? .max) > d + 1 {
                dist[w] = d + 1
                changed = true
            }
        }
    }
    dist[start] = nil
    return dist
}

func reversed(_ adj: [Set<Int>]) -> [Set<Int>] {
    var r = [Set<Int>](repeating: [], count: adj.count)
    for (v, ws) in adj.enumerated() { for w in ws { r[w].insert(v) } }
    return r
}

/// A citation as the extractor would report it, for hand-built corpora.
func cite(_ target: String, _ relation: Relation = .recalls, kind: CitationKind = .gaResolution,
          at location: Location = .preambular(1), adopted: String? = nil) -> Citation {
    Citation(target: target, kind: kind, relation: relation, location: location, adopted: adopted,
             text: target, range: TextRange(start: 0, end: 0))
}

func document(_ symbol: String, kind: CitationKind = .gaResolution, title: String? = nil, adopted: String? = nil,
              cites: [Citation] = [], unresolved: Int = 0) -> ExtractedDocument {
    ExtractedDocument(source: "/corpus/\(symbol.replacingOccurrences(of: "/", with: "_")).txt", symbol: symbol,
                      kind: kind, title: title, adopted: adopted, citations: cites,
                      unresolved: (0..<unresolved).map { _ in
                          UnresolvedReference(text: "?", location: .operative(1), reason: "test")
                      })
}

extension CitationGraph {
    /// The node of a symbol, failing the test loudly when it is missing.
    func id(_ symbol: String) -> Int {
        guard let id = node(named: symbol) else { fatalError("no node \(symbol) in test graph") }
        return id
    }

    func symbols(_ ids: [Int]) -> [String] { ids.map { nodes[$0].symbol } }
}

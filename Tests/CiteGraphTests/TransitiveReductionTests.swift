import CiteGraphTestSupport
import Testing
import CiteGraph

@Suite struct TransitiveReductionTests {
    @Test func dropsAnEdgeALongerPathImplies() {
        let reduced = SubgraphFixtures.ancestry.transitivelyReduced()
        let pairs = Set(reduced.edges.map { [$0.from, $0.to] })
        #expect(!pairs.contains([0, 1]), "67/195 → 56/183 runs through 57/238")
        #expect(pairs.contains([0, 2]) && pairs.contains([2, 1]))
        #expect(reduced.edges.count == SubgraphFixtures.ancestry.edges.count - 1)
    }

    @Test func keepsCyclesAndTheirReachability() {
        // a ⇄ b, both cite c: a naive reduction drops a → c and b → c together and loses c.
        let nodes = ["a", "b", "c"].map { CitationSubgraph.Node(symbol: $0) }
        let edges = [(0, 1), (1, 0), (0, 2), (1, 2)].map { edge(from: $0.0, to: $0.1) }
        let reduced = CitationSubgraph(nodes: nodes, edges: edges).transitivelyReduced()
        #expect(reachability(reduced) == reachability(CitationSubgraph(nodes: nodes, edges: edges)))
    }

    /// Random graphs, acyclic and not, against a brute-force oracle: reachability
    /// is preserved, and on DAGs no kept edge is implied by another path.
    @Test(arguments: 0..<60)
    func preservesReachabilityAndIsMinimalOnRandomGraphs(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let n = 2 + Int(random.next() % 14)
        let acyclic = seed % 3 != 0
        var pairs = Set<[Int]>()
        for _ in 0..<Int(random.next() % UInt64(n * 3)) {
            let a = Int(random.next() % UInt64(n)), b = Int(random.next() % UInt64(n))
            if a == b || (acyclic && a < b) { continue }
            pairs.insert([a, b])
        }
        let graph = CitationSubgraph(nodes: (0..<n).map { .init(symbol: "N\($0)") },
                                     edges: pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { edge(from: $0[0], to: $0[1]) })
        let reduced = graph.transitivelyReduced()
        #expect(reachability(reduced) == reachability(graph))
        #expect(Set(reduced.edges.map { [$0.from, $0.to] }).isSubset(of: pairs))
        if acyclic {
            for kept in reduced.edges {
                let without = CitationSubgraph(nodes: graph.nodes, edges: reduced.edges.filter { $0 != kept })
                #expect(!reachability(without).contains([kept.from, kept.to]), "edge \(kept.from)→\(kept.to) is redundant")
            }
        }
    }

    private func edge(from: Int, to: Int) -> CitationSubgraph.Edge {
        .init(from: from, to: to, occurrences: [.init(relation: .recalls, location: .preambular(1))])
    }

    /// Every pair (a, b) with a path of length ≥ 1 from a to b, by repeated relaxation.
    private func reachability(_ graph: CitationSubgraph) -> Set<[Int]> {
        var reach = Set(graph.edges.map { [$0.from, $0.to] })
        var changed = true
        while changed {
            changed = false
            for pair in reach {
                for edge in graph.edges where edge.from == pair[1] {
                    if reach.insert([pair[0], edge.to]).inserted { changed = true }
                }
            }
        }
        return reach
    }
}

/// SplitMix64: a small deterministic generator, so a failing case can be replayed by its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

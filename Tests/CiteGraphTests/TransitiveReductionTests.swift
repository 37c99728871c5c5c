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
        var random = SplitMix64(seed: UInt64(seed))
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

    /// The reachability matrix is sliced to fit a memory budget; any slicing
    /// gives the same edges as the whole matrix in one pass.
    @Test(arguments: 0..<20)
    func slicedMatrixGivesTheSameReduction(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &+ 1000)
        let n = 65 + random.int(below: 130)
        var pairs = Set<[Int]>()
        for _ in 0..<(n * 4) {
            let a = random.int(below: n), b = random.int(below: n)
            if a == b || (seed % 4 != 0 && a < b) { continue }
            pairs.insert([a, b])
        }
        let graph = CitationSubgraph(nodes: (0..<n).map { .init(symbol: "N\($0)") },
                                     edges: pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { edge(from: $0[0], to: $0[1]) })
        let whole = graph.transitivelyReduced(bitsetBudget: .max)
        #expect(CitationSubgraph.reductionPlan(components: n, bitsetBudget: 8 * n).passes > 1)
        for budget in [8 * n, 16 * n, 24 * n] {
            #expect(graph.transitivelyReduced(bitsetBudget: budget).edges == whole.edges, "budget \(budget)")
        }
    }

    /// Memory does not grow with documents²: 100,000 components would take
    /// 1.25 GB as one matrix, and a million 125 GB.
    @Test(arguments: [10_000, 100_000, 1_000_000])
    func bitSetsStayWithinTheBudget(components: Int) {
        let plan = CitationSubgraph.reductionPlan(components: components, bitsetBudget: CitationSubgraph.reductionBitsetBudget)
        #expect(plan.bytes <= CitationSubgraph.reductionBitsetBudget)
        #expect(plan.passes * plan.wordsPerPass * 64 >= components, "every column is covered")
    }

    /// A long chain with shortcuts, reduced in many slices: only the chain stays.
    @Test func aLargeChainIsReducedInSlices() {
        let n = 20_000
        var edges: [CitationSubgraph.Edge] = []
        for i in 1..<n {
            edges.append(edge(from: i, to: i - 1))
            if i >= 2 { edges.append(edge(from: i, to: i - 2)) }
            if i >= 1000 { edges.append(edge(from: i, to: i - 1000)) }
        }
        let graph = CitationSubgraph(nodes: (0..<n).map { .init(symbol: "N\($0)") }, edges: edges)
        #expect(CitationSubgraph.reductionPlan(components: n, bitsetBudget: 1 << 20).passes > 1)
        let reduced = graph.transitivelyReduced(bitsetBudget: 1 << 20)
        #expect(reduced.edges.map { [$0.from, $0.to] } == (1..<n).map { [$0, $0 - 1] })
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

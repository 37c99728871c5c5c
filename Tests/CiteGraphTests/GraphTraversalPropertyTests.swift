import Testing
@testable import CiteGraph

/// Traversals checked against brute-force oracles on many random graphs.
/// Seeds are fixed, so a failure names the graph that broke.
@Suite("Graph traversals against an oracle")
struct GraphTraversalPropertyTests {
    static let seeds: [UInt64] = Array(1...300)

    @Test("CSR rows are the sorted, de-duplicated, loop-free neighbour sets", arguments: seeds)
    func csrRows(seed: UInt64) {
        let (n, s, t) = randomEdges(seed: seed)
        let csr = AdjacencyCSR(nodeCount: n, sources: s, targets: t)
        let adj = oracleAdjacency(n: n, sources: s, targets: t)
        let rev = reversed(adj)
        for v in 0..<n {
            #expect(csr.successors(of: v).map(Int.init) == adj[v].sorted(), "seed \(seed) node \(v)")
            #expect(csr.predecessors(of: v).map(Int.init) == rev[v].sorted(), "seed \(seed) node \(v)")
        }
        #expect(csr.edgeCount == adj.reduce(0) { $0 + $1.count })
    }

    @Test("reach in both directions equals the oracle's reachable set and distances", arguments: seeds)
    func reach(seed: UInt64) {
        let (n, s, t) = randomEdges(seed: seed)
        let csr = AdjacencyCSR(nodeCount: n, sources: s, targets: t)
        let adj = oracleAdjacency(n: n, sources: s, targets: t)
        let rev = reversed(adj)
        for start in 0..<n {
            for (direction, graph) in [(WalkDirection.cited, adj), (.citing, rev)] {
                let expected = oracleDistances(from: start, adj: graph)
                let r = csr.reach(from: start, direction: direction)
                var got: [Int: Int] = [:]
                for i in 0..<r.count { got[Int(r.nodes[i])] = Int(r.depths[i]) }
                #expect(got == expected, "seed \(seed) start \(start) \(direction)")
                #expect(r.depths == r.depths.sorted(), "breadth-first order")
                // A depth limit keeps exactly the nodes within it.
                let limited = csr.reach(from: start, direction: direction, maxDepth: 2)
                #expect(Set(limited.nodes.map(Int.init)) == Set(expected.filter { $0.value <= 2 }.keys))
            }
        }
    }

    @Test("an edge filter walks exactly the filtered graph", arguments: seeds.prefix(100))
    func filteredReach(seed: UInt64) {
        let (n, s, t) = randomEdges(seed: seed)
        let csr = AdjacencyCSR(nodeCount: n, sources: s, targets: t)
        let keep: (Int, Int) -> Bool = { ($0 * 7 + $1 * 3) % 4 != 0 }
        var adj = oracleAdjacency(n: n, sources: s, targets: t)
        for v in 0..<n { adj[v] = adj[v].filter { keep(v, $0) } }
        for start in 0..<n {
            let r = csr.reach(from: start, direction: .cited, follows: keep)
            #expect(Set(r.nodes.map(Int.init)) == Set(oracleDistances(from: start, adj: adj).keys))
            let back = csr.reach(from: start, direction: .citing, follows: keep)
            #expect(Set(back.nodes.map(Int.init)) == Set(oracleDistances(from: start, adj: reversed(adj)).keys))
        }
    }

    @Test("shortest paths are real chains of the oracle's length", arguments: seeds)
    func shortestPaths(seed: UInt64) {
        let (n, s, t) = randomEdges(seed: seed)
        let csr = AdjacencyCSR(nodeCount: n, sources: s, targets: t)
        let adj = oracleAdjacency(n: n, sources: s, targets: t)
        for a in 0..<min(n, 8) {
            let dist = oracleDistances(from: a, adj: adj)
            for b in 0..<n where b != a {
                let path = csr.shortestPath(from: a, to: b)
                if let d = dist[b] {
                    #expect(path?.count == d + 1, "seed \(seed) \(a)→\(b)")
                    if let path {
                        #expect(path.first == a && path.last == b)
                        for (x, y) in zip(path, path.dropFirst()) { #expect(adj[x].contains(y)) }
                    }
                } else {
                    #expect(path == nil, "seed \(seed) \(a)→\(b) has no path")
                }
            }
        }
    }

    @Test("strongly connected components match mutual reachability", arguments: seeds)
    func components(seed: UInt64) {
        let (n, s, t) = randomEdges(seed: seed)
        let csr = AdjacencyCSR(nodeCount: n, sources: s, targets: t)
        let adj = oracleAdjacency(n: n, sources: s, targets: t)
        let reach = (0..<n).map { Set(oracleDistances(from: $0, adj: adj).keys).union([$0]) }
        let components = csr.stronglyConnectedComponents()
        #expect(components.reduce(0) { $0 + $1.count } == n, "every node in exactly one component")
        var componentOf = [Int](repeating: -1, count: n)
        for (c, members) in components.enumerated() { for v in members { componentOf[Int(v)] = c } }
        for a in 0..<n {
            for b in 0..<n {
                let mutual = reach[a].contains(b) && reach[b].contains(a)
                #expect((componentOf[a] == componentOf[b]) == mutual, "seed \(seed) \(a),\(b)")
            }
        }
        // Reverse topological order: an edge never points to a later component.
        for v in 0..<n { for w in adj[v] { #expect(componentOf[w] <= componentOf[v]) } }
    }

    @Test("witness cycles are real cycles inside their component", arguments: seeds.prefix(150))
    func witnesses(seed: UInt64) {
        let (n, s, t) = randomEdges(seed: seed)
        let graph = CitationGraph(nodes: (0..<n).map { GraphNode(symbol: "X/\($0)") },
                                  adjacency: AdjacencyCSR(nodeCount: n, sources: s, targets: t))
        let adj = oracleAdjacency(n: n, sources: s, targets: t)
        for cycle in graph.citationCycles() {
            #expect(cycle.members.count > 1)
            #expect(cycle.witness.count > 1 && Set(cycle.witness).count == cycle.witness.count)
            #expect(Set(cycle.witness).isSubset(of: Set(cycle.members)))
            let ring = cycle.witness + [cycle.witness[0]]
            for (x, y) in zip(ring, ring.dropFirst()) { #expect(adj[x].contains(y), "seed \(seed)") }
        }
    }

    @Test("longest chains on random DAGs match exhaustive search", arguments: seeds.prefix(150))
    func longestOnDAGs(seed: UInt64) {
        // Keep only edges from higher to lower numbers: a DAG, as a time-ordered corpus is.
        let (n, s0, t0) = randomEdges(seed: seed, maxNodes: 14)
        let pairs = zip(s0, t0).filter { $0.0 > $0.1 }
        let s = pairs.map(\.0), t = pairs.map(\.1)
        let graph = CitationGraph(nodes: (0..<n).map { GraphNode(symbol: "X/\($0)") },
                                  adjacency: AdjacencyCSR(nodeCount: n, sources: s, targets: t))
        let adj = oracleAdjacency(n: n, sources: s, targets: t)
        func exhaustive(_ v: Int) -> Int { 1 + (adj[v].map(exhaustive).max() ?? 0) }
        for v in 0..<n {
            let chain = graph.longestChain(from: v)
            #expect(chain.count == exhaustive(v), "seed \(seed) from \(v)")
            #expect(chain.first == v)
            for (x, y) in zip(chain, chain.dropFirst()) { #expect(adj[x].contains(y)) }
        }
    }

    @Test("on time-ordered graphs the sweep equals the oracle and the breadth-first walk", arguments: seeds)
    func sweep(seed: UInt64) {
        // Edges only from higher to lower numbers, as in a corpus where documents cite older ones.
        let (n, s0, t0) = randomEdges(seed: seed, maxNodes: 60)
        let pairs = zip(s0, t0).filter { $0.0 > $0.1 }
        let csr = AdjacencyCSR(nodeCount: n, sources: pairs.map(\.0), targets: pairs.map(\.1))
        #expect(csr.isTimeOrdered)
        let adj = oracleAdjacency(n: n, sources: pairs.map(\.0), targets: pairs.map(\.1))
        for start in 0..<n {
            for (direction, graph) in [(WalkDirection.cited, adj), (.citing, reversed(adj))] {
                let swept = csr.sweep(from: start, direction: direction)
                var got: [Int: Int] = [:]
                for i in 0..<swept.count { got[Int(swept.nodes[i])] = Int(swept.depths[i]) }
                #expect(got == oracleDistances(from: start, adj: graph), "seed \(seed) start \(start) \(direction)")
                let pairs = zip(swept.depths, swept.nodes).map { [$0, $1] }
                #expect(pairs == pairs.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }, "ordered by depth, then node")
                let bfs = csr.breadthFirst(from: start, direction: direction, maxDepth: nil, follows: nil, edgeBudget: nil)!
                #expect(Set(bfs.nodes) == Set(swept.nodes))
                // Over budget, the walk hands over instead of answering.
                if bfs.count > 1 {
                    #expect(csr.breadthFirst(from: start, direction: direction, maxDepth: nil, follows: nil, edgeBudget: 0) == nil)
                }
            }
        }
    }

    @Test("a 100,000-long chain is walked without overflowing the stack")
    func longChain() {
        let n = 100_000
        let s = (1..<n).map { Int32($0) }, t = (0..<(n - 1)).map { Int32($0) }
        let graph = CitationGraph(nodes: (0..<n).map { GraphNode(symbol: "X/\($0)") },
                                  adjacency: AdjacencyCSR(nodeCount: n, sources: s, targets: t))
        #expect(graph.ancestors(of: n - 1).count == n - 1)
        #expect(graph.descendants(of: 0).last == GraphHit(node: n - 1, depth: n - 1))
        #expect(graph.path(from: n - 1, to: 0)?.count == n)
        #expect(graph.longestChain(from: n - 1).count == n)
        #expect(graph.citationCycles().isEmpty)
        // Close the ring: one component of all nodes, its witness the whole ring.
        let ring = CitationGraph(nodes: Array(graph.nodes),
                                 adjacency: AdjacencyCSR(nodeCount: n, sources: s + [0], targets: t + [Int32(n - 1)]))
        let cycles = ring.citationCycles()
        #expect(cycles.count == 1 && cycles.first?.witness.count == n)
    }

    @Test("rows read in place from borrowed memory walk as the owned rows do", arguments: seeds.prefix(100))
    func borrowedRows(seed: UInt64) throws {
        let (n, s0, t0) = randomEdges(seed: seed, maxNodes: 60)
        // Half the seeds time-ordered (the sweep runs), half with cycles.
        let pairs = seed % 2 == 0 ? zip(s0, t0).filter { $0.0 > $0.1 } : Array(zip(s0, t0))
        let owned = AdjacencyCSR(nodeCount: n, sources: pairs.map(\.0), targets: pairs.map(\.1))
        let memory = BorrowedRows(owned)
        let borrowed: AdjacencyCSR = memory.adjacency
        #expect(!borrowed.isVerified && borrowed.forwardTargets.isBorrowed)
        #expect(borrowed == owned && borrowed.isTimeOrdered == owned.isTimeOrdered)
        for start in 0..<n {
            for direction in [WalkDirection.cited, .citing] {
                #expect(borrowed.reach(from: start, direction: direction) == owned.reach(from: start, direction: direction))
                #expect(borrowed.reach(from: start, direction: direction, maxDepth: 2) == owned.reach(from: start, direction: direction, maxDepth: 2))
                if owned.isTimeOrdered {
                    #expect(borrowed.sweep(from: start, direction: direction) == owned.sweep(from: start, direction: direction))
                }
            }
            #expect(Array(borrowed.successors(of: start)) == Array(owned.successors(of: start)))
            for w in 0..<n { #expect(borrowed.edge(from: start, to: w) == owned.edge(from: start, to: w)) }
        }
        #expect(borrowed.stronglyConnectedComponents() == owned.stronglyConnectedComponents())
        #expect(try borrowed.verified().isVerified)
    }

    @Test("the stored-array constructor gives the same graph as the edge-list one", arguments: seeds.prefix(50))
    func storedArrays(seed: UInt64) {
        let (n, s, t) = randomEdges(seed: seed)
        let built = AdjacencyCSR(nodeCount: n, sources: s, targets: t)
        let reloaded = AdjacencyCSR(nodeCount: n, forwardOffsets: built.forwardOffsets, forwardTargets: built.forwardTargets)
        #expect(reloaded == built)
    }
}

/// Copies of a graph's four arrays in memory of its own, lent to an
/// `AdjacencyCSR(unsafeStoredRows:…)` as a mapped snapshot lends its pages.
final class BorrowedRows: @unchecked Sendable {
    private var buffers: [UnsafeMutableBufferPointer<Int32>] = []
    private var rows: AdjacencyCSR?
    var adjacency: AdjacencyCSR { rows! }

    init(_ graph: AdjacencyCSR) {
        func lend(_ values: CSRArray) -> CSRArray {
            let buffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, values.count))
            _ = buffer.initialize(from: values)
            buffers.append(buffer)
            return CSRArray(unsafeBorrowing: UnsafeBufferPointer(rebasing: buffer[0..<values.count]), owner: self)
        }
        rows = AdjacencyCSR(unsafeStoredRows: graph.nodeCount, forwardOffsets: lend(graph.forwardOffsets),
                                 forwardTargets: lend(graph.forwardTargets), reverseOffsets: lend(graph.reverseOffsets),
                                 reverseSources: lend(graph.reverseSources), isTimeOrdered: graph.isTimeOrdered,
                                 source: StoredGraphSource(damageMessage: "test rows are damaged"))
    }

    deinit { for b in buffers { b.deallocate() } }
}

extension CitationSubgraph {
    /// The subgraph without the edges that a longer path already implies:
    /// when 67/195 cites 56/183 and also 66/210, which itself cites 56/183,
    /// the direct edge 67/195 → 56/183 is dropped. Every document still reaches
    /// every document it reached before.
    ///
    /// Diagrams of lineages lose a third to a half of their edges this way and
    /// lay out many times faster, because hierarchical layout cost grows with
    /// long edges. A time-ordered corpus is acyclic, but extraction errors and
    /// joint documents can create cycles, so the reduction works on strongly
    /// connected components: edges inside a component are kept, and edges
    /// between components are reduced on the acyclic condensation, where the
    /// reduction is unique and cannot lose reachability.
    ///
    /// Reachability is kept in bit sets, one row per component. A full matrix
    /// takes components² / 8 bytes (1.25 GB at 100,000), so the columns are
    /// taken in slices that fit `bitsetBudget` bytes, one pass per slice: the
    /// memory stays within the budget (plus the graph), and the total work is
    /// the same O(components × condensation edges / 64) word operations as one
    /// pass over the whole matrix, because each pass only ORs its own slice.
    public func transitivelyReduced(bitsetBudget: Int = CitationSubgraph.reductionBitsetBudget) -> CitationSubgraph {
        let n = nodes.count
        guard n > 0, !edges.isEmpty else { return self }
        // Tarjan emits components in reverse topological order; number them so.
        let adjacency = AdjacencyCSR(nodeCount: n, sources: edges.map { Int32($0.from) }, targets: edges.map { Int32($0.to) })
        var component = [Int](repeating: 0, count: n)
        let strongComponents = adjacency.stronglyConnectedComponents()
        for (number, members) in strongComponents.enumerated() { for v in members { component[Int(v)] = number } }
        let c = strongComponents.count

        // Condensation edges, deduplicated, per component.
        var successors = Array(repeating: [Int](), count: c)
        var seenPairs = Set<Int>()
        for edge in edges {
            let (a, b) = (component[edge.from], component[edge.to])
            if a != b, seenPairs.insert(a &* c &+ b).inserted { successors[a].append(b) }
        }

        // Tarjan numbers components in reverse topological order: every edge
        // a → b has b < a, so walking upward computes each reach set from
        // already complete ones. reach[a] = the components of the current slice
        // reachable from a by a path of length ≥ 1. A component below the slice
        // reaches nothing in it, so each pass starts at the slice's first column.
        let plan = Self.reductionPlan(components: c, bitsetBudget: bitsetBudget)
        let width = plan.wordsPerPass
        var reach = [UInt64](repeating: 0, count: c * width)
        var redundant = Set<Int>()
        for firstWord in stride(from: 0, to: (c + 63) / 64, by: width) {
            let low = firstWord * 64, high = min(c, low + width * 64)
            if firstWord > 0 { for i in reach.indices { reach[i] = 0 } }
            func reaches(_ a: Int, _ b: Int) -> Bool {
                reach[a * width + (b - low) / 64] & (1 << UInt64((b - low) % 64)) != 0
            }
            for a in low..<c {
                for b in successors[a] where b >= low {
                    for w in 0..<width { reach[a * width + w] |= reach[b * width + w] }
                }
                // a → b is implied when some other successor already reaches b.
                for b in successors[a] where b >= low && b < high {
                    if successors[a].contains(where: { $0 != b && $0 >= low && reaches($0, b) }) {
                        redundant.insert(a &* c &+ b)
                    }
                }
                for b in successors[a] where b >= low && b < high {
                    reach[a * width + (b - low) / 64] |= 1 << UInt64((b - low) % 64)
                }
            }
        }

        var reduced = self
        reduced.edges = edges.filter { edge in
            let (a, b) = (component[edge.from], component[edge.to])
            return a == b || !redundant.contains(a &* c &+ b)
        }
        return reduced
    }

    /// The bit-set memory `transitivelyReduced` allows itself by default: 64 MB,
    /// which holds the whole matrix up to about 23,000 components and a slice of
    /// it above (100,000 documents: 20 passes).
    public static let reductionBitsetBudget = 64 << 20

    /// How the reduction slices its reachability matrix: 64-bit words per row
    /// in one pass, how many passes, and the bytes the bit sets take.
    public static func reductionPlan(components c: Int, bitsetBudget: Int) -> (wordsPerPass: Int, passes: Int, bytes: Int) {
        let words = max(1, (c + 63) / 64)
        let width = min(words, max(1, bitsetBudget / 8 / max(1, c)))
        return (width, (words + width - 1) / width, c * width * 8)
    }
}

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
        let components = StronglyConnectedComponents(nodeCount: n, edges: edges.map { ($0.from, $0.to) })
        let c = components.count

        // Condensation edges, deduplicated, per component.
        var successors = Array(repeating: [Int](), count: c)
        var seenPairs = Set<Int>()
        for edge in edges {
            let (a, b) = (components.component[edge.from], components.component[edge.to])
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
            let (a, b) = (components.component[edge.from], components.component[edge.to])
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

/// Tarjan's strongly connected components, iterative so that a chain of a
/// hundred thousand citations cannot overflow the stack. Components are
/// numbered in the order Tarjan completes them, which is a reverse
/// topological order of the condensation.
struct StronglyConnectedComponents {
    var component: [Int]
    var count: Int

    init(nodeCount n: Int, edges: [(Int, Int)]) {
        var start = [Int](repeating: 0, count: n + 1)
        for (from, _) in edges { start[from + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        var targets = [Int](repeating: 0, count: edges.count)
        var fill = start
        for (from, to) in edges { targets[fill[from]] = to; fill[from] += 1 }

        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var component = [Int](repeating: -1, count: n)
        var nextIndex = 0
        var count = 0
        var work: [(node: Int, edge: Int)] = []

        for root in 0..<n where index[root] < 0 {
            work.append((root, start[root]))
            index[root] = nextIndex; low[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while let (v, e) = work.last {
                if e < start[v + 1] {
                    work[work.count - 1].edge += 1
                    let w = targets[e]
                    if index[w] < 0 {
                        index[w] = nextIndex; low[w] = nextIndex; nextIndex += 1
                        stack.append(w); onStack[w] = true
                        work.append((w, start[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[v]) }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[w] = false
                        component[w] = count
                        if w == v { break }
                    }
                    count += 1
                }
            }
        }
        self.component = component
        self.count = count
    }
}

/// Directed adjacency in compressed sparse row form: one flat array of
/// neighbours and one array of row offsets, in both directions.
///
/// Flat `Int32` arrays keep a 10-million-edge graph near 90 MB, let traversals
/// run without pointer chasing, and are exactly what a persistent index can
/// store and map back in: `init(nodeCount:forwardOffsets:forwardTargets:)`
/// takes them as they were saved.
///
/// Rows are sorted by node number and hold no duplicates or self-loops, so
/// every walk visits neighbours in one deterministic order.
public struct AdjacencyCSR: Sendable, Hashable {
    // Equality and hashing: the graph (`nodeCount`, the four arrays, `isTimeOrdered`), not where it lives.
    /// Nodes `0 ..< nodeCount`; a node without edges still has its (empty) rows.
    public let nodeCount: Int
    /// `forwardOffsets[v] ..< forwardOffsets[v + 1]` indexes `forwardTargets`: the nodes `v` points to.
    /// The position of an edge in `forwardTargets` is its edge number.
    public let forwardOffsets: CSRArray
    /// The cited nodes, row after row; an edge's position here is its edge number, which indexes its occurrences.
    public let forwardTargets: CSRArray
    /// The same edges grouped by target: `reverseSources[reverseOffsets[v] ..< reverseOffsets[v + 1]]` point to `v`.
    public let reverseOffsets: CSRArray
    /// The citing nodes, row after row, so that "what cites this" walks as fast as "what does this cite".
    public let reverseSources: CSRArray
    /// Whether every entry is known to be in range (built here, or checked whole).
    /// Rows read in place from a stored snapshot are not: each walk checks the
    /// rows it reads instead, so opening the graph costs the same at any size.
    public let isVerified: Bool
    /// Where borrowed rows come from, for the message if they turn out damaged.
    public let source: StoredGraphSource?
    /// Whether every edge points from a higher node number to a lower one — the
    /// numbering is a topological order, as in a corpus numbered by time where
    /// documents cite only older ones. Whole closures then run as one sweep in
    /// memory order instead of a breadth-first search (see `reach`).
    public let isTimeOrdered: Bool

    /// Distinct (citing, cited) pairs.
    public var edgeCount: Int { forwardTargets.count }

    /// Builds from an edge list in any order, in linear time (two counting sorts
    /// plus a sort of each row). Duplicate pairs and self-loops are dropped.
    ///
    /// - Precondition: every endpoint is in `0 ..< nodeCount`, and fewer than 2³¹ edges.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32]) {
        precondition(sources.count == targets.count, "an edge list needs as many sources as targets")
        precondition(nodeCount < Int(Int32.max) && sources.count < Int(Int32.max))
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var rows = [Int32](repeating: 0, count: sources.count)
        sources.withUnsafeBufferPointer { src in
            targets.withUnsafeBufferPointer { dst in
                offsets.withUnsafeMutableBufferPointer { off in
                    for s in src {
                        precondition(s >= 0 && Int(s) < nodeCount, "edge source \(s) is not a node")
                        off[Int(s) + 1] &+= 1
                    }
                    for v in 0..<nodeCount { off[v + 1] &+= off[v] }
                    var cursor = Array(off[0..<nodeCount])
                    rows.withUnsafeMutableBufferPointer { out in
                        cursor.withUnsafeMutableBufferPointer { cur in
                            for e in 0..<src.count {
                                let s = Int(src[e]), t = dst[e]
                                precondition(t >= 0 && Int(t) < nodeCount, "edge target \(t) is not a node")
                                out[Int(cur[s])] = t
                                cur[s] &+= 1
                            }
                        }
                    }
                }
            }
        }
        let (compactOffsets, compactTargets) = Self.sortAndCompactRows(offsets: offsets, targets: consume rows)
        self.init(nodeCount: nodeCount, forwardOffsets: compactOffsets, forwardTargets: compactTargets)
    }

    /// Builds from rows grouped by source but in any order within a row, with
    /// possible duplicates and self-loops (what a generator or an index that
    /// appends rows produces). The arrays are consumed: rows are sorted in place,
    /// so no second copy of the edges is made.
    ///
    /// - Precondition: `rowOffsets` has `nodeCount + 1` non-decreasing entries starting at 0.
    public init(nodeCount: Int, rowOffsets: consuming [Int32], rowTargets: consuming [Int32]) {
        precondition(rowOffsets.count == nodeCount + 1 && rowOffsets.first == 0
                     && Int(rowOffsets.last!) == rowTargets.count, "row offsets do not describe the target array")
        let (offsets, targets) = Self.sortAndCompactRows(offsets: consume rowOffsets, targets: consume rowTargets)
        self.init(nodeCount: nodeCount, forwardOffsets: offsets, forwardTargets: targets)
    }

    /// Builds from forward rows already in CSR form (as a persistent index stores
    /// them); the reverse direction is derived in linear time.
    ///
    /// - Precondition: `forwardOffsets` has `nodeCount + 1` non-decreasing entries
    ///   starting at 0; rows are sorted, without duplicates or self-loops.
    public init(nodeCount: Int, forwardOffsets: [Int32], forwardTargets: [Int32]) {
        precondition(forwardOffsets.count == nodeCount + 1 && forwardOffsets.first == 0
                     && Int(forwardOffsets.last!) == forwardTargets.count,
                     "forward offsets do not describe the target array")
        self.nodeCount = nodeCount
        self.forwardOffsets = CSRArray(forwardOffsets)
        self.forwardTargets = CSRArray(forwardTargets)
        self.isVerified = true
        self.source = nil
        var revOffsets = [Int32](repeating: 0, count: nodeCount + 1)
        var revSources = [Int32](repeating: 0, count: forwardTargets.count)
        forwardOffsets.withUnsafeBufferPointer { off in
            forwardTargets.withUnsafeBufferPointer { dst in
                revOffsets.withUnsafeMutableBufferPointer { roff in
                    for t in dst { roff[Int(t) + 1] &+= 1 }
                    for v in 0..<nodeCount { roff[v + 1] &+= roff[v] }
                    var cursor = Array(roff[0..<nodeCount])
                    revSources.withUnsafeMutableBufferPointer { out in
                        cursor.withUnsafeMutableBufferPointer { cur in
                            // Sources are visited in increasing order, so each reverse row comes out sorted.
                            for s in 0..<nodeCount {
                                for e in Int(off[s])..<Int(off[s + 1]) {
                                    let t = Int(dst[e])
                                    out[Int(cur[t])] = Int32(s)
                                    cur[t] &+= 1
                                }
                            }
                        }
                    }
                }
            }
        }
        self.reverseOffsets = CSRArray(revOffsets)
        self.reverseSources = CSRArray(revSources)
        // Rows are sorted, so each row's last entry is its largest target.
        var ordered = true
        for v in 0..<nodeCount where forwardOffsets[v + 1] > forwardOffsets[v] {
            if Int(forwardTargets[Int(forwardOffsets[v + 1]) - 1]) >= v { ordered = false; break }
        }
        self.isTimeOrdered = ordered
    }

    /// The same, from another graph's arrays (`Array(_:)` of each).
    public init(nodeCount: Int, forwardOffsets: CSRArray, forwardTargets: CSRArray) {
        self.init(nodeCount: nodeCount, forwardOffsets: Array(forwardOffsets), forwardTargets: Array(forwardTargets))
    }

    /// Takes both directions as a persistent index stored them, so that loading
    /// a graph does no work proportional to its edges beyond copying them.
    ///
    /// - Precondition: the four arrays are what `init(nodeCount:forwardOffsets:forwardTargets:)`
    ///   would hold for these forward rows, and `isTimeOrdered` is what it would compute
    ///   (the caller has checked them: sizes are checked here, contents are not).
    public init(nodeCount: Int, forwardOffsets: [Int32], forwardTargets: [Int32],
                reverseOffsets: [Int32], reverseSources: [Int32], isTimeOrdered: Bool) {
        precondition(forwardOffsets.count == nodeCount + 1 && reverseOffsets.count == nodeCount + 1
                     && forwardTargets.count == reverseSources.count
                     && Int(forwardOffsets.last!) == forwardTargets.count
                     && Int(reverseOffsets.last!) == reverseSources.count,
                     "stored rows do not describe one graph")
        self.nodeCount = nodeCount
        self.forwardOffsets = CSRArray(forwardOffsets)
        self.forwardTargets = CSRArray(forwardTargets)
        self.reverseOffsets = CSRArray(reverseOffsets)
        self.reverseSources = CSRArray(reverseSources)
        self.isTimeOrdered = isTimeOrdered
        self.isVerified = true
        self.source = nil
    }

    /// Takes both directions in place from stored memory (a mapped snapshot),
    /// copying and scanning nothing: only the sizes and the first and last
    /// offsets are checked here. Every walk then checks each row and neighbour it
    /// reads, so damaged contents are never read outside the arrays; when a walk
    /// meets one, the process ends with `source`'s message (see `damaged`).
    /// `verified()` checks every entry at once instead, for a caller that would
    /// rather get an error up front.
    ///
    /// - Precondition: sizes agree (`nodeCount + 1` offsets each way, as many sources as
    ///   targets) and each offsets array starts at 0 and ends at the edge count.
    public init(unsafeStoredRows nodeCount: Int, forwardOffsets: CSRArray, forwardTargets: CSRArray,
                reverseOffsets: CSRArray, reverseSources: CSRArray, isTimeOrdered: Bool,
                source: StoredGraphSource) {
        precondition(nodeCount >= 0 && forwardOffsets.count == nodeCount + 1 && reverseOffsets.count == nodeCount + 1
                     && forwardTargets.count == reverseSources.count
                     && forwardOffsets[0] == 0 && reverseOffsets[0] == 0
                     && Int(forwardOffsets[nodeCount]) == forwardTargets.count
                     && Int(reverseOffsets[nodeCount]) == reverseSources.count,
                     "stored rows do not describe one graph")
        self.nodeCount = nodeCount
        self.forwardOffsets = forwardOffsets
        self.forwardTargets = forwardTargets
        self.reverseOffsets = reverseOffsets
        self.reverseSources = reverseSources
        self.isTimeOrdered = isTimeOrdered
        self.isVerified = false
        self.source = source
    }

    /// The entry that makes stored rows unusable, as `verified()` reports it.
    public struct Damage: Error, Sendable, Hashable {
        /// Which array, and where: "forward_targets[12]".
        public let part: String

        /// The damage found at `part` (an array's name and an index).
        public init(part: String) { self.part = part }
    }

    /// The same graph with every entry checked: offsets start at 0, never
    /// decrease and end at the edge count; every neighbour is a node; and a graph
    /// said to be time-ordered has only rows that point down. Linear in the edges.
    public func verified() throws(Damage) -> AdjacencyCSR {
        if isVerified { return self }
        try Self.check(offsets: forwardOffsets, adjacent: forwardTargets, nodeCount: nodeCount, part: "forward",
                       pointsDown: isTimeOrdered)
        try Self.check(offsets: reverseOffsets, adjacent: reverseSources, nodeCount: nodeCount, part: "reverse",
                       pointsDown: false)
        return AdjacencyCSR(verifiedCopyOf: self)
    }

    private init(verifiedCopyOf other: AdjacencyCSR) {
        nodeCount = other.nodeCount
        forwardOffsets = other.forwardOffsets
        forwardTargets = other.forwardTargets
        reverseOffsets = other.reverseOffsets
        reverseSources = other.reverseSources
        isTimeOrdered = other.isTimeOrdered
        isVerified = true
        source = other.source
    }

    private static func check(offsets: CSRArray, adjacent: CSRArray, nodeCount: Int, part: String,
                              pointsDown: Bool) throws(Damage) {
        guard offsets.count == nodeCount + 1 else { throw Damage(part: "\(part)_offsets") }
        var bad: String?
        offsets.withUnsafeBufferPointer { off in
            adjacent.withUnsafeBufferPointer { adj in
                guard off[0] == 0, Int(off[nodeCount]) == adj.count else { bad = "\(part)_offsets[0]"; return }
                let n = UInt(nodeCount)
                for v in 0..<nodeCount {
                    let lo = Int(off[v]), hi = Int(off[v + 1])
                    guard lo <= hi, hi <= adj.count else { bad = "\(part)_offsets[\(v + 1)]"; return }
                    for e in lo..<hi where UInt(bitPattern: Int(adj[e])) >= n {
                        bad = "\(part)_\(part == "forward" ? "targets" : "sources")[\(e)]"; return
                    }
                    // Rows are sorted, so the last entry is the largest.
                    if pointsDown && hi > lo && Int(adj[hi - 1]) >= v { bad = "\(part)_targets[\(hi - 1)]"; return }
                }
            }
        }
        if let bad { throw Damage(part: bad) }
    }

    /// Ends the process unless every entry is in range: for whole-graph
    /// algorithms, which read every row anyway, one check up front is cheaper than one per read.
    @usableFromInline func requireIntact() {
        if isVerified { return }
        do { _ = try verified() } catch { damaged(error.part) }
    }

    /// Row `v` of `offsets` as positions in `adjacent`; for borrowed rows, the
    /// bounds and every neighbour in the row are checked first.
    @usableFromInline func checkedRow(_ v: Int, offsets: CSRArray, adjacent: CSRArray, part: String) -> Range<Int> {
        let lo = Int(offsets[v]), hi = Int(offsets[v + 1])
        if !isVerified {
            guard 0 <= lo, lo <= hi, hi <= adjacent.count else { damaged("\(part) row \(v)") }
            let n = UInt(nodeCount)
            adjacent.withUnsafeBufferPointer { adj in
                for e in lo..<hi where UInt(bitPattern: Int(adj[e])) >= n { damaged("\(part) entry \(e)") }
            }
        }
        return lo..<hi
    }

    /// The same graph: node count, time order and the four arrays, wherever they live.
    public static func == (a: AdjacencyCSR, b: AdjacencyCSR) -> Bool {
        a.nodeCount == b.nodeCount && a.isTimeOrdered == b.isTimeOrdered
            && a.forwardOffsets == b.forwardOffsets && a.forwardTargets == b.forwardTargets
            && a.reverseOffsets == b.reverseOffsets && a.reverseSources == b.reverseSources
    }

    /// Hashes what `==` compares (the reverse rows follow from the forward ones).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodeCount)
        hasher.combine(isTimeOrdered)
        hasher.combine(forwardOffsets)
        hasher.combine(forwardTargets)
    }

    /// Sorts each row, then removes duplicate neighbours and self-loops in place.
    private static func sortAndCompactRows(offsets: consuming [Int32], targets: consuming [Int32]) -> ([Int32], [Int32]) {
        var targets = consume targets
        var newOffsets = consume offsets
        let n = newOffsets.count - 1
        targets.withUnsafeMutableBufferPointer { t in
            newOffsets.withUnsafeMutableBufferPointer { newOff in
                var write = 0
                // Offsets are rewritten in place: read each row's bounds before overwriting them.
                var lo = Int(newOff[0])
                for v in 0..<n {
                    let hi = Int(newOff[v + 1])
                    if hi - lo <= 32 {
                        // Citation rows are short: insertion sort beats a general sort here.
                        var i = lo + 1
                        while i < hi {
                            let x = t[i]
                            var j = i - 1
                            while j >= lo && t[j] > x { t[j + 1] = t[j]; j -= 1 }
                            t[j + 1] = x
                            i += 1
                        }
                    } else {
                        var row = UnsafeMutableBufferPointer(rebasing: t[lo..<hi])
                        row.sort()
                    }
                    newOff[v] = Int32(write)
                    var previous: Int32 = -1
                    for i in lo..<hi {
                        let x = t[i]
                        if x == previous || Int(x) == v { continue }
                        t[write] = x
                        write += 1
                        previous = x
                    }
                    lo = hi
                }
                newOff[n] = Int32(write)
                return
            }
        }
        let count = Int(newOffsets[n])
        if count < targets.count { targets.removeSubrange(count...) }
        return (newOffsets, targets)
    }

    /// The nodes `v` points to, in increasing order.
    @inlinable public func successors(of v: Int) -> Slice<CSRArray> {
        forwardTargets[checkedRow(v, offsets: forwardOffsets, adjacent: forwardTargets, part: "forward")]
    }

    /// The nodes that point to `v`, in increasing order.
    @inlinable public func predecessors(of v: Int) -> Slice<CSRArray> {
        reverseSources[checkedRow(v, offsets: reverseOffsets, adjacent: reverseSources, part: "reverse")]
    }

    /// How many documents `v` cites, read from the offsets without touching the targets.
    @inlinable public func outDegree(of v: Int) -> Int { max(0, Int(forwardOffsets[v + 1]) - Int(forwardOffsets[v])) }
    /// How many documents cite `v`, the in-degree `top` ranks by.
    @inlinable public func inDegree(of v: Int) -> Int { max(0, Int(reverseOffsets[v + 1]) - Int(reverseOffsets[v])) }

    /// The edge number of `from → to`, found by binary search in `from`'s sorted row.
    public func edge(from: Int, to: Int) -> Int? {
        let row = checkedRow(from, offsets: forwardOffsets, adjacent: forwardTargets, part: "forward")
        var lo = row.lowerBound, hi = row.upperBound
        let key = Int32(to)
        while lo < hi {
            let mid = (lo + hi) / 2
            if forwardTargets[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < row.upperBound && forwardTargets[lo] == key ? lo : nil
    }
}

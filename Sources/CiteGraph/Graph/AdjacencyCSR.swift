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
    /// Nodes `0 ..< nodeCount`; a node without edges still has its (empty) rows.
    public let nodeCount: Int
    /// `forwardOffsets[v] ..< forwardOffsets[v + 1]` indexes `forwardTargets`: the nodes `v` points to.
    /// The position of an edge in `forwardTargets` is its edge number.
    public let forwardOffsets: [Int32]
    /// The cited nodes, row after row; an edge's position here is its edge number, which indexes its occurrences.
    public let forwardTargets: [Int32]
    /// The same edges grouped by target: `reverseSources[reverseOffsets[v] ..< reverseOffsets[v + 1]]` point to `v`.
    public let reverseOffsets: [Int32]
    /// The citing nodes, row after row, so that "what cites this" walks as fast as "what does this cite".
    public let reverseSources: [Int32]
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
        self.forwardOffsets = forwardOffsets
        self.forwardTargets = forwardTargets
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
        self.reverseOffsets = revOffsets
        self.reverseSources = revSources
        // Rows are sorted, so each row's last entry is its largest target.
        var ordered = true
        for v in 0..<nodeCount where forwardOffsets[v + 1] > forwardOffsets[v] {
            if Int(forwardTargets[Int(forwardOffsets[v + 1]) - 1]) >= v { ordered = false; break }
        }
        self.isTimeOrdered = ordered
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
        self.forwardOffsets = forwardOffsets
        self.forwardTargets = forwardTargets
        self.reverseOffsets = reverseOffsets
        self.reverseSources = reverseSources
        self.isTimeOrdered = isTimeOrdered
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
    @inlinable public func successors(of v: Int) -> ArraySlice<Int32> {
        forwardTargets[Int(forwardOffsets[v])..<Int(forwardOffsets[v + 1])]
    }

    /// The nodes that point to `v`, in increasing order.
    @inlinable public func predecessors(of v: Int) -> ArraySlice<Int32> {
        reverseSources[Int(reverseOffsets[v])..<Int(reverseOffsets[v + 1])]
    }

    /// How many documents `v` cites, read from the offsets without touching the targets.
    @inlinable public func outDegree(of v: Int) -> Int { Int(forwardOffsets[v + 1] - forwardOffsets[v]) }
    /// How many documents cite `v`, the in-degree `top` ranks by.
    @inlinable public func inDegree(of v: Int) -> Int { Int(reverseOffsets[v + 1] - reverseOffsets[v]) }

    /// The edge number of `from → to`, found by binary search in `from`'s sorted row.
    public func edge(from: Int, to: Int) -> Int? {
        var lo = Int(forwardOffsets[from]), hi = Int(forwardOffsets[from + 1])
        let key = Int32(to)
        while lo < hi {
            let mid = (lo + hi) / 2
            if forwardTargets[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < Int(forwardOffsets[from + 1]) && forwardTargets[lo] == key ? lo : nil
    }
}

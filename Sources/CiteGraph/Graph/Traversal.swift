/// Which way a walk follows the edges. Edges point from the citing document to
/// the cited one, so the two directions answer different questions.
public enum WalkDirection: String, Sendable, Hashable, Codable {
    /// Follow edges forwards, citing → cited: what a document cites, and what
    /// those cite in turn — the older documents it builds on (its ancestors).
    case cited
    /// Follow edges backwards, cited → citing: who cites a document, and who
    /// cites those — the later documents that build on it (its descendants).
    case citing
}

/// The nodes a breadth-first walk reached, in the order it reached them, each
/// with its distance from the start (the shortest number of citation steps).
public struct Reach: Sendable, Hashable {
    /// The nodes reached, in the order the walk reached them.
    public var nodes: [Int32]
    /// Each node's distance from the start, aligned with `nodes`.
    public var depths: [Int32]

    /// How many nodes the walk reached.
    public var count: Int { nodes.count }
}

extension AdjacencyCSR {
    /// Every node reachable from `start` (never `start` itself), each with its
    /// shortest distance, in order of distance.
    ///
    /// Iterative with an array queue, so chains of any length are safe; within a
    /// distance the order is deterministic (discovery order, or node order when
    /// a large closure on a time-ordered graph is computed by `sweep`).
    ///
    /// - Parameters:
    ///   - start: the node the walk starts from.
    ///   - direction: `.cited` follows citations forwards (towards older documents),
    ///     `.citing` backwards (towards later ones).
    ///   - maxDepth: stop expanding at this distance (`nil`: no limit).
    ///   - follows: an edge filter given `(from, to)` in edge direction (citing, cited);
    ///     `nil` follows every edge on a faster path.
    public func reach(from start: Int, direction: WalkDirection, maxDepth: Int? = nil,
                      follows: ((_ citing: Int, _ cited: Int) -> Bool)? = nil) -> Reach {
        if isTimeOrdered && follows == nil && maxDepth == nil {
            // Try a breadth-first walk on a small edge budget; a closure that outgrows it
            // is taken over by the sweep, which reads the arrays in memory order. The sweep
            // costs a look at every node in its range plus the reached rows, so the budget
            // is a fraction of that range.
            let range = direction == .cited ? start + 1 : nodeCount - start
            if let small = breadthFirst(from: start, direction: direction, maxDepth: nil, follows: nil,
                                        edgeBudget: max(4096, range / 16)) {
                return small
            }
            return sweep(from: start, direction: direction)
        }
        return breadthFirst(from: start, direction: direction, maxDepth: maxDepth, follows: follows, edgeBudget: nil)!
    }

    /// Breadth-first walk; `nil` when it would scan more than `edgeBudget` edges.
    func breadthFirst(from start: Int, direction: WalkDirection, maxDepth: Int?,
                      follows: ((_ citing: Int, _ cited: Int) -> Bool)?, edgeBudget: Int?) -> Reach? {
        let budget = edgeBudget ?? Int.max
        var overBudget = false
        let offsets = direction == .cited ? forwardOffsets : reverseOffsets
        let adjacent = direction == .cited ? forwardTargets : reverseSources
        var seen = [Bool](repeating: false, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        var depth = [Int32](repeating: 0, count: nodeCount)
        let limit = Int32(clamping: maxDepth ?? Int(Int32.max))
        // Rows read in place from a stored snapshot are checked as they are read.
        let checks = !isVerified, n = UInt(nodeCount)
        var tail = 0
        seen.withUnsafeMutableBufferPointer { seen in
            queue.withUnsafeMutableBufferPointer { queue in
                depth.withUnsafeMutableBufferPointer { depth in
                    offsets.withUnsafeBufferPointer { off in
                        adjacent.withUnsafeBufferPointer { adj in
                            seen[start] = true
                            queue[0] = Int32(start)
                            depth[0] = 0
                            tail = 1
                            var head = 0
                            if follows == nil && maxDepth == nil {
                                // The hot path: whole closures on large graphs. A bitset keeps the
                                // visited marks in cache (125 KB for a million nodes).
                                var bits = [UInt64](repeating: 0, count: (nodeCount + 63) / 64)
                                bits.withUnsafeMutableBufferPointer { bits in
                                    bits[start >> 6] |= 1 << UInt64(start & 63)
                                    var scanned = 0
                                    while head < tail {
                                        let v = Int(queue[head])
                                        let d = depth[head] &+ 1
                                        head &+= 1
                                        let lo = Int(off[v]), hi = Int(off[v &+ 1])
                                        if checks && !(0 <= lo && lo <= hi && hi <= adj.count) { damaged("\(direction) row \(v)") }
                                        scanned &+= hi &- lo
                                        if scanned > budget { overBudget = true; return }
                                        for e in lo..<hi {
                                            let w = Int(adj[e])
                                            if checks && UInt(bitPattern: w) >= n { damaged("\(direction) entry \(e)") }
                                            let mask: UInt64 = 1 << UInt64(w & 63)
                                            if bits[w >> 6] & mask == 0 {
                                                bits[w >> 6] |= mask
                                                queue[tail] = Int32(truncatingIfNeeded: w)
                                                depth[tail] = d
                                                tail &+= 1
                                            }
                                        }
                                    }
                                }
                                return
                            }
                            while head < tail {
                                let v = Int(queue[head])
                                let d = depth[head] + 1
                                head += 1
                                if d > limit { continue }
                                let lo = Int(off[v]), hi = Int(off[v + 1])
                                if checks && !(0 <= lo && lo <= hi && hi <= adj.count) { damaged("\(direction) row \(v)") }
                                for e in lo..<hi {
                                    let w = Int(adj[e])
                                    if checks && UInt(bitPattern: w) >= n { damaged("\(direction) entry \(e)") }
                                    if seen[w] { continue }
                                    if let follows {
                                        let ok = direction == .cited ? follows(v, w) : follows(w, v)
                                        if !ok { continue }
                                    }
                                    seen[w] = true
                                    queue[tail] = Int32(w)
                                    depth[tail] = d
                                    tail += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        if overBudget { return nil }
        queue.removeSubrange(tail...)
        depth.removeSubrange(tail...)
        queue.removeFirst()
        depth.removeFirst()
        return Reach(nodes: queue, depths: depth)
    }

    /// The closure of `start` in one pass over the nodes in number order, for a
    /// time-ordered graph (`isTimeOrdered`): every node a node points to has a
    /// smaller number, so by the time the pass reaches a node its distance is
    /// final, and it pushes distance + 1 to its neighbours. Reads each reached
    /// node's row once, in memory order; output is ordered by depth, then node.
    func sweep(from start: Int, direction: WalkDirection) -> Reach {
        precondition(isTimeOrdered, "a sweep needs edges from higher to lower node numbers")
        let offsets = direction == .cited ? forwardOffsets : reverseOffsets
        let adjacent = direction == .cited ? forwardTargets : reverseSources
        var depth = [Int32](repeating: -1, count: nodeCount)
        let checks = !isVerified, n = UInt(nodeCount)
        var perDepth: [Int] = [0]
        var reached = 0
        depth.withUnsafeMutableBufferPointer { depth in
            offsets.withUnsafeBufferPointer { off in
                adjacent.withUnsafeBufferPointer { adj in
                    depth[start] = 0
                    // Cited documents are older (lower numbers): walk down; citing ones up.
                    let order: StrideTo<Int> = direction == .cited ? stride(from: start, to: -1, by: -1)
                                                                   : stride(from: start, to: nodeCount, by: 1)
                    for v in order {
                        let d = depth[v]
                        if d < 0 { continue }
                        let next = d &+ 1
                        let lo = Int(off[v]), hi = Int(off[v &+ 1])
                        if checks && !(0 <= lo && lo <= hi && hi <= adj.count) { damaged("\(direction) row \(v)") }
                        for e in lo..<hi {
                            let w = Int(adj[e])
                            // The sweep's order needs every edge to point down (cited) or up (citing).
                            if checks && (UInt(bitPattern: w) >= n || (direction == .cited ? w >= v : w <= v)) {
                                damaged("\(direction) entry \(e)")
                            }
                            let old = depth[w]
                            if old < 0 || old > next { depth[w] = next }
                        }
                    }
                    // Count per depth for a stable counting sort.
                    for v in 0..<depth.count where depth[v] > 0 {
                        let d = Int(depth[v])
                        while perDepth.count <= d { perDepth.append(0) }
                        perDepth[d] += 1
                        reached += 1
                    }
                }
            }
        }
        var position = [Int](repeating: 0, count: perDepth.count)
        for d in 1..<max(1, perDepth.count) { position[d] = position[d - 1] + perDepth[d - 1] }
        var nodes = [Int32](repeating: 0, count: reached)
        var depths = [Int32](repeating: 0, count: reached)
        for v in 0..<nodeCount where depth[v] > 0 {
            let d = Int(depth[v])
            nodes[position[d]] = Int32(v)
            depths[position[d]] = Int32(d)
            position[d] += 1
        }
        return Reach(nodes: nodes, depths: depths)
    }

    /// A shortest chain of edges from `source` to `target` following edges
    /// forwards (each node cites the next), or `nil` when there is none.
    /// Among chains of equal length the one through lower-numbered (older) nodes
    /// is found first, so the answer is deterministic.
    public func shortestPath(from source: Int, to target: Int,
                             follows: ((_ citing: Int, _ cited: Int) -> Bool)? = nil) -> [Int]? {
        if source == target { return [source] }
        var parent = [Int32](repeating: -1, count: nodeCount)
        var queue: [Int32] = [Int32(source)]
        parent[source] = Int32(source)
        var head = 0
        while head < queue.count {
            let v = Int(queue[head])
            head += 1
            for w32 in successors(of: v) {
                let w = Int(w32)
                if parent[w] >= 0 { continue }
                if let follows, !follows(v, w) { continue }
                parent[w] = Int32(v)
                if w == target {
                    var chain = [w]
                    var x = v
                    while x != source { chain.append(x); x = Int(parent[x]) }
                    chain.append(source)
                    return chain.reversed()
                }
                queue.append(Int32(w))
            }
        }
        return nil
    }
}

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
    public var nodes: [Int32]
    public var depths: [Int32]

    public var count: Int { nodes.count }
}

extension AdjacencyCSR {
    /// Breadth-first walk from `start`, never returning `start` itself.
    ///
    /// Iterative with an array queue, so chains of any length are safe; the
    /// order is breadth-first with neighbours in node order, hence deterministic.
    ///
    /// - Parameters:
    ///   - maxDepth: stop expanding at this distance (`nil`: no limit).
    ///   - follows: an edge filter given `(from, to)` in edge direction (citing, cited);
    ///     `nil` follows every edge on a faster path.
    public func reach(from start: Int, direction: WalkDirection, maxDepth: Int? = nil,
                      follows: ((_ citing: Int, _ cited: Int) -> Bool)? = nil) -> Reach {
        let offsets = direction == .cited ? forwardOffsets : reverseOffsets
        let adjacent = direction == .cited ? forwardTargets : reverseSources
        var seen = [Bool](repeating: false, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        var depth = [Int32](repeating: 0, count: nodeCount)
        let limit = Int32(clamping: maxDepth ?? Int(Int32.max))
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
                                // The hot path: whole closures on large graphs.
                                while head < tail {
                                    let v = Int(queue[head])
                                    let d = depth[head] &+ 1
                                    head &+= 1
                                    for e in Int(off[v])..<Int(off[v &+ 1]) {
                                        let w = Int(adj[e])
                                        if !seen[w] {
                                            seen[w] = true
                                            queue[tail] = Int32(truncatingIfNeeded: w)
                                            depth[tail] = d
                                            tail &+= 1
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
                                for e in Int(off[v])..<Int(off[v + 1]) {
                                    let w = Int(adj[e])
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
        queue.removeSubrange(tail...)
        depth.removeSubrange(tail...)
        queue.removeFirst()
        depth.removeFirst()
        return Reach(nodes: queue, depths: depth)
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

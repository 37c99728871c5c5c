extension AdjacencyCSR {
    /// Strongly connected components (Tarjan), computed iteratively with an
    /// explicit stack so that long chains cannot overflow the call stack.
    /// Components come out in reverse topological order: a component is emitted
    /// after every component it points to. Members are sorted.
    public func stronglyConnectedComponents() -> [[Int32]] {
        requireIntact()
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int32] = []
        var components: [[Int32]] = []
        var counter: Int32 = 0
        // Call frames: the node and the next edge position to look at.
        var frames: [(node: Int32, edge: Int32)] = []
        for root in 0..<n where index[root] < 0 {
            frames.append((Int32(root), forwardOffsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let frame = frames.last {
                let v = Int(frame.node)
                let e = Int(frame.edge)
                if e < Int(forwardOffsets[v + 1]) {
                    frames[frames.count - 1].edge += 1
                    let w = Int(forwardTargets[e])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        frames.append((Int32(w), forwardOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[v]) }
                if low[v] == index[v] {
                    var component: [Int32] = []
                    while true {
                        let w = stack.removeLast()
                        onStack[Int(w)] = false
                        component.append(w)
                        if Int(w) == v { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components
    }
}

/// Documents that cite one another in a ring, with one concrete ring as evidence.
public struct CitationCycle: Sendable, Hashable {
    /// The strongly connected component, in node order.
    public var members: [Int]
    /// One cycle through the component's oldest member: each node cites the
    /// next, and the last cites the first.
    public var witness: [Int]
}

extension CitationGraph {
    /// Every group of two or more documents that cite each other, directly or
    /// around a ring. In a time-ordered corpus these point at an extraction
    /// error or a joint document. Linear time: components are found once, and
    /// only one shortest cycle per component is traced (never all simple cycles,
    /// which can be exponentially many).
    public func citationCycles() -> [CitationCycle] {
        let components = adjacency.stronglyConnectedComponents().filter { $0.count > 1 }
        var member = [Bool](repeating: false, count: nodeCount)
        var cycles: [CitationCycle] = []
        for component in components {
            for v in component { member[Int(v)] = true }
            let start = Int(component[0])
            cycles.append(CitationCycle(members: component.map(Int.init),
                                        witness: shortestCycle(through: start, within: member)))
            for v in component { member[Int(v)] = false }
        }
        return cycles.sorted { $0.members[0] < $1.members[0] }
    }

    /// Breadth-first from `start` inside the component back to `start`.
    private func shortestCycle(through start: Int, within member: [Bool]) -> [Int] {
        var parent: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w32 in adjacency.successors(of: v) {
                let w = Int(w32)
                guard member[w] else { continue }
                if w == start {
                    var cycle = [v]
                    var x = v
                    while x != start { x = parent[x]!; cycle.append(x) }
                    return cycle.reversed()
                }
                if parent[w] == nil && w != start {
                    parent[w] = v
                    queue.append(w)
                }
            }
        }
        return [start]
    }
}

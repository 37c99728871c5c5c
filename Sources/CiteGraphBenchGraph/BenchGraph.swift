// citegraph-bench-graph: the graph core at scale, against networkx on the same edges.
//
// Generates a deterministic synthetic citation graph (default 1,000,000 nodes,
// 10,000,000 edges; each node cites only older ones; targets chosen half
// uniformly, half by copying the target of a random earlier citation, which
// gives the power-law in-degree of real citations), builds a `CitationGraph`,
// and times whole-graph closures from well-connected nodes. Then it writes the
// edges to a temporary file and runs scripts/bench-graph-networkx.py on them,
// and prints the ratio. Run it through scripts/bench-graph.sh (release build).

import CiteGraph
import Foundation

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// CPU time of the calling thread: on a machine shared with other builds,
/// wall time also counts the time the thread waited for a core.
func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    var a = timespec(), b = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
    try body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
    return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
}

// MARK: generate

/// Rows in node order: node i cites `perNode` distinct older nodes (fewer for
/// the first ones, which have fewer to cite); the newest nodes take one more
/// each until the edge count is exact.
func generate(nodeCount: Int, edgeCount: Int, perNode: Int) -> (offsets: [Int32], targets: [Int32]) {
    var rng = SplitMix64(state: 20_261_129)
    var offsets = [Int32](repeating: 0, count: nodeCount + 1)
    var targets = [Int32](repeating: 0, count: edgeCount)
    var degrees = (0..<nodeCount).map { min($0, perNode) }
    var missing = edgeCount - degrees.reduce(0, +)
    var v = nodeCount - 1
    while missing > 0 && v > perNode { degrees[v] += 1; missing -= 1; v -= 1 }
    var write = 0
    for i in 0..<nodeCount {
        offsets[i] = Int32(write)
        let start = write
        if degrees[i] >= i {
            for j in 0..<i { targets[write] = Int32(j); write += 1 }
        } else {
            for _ in 0..<degrees[i] {
                var t: Int32
                repeat {
                    // Copying an earlier citation's target picks a node in proportion to its in-degree.
                    t = (rng.next() & 1 == 0 && write > 0) ? targets[rng.below(write)] : Int32(rng.below(i))
                } while targets[start..<write].contains(t)
                targets[write] = t
                write += 1
            }
        }
    }
    offsets[nodeCount] = Int32(write)
    precondition(write == edgeCount)
    return (offsets, targets)
}

@main
struct BenchGraph {
    static func main() throws {
        // MARK: arguments

        var nodeCount = 1_000_000
        var edgeCount = 10_000_000
        var runNetworkx = true
        var networkxScript = "scripts/bench-graph-networkx.py"
        var arguments = CommandLine.arguments.dropFirst().makeIterator()
        while let a = arguments.next() {
            switch a {
            case "--nodes": nodeCount = Int(arguments.next() ?? "") ?? nodeCount
            case "--edges": edgeCount = Int(arguments.next() ?? "") ?? edgeCount
            case "--no-networkx": runNetworkx = false
            case "--networkx-script": networkxScript = arguments.next() ?? networkxScript
            default:
                FileHandle.standardError.write(Data("usage: citegraph-bench-graph [--nodes N] [--edges M] [--no-networkx] [--networkx-script PATH]\n".utf8))
                exit(2)
            }
        }
        let perNode = edgeCount / nodeCount
        precondition(perNode >= 1 && nodeCount > perNode, "need at least one edge per node")

        print("citegraph-bench-graph: \(nodeCount) nodes, \(edgeCount) edges (each node cites older ones; in-degree by preferential attachment)")
        var generated: (offsets: [Int32], targets: [Int32]) = ([], [])
        let generateTime = seconds { generated = generate(nodeCount: nodeCount, edgeCount: edgeCount, perNode: perNode) }
        print(String(format: "generate         %8.3f s", generateTime))

        // Edge file for networkx, written before the build so the arrays can be handed over.
        let edgeFile = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-bench-edges-\(getpid()).bin")
        if runNetworkx {
            var header = [Int32(nodeCount), Int32(edgeCount)]
            var data = Data(bytes: &header, count: 8)
            var sources = [Int32](repeating: 0, count: edgeCount)
            for i in 0..<nodeCount { for e in Int(generated.offsets[i])..<Int(generated.offsets[i + 1]) { sources[e] = Int32(i) } }
            sources.withUnsafeBytes { data.append(contentsOf: $0) }
            generated.targets.withUnsafeBytes { data.append(contentsOf: $0) }
            try data.write(to: edgeFile)
        }

        // MARK: build

        var graph: CitationGraph!
        let memoryBeforeBuild = peakMemoryMB()
        let buildTime = seconds {
            let nodes = (0..<nodeCount).map { i in
                GraphNode(symbol: "A/RES/\(i / 1000)/\(i % 1000)", kind: .gaResolution)
            }
            let (offsets, targets) = generated
            generated = ([], [])
            let adjacency = AdjacencyCSR(nodeCount: nodeCount, rowOffsets: offsets, rowTargets: targets)
            graph = CitationGraph(nodes: nodes, adjacency: adjacency)
        }
        print(String(format: "build            %8.3f s   (node records, symbol index, CSR both ways)", buildTime))

        // The skew the generator produced, so the figures can be read against it.
        let inDegrees = (0..<nodeCount).map { graph.adjacency.inDegree(of: $0) }.sorted()
        print("in-degree        max \(inDegrees.last!), 99th percentile \(inDegrees[nodeCount * 99 / 100]), median \(inDegrees[nodeCount / 2]), never cited \(inDegrees.prefix { $0 == 0 }.count) nodes")

        // MARK: queries

        /// Well-connected starting points: the newest nodes (their ancestors reach
        /// back through the whole graph) and the most cited ones (their descendants).
        let newest = [nodeCount - 1, nodeCount - 2, nodeCount - 3]
        let mostCited = Array((0..<nodeCount).sorted { graph.adjacency.inDegree(of: $0) > graph.adjacency.inDegree(of: $1) }.prefix(3))

        struct Timing { var query: String; var node: Int; var reached: Int; var edges: Int; var seconds: Double; var cpu: Double }
        var timings: [Timing] = []
        for (query, starts, direction) in [("ancestors", newest, WalkDirection.cited), ("descendants", mostCited, WalkDirection.citing)] {
            for v in starts {
                var best = Double.infinity, bestCPU = Double.infinity
                var reached = 0
                for _ in 0..<5 {
                    var wall = 0.0
                    let cpu = cpuSeconds { wall = seconds { reached = graph.adjacency.reach(from: v, direction: direction).count } }
                    best = min(best, wall)
                    bestCPU = min(bestCPU, cpu)
                }
                // Edges scanned: every edge out of every node the walk dequeued (start included).
                let r = graph.adjacency.reach(from: v, direction: direction)
                var scanned = direction == .cited ? graph.adjacency.outDegree(of: v) : graph.adjacency.inDegree(of: v)
                for w in r.nodes {
                    scanned += direction == .cited ? graph.adjacency.outDegree(of: Int(w)) : graph.adjacency.inDegree(of: Int(w))
                }
                timings.append(Timing(query: query, node: v, reached: reached, edges: scanned, seconds: best, cpu: bestCPU))
                print(String(format: "%-12@ %7d  reaches %7d nodes, %8d edges in %7.2f ms wall, %7.2f ms CPU  (%4.0f M edges/s per core)",
                             query as NSString, v, reached, scanned, best * 1000, bestCPU * 1000, Double(scanned) / bestCPU / 1e6))
            }
        }
        let memory = peakMemoryMB()
        print(String(format: "peak memory      %8.1f MB  (maxrss; %.1f MB before the build)", memory, memoryBeforeBuild))

        // MARK: networkx

        guard runNetworkx else { return }
        let queryList = timings.map { "\($0.query):\($0.node)" }.joined(separator: ",")
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", networkxScript, edgeFile.path, queryList]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        try? FileManager.default.removeItem(at: edgeFile)
        guard python.terminationStatus == 0,
              let result = try JSONSerialization.jsonObject(with: output) as? [String: Any],
              let queries = result["queries"] as? [[String: Any]] else {
            print("networkx run failed (status \(python.terminationStatus))")
            exit(1)
        }
        print(String(format: "networkx %@: build %.1f s, peak %.0f MB",
                     (result["version"] as? String ?? "?") as NSString, result["build_seconds"] as? Double ?? 0,
                     result["peak_mb"] as? Double ?? 0))
        var wallRatios: [Double] = [], cpuRatios: [Double] = []
        for (t, q) in zip(timings, queries) {
            let s = q["seconds"] as? Double ?? .nan
            let c = q["cpu_seconds"] as? Double ?? .nan
            let count = q["reached"] as? Int ?? -1
            let agree = count == t.reached ? "same nodes" : "COUNT MISMATCH (\(count))"
            wallRatios.append(s / t.seconds)
            cpuRatios.append(c / t.cpu)
            print(String(format: "%-12@ %7d  networkx %8.1f ms wall %8.1f ms CPU; citegraph %6.2f / %6.2f ms: %5.0f× (wall) %5.0f× (CPU), %@",
                         t.query as NSString, t.node, s * 1000, c * 1000, t.seconds * 1000, t.cpu * 1000,
                         s / t.seconds, c / t.cpu, agree as NSString))
        }
        func geometricMean(_ xs: [Double]) -> Double { exp(xs.map { log($0) }.reduce(0, +) / Double(xs.count)) }
        print(String(format: "ratio vs networkx, geometric mean over %d closures: %.0f× by CPU time, %.0f× by wall time (worst %.0f× CPU)",
                     cpuRatios.count, geometricMean(cpuRatios), geometricMean(wallRatios), cpuRatios.min() ?? 0))
    }
}

// citegraph-bench-index: builds the index of a synthetic corpus of N General
// Assembly resolutions without writing the texts to disk.
//
// The texts are those scripts/synthetic-corpus.py writes (same wording, same
// shape: 80 sessions from the 31st, each resolution citing its series'
// previous one and up to MAX_EXTRA popular older ones, picked 70 % from the
// citations so far and 30 % uniformly), generated with a seeded SplitMix64
// instead of Python's generator. Each text is extracted by the real extractor
// and stored by the real writer (`CorpusIndex.add(texts:)`); only reading
// files is skipped, which at a million files is what this 2-core machine
// cannot do in an evening. Usage: citegraph-bench-index N OUT.sqlite [SEED] [MAX_EXTRA]

import CiteGraph
@_spi(Benchmarks) import CiteGraphIndex
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
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// The texts in order, generated one at a time so that generating costs no memory.
struct SyntheticTexts: Sequence, IteratorProtocol {
    let count: Int
    let maxExtra: Int
    let perSession: Int
    var rng: SplitMix64
    var i = 0
    var cited: [Int32] = []
    static let first = 31
    static let verbs = ["Recalling its resolution", "Reaffirming its resolution", "Taking note of its resolution",
                        "Recalling also its resolution"]

    init(count: Int, seed: UInt64, maxExtra: Int) {
        self.count = count
        self.maxExtra = maxExtra
        perSession = (count + 79) / 80
        rng = SplitMix64(state: seed)
    }

    mutating func next() -> DocumentText? {
        guard i < count else { return nil }
        defer { i += 1 }
        let session = Self.first + i / perSession, number = 1 + i % perSession
        var targets = Set<Int>()
        if session > Self.first { targets.insert(i - perSession) }
        for _ in 0..<rng.below(maxExtra + 1) {
            if i == 0 { break }
            let t = !cited.isEmpty && rng.unit() < 0.7 ? Int(cited[rng.below(cited.count)]) : rng.below(i)
            if t < i && Self.first + t / perSession < session - 1 { targets.insert(t) }
        }
        var text = "Resolution adopted by the General Assembly on 20 December \(1945 + session)\n"
        text += "\(session)/\(number).\tSynthetic series \(number)\n\tThe General Assembly,\n"
        for (k, t) in targets.sorted().enumerated() {
            let ts = Self.first + t / perSession, tn = 1 + t % perSession
            text += "\t\(Self.verbs[k % Self.verbs.count]) \(ts)/\(tn) of 20 December \(1945 + ts),\n"
            cited.append(Int32(t))
        }
        text += "\t1.\tDecides to remain seized of the matter.\n"
        return DocumentText(source: "/synthetic/A_RES_\(session)_\(number).txt", text: text, format: .plainText)
    }
}

/// CPU time of the calling thread, so that other work on a shared machine does not count.
func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    var a = timespec(), b = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
    try body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
    return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
}

func wallSeconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let arguments = CommandLine.arguments
// `--closures DB [--verified]`: load the graph from an index and time whole-graph closures on it;
// with `--verified`, the mapped rows are checked whole first, so walks skip their per-row checks.
if (arguments.count == 3 || (arguments.count == 4 && arguments[3] == "--verified")) && arguments[1] == "--closures" {
    var graph: CitationGraph?
    let loadWall = try wallSeconds { graph = try CorpusIndex(path: arguments[2]).loadGraph() }
    var g = graph!
    print("loaded \(g.nodeCount) nodes, \(g.edgeCount) edges in \(String(format: "%.1f", loadWall * 1000)) ms wall")
    if arguments.count == 4 {
        let wall = try wallSeconds { g = try g.verified() }
        print("checked every row in \(String(format: "%.1f", wall * 1000)) ms wall")
    }
    // The newest node (everything older may be reached) and the three most cited.
    let newest = g.nodeCount - 1
    var cited: [Int] = []
    for v in 0..<g.nodeCount {
        cited.append(v)
        cited.sort { g.adjacency.inDegree(of: $0) > g.adjacency.inDegree(of: $1) }
        if cited.count > 3 { cited.removeLast() }
    }
    for (name, v, direction) in [("ancestors of the newest", newest, WalkDirection.cited)]
        + cited.map({ ("descendants of the most cited", $0, WalkDirection.citing) }) {
        for run in 1...3 {
            var reached = 0
            var wall = 0.0
            let cpu = cpuSeconds { wall = wallSeconds { reached = g.adjacency.reach(from: v, direction: direction).count } }
            print("\(name) (\(g.nodes[v].symbol)), run \(run): \(reached) nodes, \(String(format: "%.1f", cpu * 1000)) ms CPU, \(String(format: "%.1f", wall * 1000)) ms wall")
        }
    }
    exit(0)
}
// `--graph-only N OUT [SEED] [MAX_EXTRA]`: the same texts extracted in memory, the graph built
// from a `GraphInput` as an index run builds it, stored as the snapshot of an index
// whose tables stay empty. For query latency at a size whose tables take too long to write here.
if arguments.count >= 4 && arguments[1] == "--graph-only", let n = Int(arguments[2]) {
    let seed = arguments.count > 4 ? UInt64(arguments[4]) ?? 1 : 1
    let maxExtra = arguments.count > 5 ? Int(arguments[5]) ?? 3 : 3
    let extractor = CitationExtractor()
    // Each document is packed as it is extracted (what an index run's last step reads back
    // from its rows), so no document is held whole.
    var input = GraphInput()
    let extractWall = wallSeconds {
        for text in SyntheticTexts(count: n, seed: seed, maxExtra: maxExtra) { input.add(extractor.extract(text)) }
    }
    var graph: CitationGraph?
    let buildWall = wallSeconds { graph = CitationGraph(input) }
    input = GraphInput()
    let storeWall = try wallSeconds { try CorpusIndex(path: arguments[3]).storeSnapshotOnly(graph!) }
    print("\(arguments[3]): \(graph!.nodeCount) nodes, \(graph!.edgeCount) edges, \(graph!.occurrenceCount) occurrences; extraction \(String(format: "%.1f", extractWall)) s, graph \(String(format: "%.1f", buildWall)) s, snapshot \(String(format: "%.1f", storeWall)) s (wall)")
    exit(0)
}
guard arguments.count >= 3, let n = Int(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: citegraph-bench-index N OUT.sqlite [SEED] [MAX_EXTRA] | --closures DB\n".utf8))
    exit(64)
}
let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1
let maxExtra = arguments.count > 4 ? Int(arguments[4]) ?? 3 : 3
let start = Date()
let summary = try CorpusIndex(path: arguments[2]).add(texts: SyntheticTexts(count: n, seed: seed, maxExtra: maxExtra))
print("\(arguments[2]): \(summary.documents) documents, \(summary.citations) citations (\(summary.unmatched) unmatched) in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")

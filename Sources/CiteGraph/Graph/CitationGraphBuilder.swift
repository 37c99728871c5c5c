/// Builds the graph of a corpus from what extraction found in each document.
///
/// Identity: every symbol is keyed by `SymbolIdentity.normalize`, and a half of a
/// joint symbol ("A/67/66" of "A/67/66-E/2012/49") is the joint document unless
/// a document of that symbol was itself read.
///
/// Metadata: a document's own text wins; for a document known only by
/// citation, the citing texts supply kind and adoption date (the value most
/// citers give, ties to the smaller).
extension CitationGraph {
    /// The graph of a corpus: one node per document however its symbol was written,
    /// metadata merged from its own text and its citers, edges numbered in time order.
    public init(documents: [ExtractedDocument]) {
        var input = GraphInput()
        input.reserveCapacity(documents: documents.count, citations: documents.reduce(0) { $0 + $1.citations.count })
        for document in documents { input.add(document) }
        self.init(input)
    }

    /// The graph of the documents added to `input`, as `init(documents:)` builds it for
    /// the same documents in the same order.
    public init(_ input: GraphInput) {
        let docs = input.documents
        // Read documents in a stable order so that merges do not depend on input order.
        let order = docs.indices.sorted { (docs[$0].source, $0) < (docs[$1].source, $1) }

        // Every spelling key once, numbered; each string normalised once however often it is cited.
        var keys: [String] = []
        var keyID: [String: Int32] = [:]
        func intern(_ key: String) -> Int32 {
            if let id = keyID[key] { return id }
            let id = Int32(keys.count)
            keys.append(key)
            keyID[key] = id
            return id
        }
        let ownKey = order.map { intern(SymbolIdentity.normalize(docs[$0].ownSymbol)) }
        var isOwn = [Bool](repeating: false, count: keys.count)
        for key in ownKey { isOwn[Int(key)] = true }
        var keyOfString = [Int32](repeating: -1, count: input.strings.count)
        for target in input.targets where keyOfString[Int(target)] < 0 {
            keyOfString[Int(target)] = intern(SymbolIdentity.normalize(input.strings[Int(target)]))
        }

        // Halves of joint symbols, each to its joint key (the smallest joint key wins a shared half).
        var jointOf: [String: Int32] = [:]
        for key in keys.indices.sorted(by: { keys[$0] < keys[$1] }) {
            let parts = SymbolIdentity.jointParts(keys[key])
            guard parts.count > 1 else { continue }
            for part in parts where jointOf[part] == nil && !(keyID[part].map { Int($0) < isOwn.count && isOwn[Int($0)] } ?? false) {
                jointOf[part] = Int32(key)
            }
        }
        let identity = keys.indices.map { jointOf[keys[$0]] ?? Int32($0) }

        var merger = NodeMetadataMerger(input, keyCount: keys.count)
        for (k, d) in order.enumerated() {
            merger.read(docs[d], ownKey: ownKey[k], key: identity[Int(ownKey[k])])
        }
        for d in order {
            for c in input.citations(ofDocument: d) {
                merger.cited(c, key: identity[Int(keyOfString[Int(input.targets[c])])])
            }
        }
        let (records, recordKeys) = merger.nodes(keyOfString: keyOfString)

        // Number nodes in time order.
        // Each key once: it estimates a year from the symbol, too dear to redo per comparison.
        let timeKeys = records.map(\.timeKey)
        let numbering = records.indices.sorted { timeKeys[$0] < timeKeys[$1] }
        var nodeOfKey = [Int32](repeating: -1, count: keys.count)
        var nodes: [GraphNode] = []
        nodes.reserveCapacity(numbering.count)
        for old in numbering {
            nodeOfKey[Int(recordKeys[old])] = Int32(nodes.count)
            nodes.append(records[old])
        }

        // The edges of each citing node, node after node. A document read in several
        // languages cites through one version, its first in `Language.preference` order;
        // another version adds only the documents that one does not cite (a version may
        // name what another leaves to a footnote), so its occurrences are not counted twice.
        var versions: [(s: Int32, rank: Int, k: Int)] = []
        for (k, d) in order.enumerated() {
            let s = nodeOfKey[Int(identity[Int(ownKey[k])])]
            if s >= 0 { versions.append((s, Self.rank(docs[d].language), k)) }
        }
        versions.sort { ($0.s, $0.rank, $0.k) < ($1.s, $1.rank, $1.k) }

        var forwardOffsets = [Int32](repeating: 0, count: nodes.count + 1)
        var targets: [Int32] = []
        var occurrenceOffsets: [Int32] = [0]
        var occurrences: [EdgeOccurrence] = []
        occurrences.reserveCapacity(input.citationCount)
        var cited: [(t: Int32, seq: Int, c: Int)] = []
        var v = 0
        while v < versions.count {
            let s = versions[v].s
            cited.removeAll(keepingCapacity: true)
            var citedByEarlier = Set<Int32>()
            while v < versions.count && versions[v].s == s {
                var citedHere = Set<Int32>()
                for c in input.citations(ofDocument: order[versions[v].k]) {
                    let t = nodeOfKey[Int(identity[Int(keyOfString[Int(input.targets[c])])])]
                    guard t >= 0, t != s, !citedByEarlier.contains(t) else { continue }
                    citedHere.insert(t)
                    cited.append((t, cited.count, c))
                }
                citedByEarlier.formUnion(citedHere)
                v += 1
            }
            cited.sort { ($0.t, $0.seq) < ($1.t, $1.seq) }
            var i = 0
            while i < cited.count {
                let t = cited[i].t
                targets.append(t)
                forwardOffsets[Int(s) + 1] += 1
                while i < cited.count && cited[i].t == t {
                    let c = cited[i].c
                    occurrences.append(EdgeOccurrence(relation: input.relations[c], location: input.location(c),
                                                      footnote: input.footnote(c), pinpoint: input.string(input.pinpoints[c])))
                    i += 1
                }
                occurrenceOffsets.append(Int32(occurrences.count))
            }
        }
        for v in 0..<nodes.count { forwardOffsets[v + 1] += forwardOffsets[v] }

        var aliases: [String: Int32] = [:]
        for (half, joint) in jointOf where nodeOfKey[Int(joint)] >= 0 { aliases[half] = nodeOfKey[Int(joint)] }
        self.init(nodes: nodes,
                  adjacency: AdjacencyCSR(nodeCount: nodes.count, forwardOffsets: forwardOffsets, forwardTargets: targets),
                  occurrenceOffsets: occurrenceOffsets, occurrences: occurrences, aliases: aliases)
    }

    /// The order in which the versions of one document give its citations: English first (the
    /// version the extractor's rules were first written for), then the others, then unknown.
    static func rank(_ language: Language?) -> Int {
        guard let language else { return Language.allCases.count }
        return language == .en ? -1 : Language.allCases.firstIndex(of: language)!
    }
}

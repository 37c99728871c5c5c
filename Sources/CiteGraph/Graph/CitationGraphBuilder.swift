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
        // Read documents in a stable order so that merges do not depend on input order.
        let documents = documents.enumerated().sorted {
            ($0.element.source, $0.offset) < ($1.element.source, $1.offset)
        }.map(\.element)

        var ownKeys = Set<String>()
        for doc in documents { ownKeys.insert(SymbolIdentity.normalize(Self.ownSymbol(of: doc))) }

        // Halves of joint symbols, each to its joint key (the smallest joint key wins a shared half).
        var jointOf: [String: String] = [:]
        var allKeys = ownKeys
        for doc in documents { for c in doc.citations { allKeys.insert(SymbolIdentity.normalize(c.target)) } }
        for key in allKeys.sorted() {
            let parts = SymbolIdentity.jointParts(key)
            guard parts.count > 1 else { continue }
            for part in parts where jointOf[part] == nil && !ownKeys.contains(part) { jointOf[part] = key }
        }
        func identity(_ symbol: String) -> String {
            let key = SymbolIdentity.normalize(symbol)
            return jointOf[key] ?? key
        }

        var merger = NodeMetadataMerger()
        for doc in documents {
            merger.read(doc, key: identity(Self.ownSymbol(of: doc)), symbol: Self.ownSymbol(of: doc))
        }
        for doc in documents {
            for c in doc.citations { merger.cited(c, key: identity(c.target)) }
        }
        let (records, keys) = merger.nodes()

        // Number nodes in time order.
        // Each key once: it estimates a year from the symbol, too dear to redo per comparison.
        let timeKeys = records.map(\.timeKey)
        let order = records.indices.sorted { timeKeys[$0] < timeKeys[$1] }
        var idOfKey: [String: Int32] = [:]
        idOfKey.reserveCapacity(order.count)
        var nodes: [GraphNode] = []
        nodes.reserveCapacity(order.count)
        for old in order {
            idOfKey[keys[old]] = Int32(nodes.count)
            nodes.append(records[old])
        }

        // Collect (citing, cited, occurrence) and group per pair. A document read in several
        // languages cites through one version, its first in `Language.preference` order;
        // another version adds only the documents that one does not cite (a version may
        // name what another leaves to a footnote), so its occurrences are not counted twice.
        var triples: [(s: Int32, t: Int32, seq: Int, occurrence: EdgeOccurrence)] = []
        var versions: [Int32: [Int]] = [:]
        for (k, doc) in documents.enumerated() {
            guard let s = idOfKey[identity(Self.ownSymbol(of: doc))] else { continue }
            versions[s, default: []].append(k)
        }
        for (s, docs) in versions.sorted(by: { $0.key < $1.key }) {
            let ordered = docs.sorted { (Self.rank(documents[$0].language), $0) < (Self.rank(documents[$1].language), $1) }
            var citedByEarlier = Set<Int32>()
            for k in ordered {
                let doc = documents[k]
                var citedHere = Set<Int32>()
                for c in doc.citations {
                    guard let t = idOfKey[identity(c.target)], t != s, !citedByEarlier.contains(t) else { continue }
                    citedHere.insert(t)
                    triples.append((s, t, triples.count,
                                    EdgeOccurrence(relation: c.relation, location: c.location,
                                                   footnote: c.footnote, pinpoint: c.pinpoint)))
                }
                citedByEarlier.formUnion(citedHere)
            }
        }
        triples.sort { ($0.s, $0.t, $0.seq) < ($1.s, $1.t, $1.seq) }
        var forwardOffsets = [Int32](repeating: 0, count: nodes.count + 1)
        var targets: [Int32] = []
        var occurrenceOffsets: [Int32] = [0]
        var occurrences: [EdgeOccurrence] = []
        occurrences.reserveCapacity(triples.count)
        var i = 0
        while i < triples.count {
            let (s, t) = (triples[i].s, triples[i].t)
            targets.append(t)
            forwardOffsets[Int(s) + 1] += 1
            while i < triples.count && triples[i].s == s && triples[i].t == t {
                occurrences.append(triples[i].occurrence)
                i += 1
            }
            occurrenceOffsets.append(Int32(occurrences.count))
        }
        for v in 0..<nodes.count { forwardOffsets[v + 1] += forwardOffsets[v] }

        var aliases: [String: Int32] = [:]
        for (half, joint) in jointOf { if let id = idOfKey[joint] { aliases[half] = id } }
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

    /// A read document with no symbol of its own still needs a node; its source names it.
    static func ownSymbol(of doc: ExtractedDocument) -> String {
        if let symbol = doc.symbol, !symbol.isEmpty { return symbol }
        return doc.source
    }
}

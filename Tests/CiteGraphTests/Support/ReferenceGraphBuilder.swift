@testable import CiteGraph

// The graph builder as it was before `GraphInput` (8490aa8), kept word for word as the
// oracle of `GraphInputPropertyTests`: the packed builder must give exactly the graph this
// gives, on every input. Only the names changed (`referenceGraph`, `ReferenceMetadataMerger`).

/// The graph the pre-`GraphInput` builder gives for `documents`.
func referenceGraph(_ documents: [ExtractedDocument]) -> CitationGraph {
    // Read documents in a stable order so that merges do not depend on input order.
    let documents = documents.enumerated().sorted {
        ($0.element.source, $0.offset) < ($1.element.source, $1.offset)
    }.map(\.element)

    var ownKeys = Set<String>()
    for doc in documents { ownKeys.insert(SymbolIdentity.normalize(referenceOwnSymbol(doc))) }

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

    var merger = ReferenceMetadataMerger()
    for doc in documents {
        merger.read(doc, key: identity(referenceOwnSymbol(doc)), symbol: referenceOwnSymbol(doc))
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
        guard let s = idOfKey[identity(referenceOwnSymbol(doc))] else { continue }
        versions[s, default: []].append(k)
    }
    for (s, docs) in versions.sorted(by: { $0.key < $1.key }) {
        let ordered = docs.sorted { (CitationGraph.rank(documents[$0].language), $0) < (CitationGraph.rank(documents[$1].language), $1) }
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
    return CitationGraph(nodes: nodes,
              adjacency: AdjacencyCSR(nodeCount: nodes.count, forwardOffsets: forwardOffsets, forwardTargets: targets),
              occurrenceOffsets: occurrenceOffsets, occurrences: occurrences, aliases: aliases)
}

struct ReferenceMetadataMerger {
    private var records: [GraphNode] = []
    private var keys: [String] = []
    private var slot: [String: Int] = [:]
    private var citedKinds: [[CitationKind: Int]] = []
    private var citedDates: [[String: Int]] = []
    private var citedSymbols: [[String: Int]] = []

    private mutating func slot(for key: String, symbol: String) -> Int {
        if let i = slot[key] { return i }
        let i = records.count
        slot[key] = i
        records.append(GraphNode(symbol: symbol))
        keys.append(key)
        citedKinds.append([:])
        citedDates.append([:])
        citedSymbols.append([:])
        return i
    }

    /// A document whose text was read: its own word on itself.
    mutating func read(_ doc: ExtractedDocument, key: String, symbol: String) {
        let i = slot(for: key, symbol: symbol)
        var node = records[i]
        if node.source == nil {
            // The first read text (in source order) names the node; a second copy only fills gaps.
            node.source = doc.source
            node.symbol = SymbolIdentity.normalize(symbol) == key ? symbol : node.symbol
        }
        node.kind = node.kind ?? doc.kind
        node.title = node.title ?? doc.title
        node.adopted = node.adopted ?? doc.adopted
        node.body = node.body ?? doc.body
        node.session = node.session ?? doc.session
        node.agendaItem = node.agendaItem ?? doc.agendaItem
        node.unresolvedCount += doc.unresolved.count
        if let language = doc.language {
            var languages = node.languages ?? []
            if !languages.contains(language) { languages.append(language); languages.sort() }
            node.languages = languages
        }
        records[i] = node
    }

    /// A document named by a citation in some text.
    mutating func cited(_ citation: Citation, key: String) {
        let i = slot(for: key, symbol: citation.target)
        citedKinds[i][citation.kind, default: 0] += 1
        if let date = citation.adopted { citedDates[i][date, default: 0] += 1 }
        citedSymbols[i][citation.target, default: 0] += 1
    }

    /// The merged records and their identity keys, in creation order.
    func nodes() -> ([GraphNode], [String]) {
        var out = records
        for i in out.indices {
            if out[i].kind == nil { out[i].kind = Self.mostCommon(citedKinds[i]) }
            if out[i].adopted == nil { out[i].adopted = Self.mostCommon(citedDates[i]) }
            if out[i].source == nil {
                // Spellings of a joint symbol's half name the joint node only by alias.
                let whole = citedSymbols[i].filter { SymbolIdentity.normalize($0.key) == keys[i] }
                if let symbol = Self.mostCommon(whole) { out[i].symbol = symbol }
            }
        }
        return (out, keys)
    }

    private static func mostCommon<T: Comparable>(_ counts: [T: Int]) -> T? {
        counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}

/// A read document with no symbol of its own still needs a node; its source names it.
private func referenceOwnSymbol(_ doc: ExtractedDocument) -> String {
    if let symbol = doc.symbol, !symbol.isEmpty { return symbol }
    return doc.source
}

/// Merges what is known of each document: its own text first, then what the
/// texts citing it say.
///
/// A citation gives a document's kind and often its adoption date ("56/183 of
/// 21 December 2001"); those fill the node only where its own text is absent or
/// silent. When citers disagree, the value most of them give wins (ties to the
/// smaller value), so one faulty citation cannot override the rest.
struct NodeMetadataMerger {
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

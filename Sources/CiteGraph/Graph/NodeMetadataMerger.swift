/// Merges what is known of each document: its own text first, then what the
/// texts citing it say.
///
/// A citation gives a document's kind and often its adoption date ("56/183 of
/// 21 December 2001"); those fill the node only where its own text is absent or
/// silent. When citers disagree, the value most of them give wins (ties to the
/// smaller value), so one faulty citation cannot override the rest.
///
/// Nodes are slotted by identity key number and strings are `GraphInput`'s numbers,
/// so that merging a million documents compares integers, not strings.
struct NodeMetadataMerger {
    private let input: GraphInput
    private var records: [GraphNode] = []
    private var keyOfRecord: [Int32] = []
    private var slotOfKey: [Int32]
    private var citedKinds: [[CitationKind: Int]] = []
    private var citedDates: [[Int32: Int]] = []
    private var citedSymbols: [[Int32: Int]] = []

    /// A merger of `input`'s documents, whose keys are numbered below `keyCount`.
    init(_ input: GraphInput, keyCount: Int) {
        self.input = input
        slotOfKey = [Int32](repeating: -1, count: keyCount)
    }

    private mutating func slot(for key: Int32, symbol: String) -> Int {
        let existing = slotOfKey[Int(key)]
        if existing >= 0 { return Int(existing) }
        let i = records.count
        slotOfKey[Int(key)] = Int32(i)
        records.append(GraphNode(symbol: symbol))
        keyOfRecord.append(key)
        citedKinds.append([:])
        citedDates.append([:])
        citedSymbols.append([:])
        return i
    }

    /// A document whose text was read: its own word on itself. `ownKey` is the key
    /// of its own symbol, `key` the identity it is a node of (the joint key for a half).
    mutating func read(_ doc: GraphInput.Document, ownKey: Int32, key: Int32) {
        let symbol = doc.ownSymbol
        let i = slot(for: key, symbol: symbol)
        var node = records[i]
        if node.source == nil {
            // The first read text (in source order) names the node; a second copy only fills gaps.
            node.source = doc.source
            node.symbol = ownKey == key ? symbol : node.symbol
        }
        node.kind = node.kind ?? doc.kind
        node.title = node.title ?? doc.title
        node.adopted = node.adopted ?? doc.adopted
        node.body = node.body ?? doc.body
        node.session = node.session ?? doc.session
        node.agendaItem = node.agendaItem ?? doc.agendaItem
        node.unresolvedCount += doc.unresolvedCount
        if let language = doc.language {
            var languages = node.languages ?? []
            if !languages.contains(language) { languages.append(language); languages.sort() }
            node.languages = languages
        }
        records[i] = node
    }

    /// Citation `c` of the input, to the node of identity `key`.
    mutating func cited(_ c: Int, key: Int32) {
        let target = input.targets[c]
        let i = slot(for: key, symbol: input.strings[Int(target)])
        citedKinds[i][input.kinds[c], default: 0] += 1
        let date = input.dates[c]
        if date >= 0 { citedDates[i][date, default: 0] += 1 }
        citedSymbols[i][target, default: 0] += 1
    }

    /// The merged records and their identity keys, in creation order.
    ///
    /// - Parameter keyOfString: the key number of each target string (`-1` for strings
    ///   that are no target).
    func nodes(keyOfString: [Int32]) -> ([GraphNode], [Int32]) {
        var out = records
        let strings = input.strings
        for i in out.indices {
            if out[i].kind == nil { out[i].kind = Self.mostCommon(citedKinds[i], by: <) }
            if out[i].adopted == nil {
                out[i].adopted = Self.mostCommon(citedDates[i]) { strings[Int($0)] < strings[Int($1)] }.map { strings[Int($0)] }
            }
            if out[i].source == nil {
                // Spellings of a joint symbol's half name the joint node only by alias.
                let whole = citedSymbols[i].filter { keyOfString[Int($0.key)] == keyOfRecord[i] }
                if let symbol = Self.mostCommon(whole, by: { strings[Int($0)] < strings[Int($1)] }) {
                    out[i].symbol = strings[Int(symbol)]
                }
            }
        }
        return (out, keyOfRecord)
    }

    /// The value counted most; a tie goes to the smallest by `less`.
    private static func mostCommon<T>(_ counts: [T: Int], by less: (T, T) -> Bool) -> T? {
        counts.max { a, b in a.value != b.value ? a.value < b.value : less(b.key, a.key) }?.key
    }
}

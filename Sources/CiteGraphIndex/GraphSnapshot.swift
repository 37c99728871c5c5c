import CiteGraph

/// The graph of an index in the form the query commands load: the CSR rows as
/// they are in memory (little-endian `Int32` arrays), the node records and edge
/// occurrences packed with length-prefixed strings, and the extra spelling keys.
///
/// Loading is a copy of a few blobs and one pass over the node records; the
/// graph is never rebuilt from documents, which is the expensive part (symbol
/// identity, metadata merging, sorting by time).
enum GraphSnapshot {
    /// Bumped when the packing below changes; a snapshot of another version is rebuilt.
    static let version = 2

    struct Parts {
        var nodes: [UInt8]
        var forwardOffsets: [UInt8]
        var forwardTargets: [UInt8]
        var occurrenceOffsets: [UInt8]
        var occurrences: [UInt8]
        var aliases: [UInt8]
    }

    static func encode(_ graph: CitationGraph) -> Parts {
        var nodes = ByteWriter()
        nodes.varint(graph.nodes.count)
        for node in graph.nodes {
            nodes.string(node.symbol)
            nodes.varint(node.kind.map { CitationKind.allCases.firstIndex(of: $0)! + 1 } ?? 0)
            nodes.optional(node.title)
            nodes.optional(node.adopted)
            nodes.optional(node.body)
            nodes.optionalInt(node.session)
            nodes.optional(node.agendaItem)
            nodes.optional(node.source)
            nodes.varint(node.unresolvedCount)
            // The languages its versions were read in: 0 for none known, else 1 + their count.
            nodes.varint(node.languages.map { $0.count + 1 } ?? 0)
            for language in node.languages ?? [] { nodes.varint(Language.allCases.firstIndex(of: language)!) }
        }
        var occurrences = ByteWriter()
        occurrences.varint(graph.occurrences.count)
        for o in graph.occurrences {
            occurrences.varint(Relation.allCases.firstIndex(of: o.relation)!)
            occurrences.location(o.location)
            occurrences.optionalInt(o.footnote)
            occurrences.optional(o.pinpoint)
        }
        // Every spelling key, so that loading need not normalise symbols again.
        var aliases = ByteWriter()
        let keys = graph.index.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        aliases.varint(keys.count)
        for (key, id) in keys {
            aliases.string(key)
            aliases.varint(Int(id))
        }
        return Parts(nodes: nodes.bytes, forwardOffsets: int32Bytes(graph.adjacency.forwardOffsets),
                     forwardTargets: int32Bytes(graph.adjacency.forwardTargets),
                     occurrenceOffsets: int32Bytes(graph.occurrenceOffsets),
                     occurrences: occurrences.bytes, aliases: aliases.bytes)
    }

    struct DecodingFailure: Error { let part: String }

    static func decode(_ parts: Parts) throws(DecodingFailure) -> CitationGraph {
        let kinds = CitationKind.allCases
        var r = ByteReader(parts.nodes, part: "nodes")
        let count = try r.varint()
        var nodes: [GraphNode] = []
        nodes.reserveCapacity(count)
        for _ in 0..<count {
            let symbol = try r.string()
            let kindNumber = try r.varint()
            guard kindNumber <= kinds.count else { throw DecodingFailure(part: "nodes") }
            let kind = kindNumber == 0 ? nil : kinds[kindNumber - 1]
            var node = GraphNode(symbol: symbol, kind: kind, title: try r.optional(), adopted: try r.optional(),
                                 body: try r.optional(), session: try r.optionalInt(), agendaItem: try r.optional(),
                                 source: try r.optional(), unresolvedCount: try r.varint())
            let languages = try r.varint()
            if languages > 0 {
                guard languages <= Language.allCases.count + 1 else { throw DecodingFailure(part: "nodes") }
                var list: [Language] = []
                for _ in 0..<(languages - 1) {
                    let k = try r.varint()
                    guard k < Language.allCases.count else { throw DecodingFailure(part: "nodes") }
                    list.append(Language.allCases[k])
                }
                node.languages = list
            }
            nodes.append(node)
        }
        let forwardOffsets = try int32Array(parts.forwardOffsets, part: "forward_offsets")
        let forwardTargets = try int32Array(parts.forwardTargets, part: "forward_targets")
        let occurrenceOffsets = try int32Array(parts.occurrenceOffsets, part: "occurrence_offsets")
        guard forwardOffsets.count == nodes.count + 1, forwardOffsets.first == 0,
              Int(forwardOffsets.last!) == forwardTargets.count,
              forwardTargets.allSatisfy({ $0 >= 0 && Int($0) < nodes.count }),
              occurrenceOffsets.isEmpty || occurrenceOffsets.count == forwardTargets.count + 1
        else { throw DecodingFailure(part: "forward_offsets") }

        let relations = Relation.allCases
        var o = ByteReader(parts.occurrences, part: "occurrences")
        let occurrenceCount = try o.varint()
        var occurrences: [EdgeOccurrence] = []
        occurrences.reserveCapacity(occurrenceCount)
        for _ in 0..<occurrenceCount {
            let relationIndex = try o.varint()
            guard relationIndex < relations.count else { throw DecodingFailure(part: "occurrences") }
            let location = try o.location()
            occurrences.append(EdgeOccurrence(relation: relations[relationIndex], location: location,
                                              footnote: try o.optionalInt(), pinpoint: try o.optional()))
        }
        guard occurrenceOffsets.isEmpty || Int(occurrenceOffsets.last!) == occurrences.count else {
            throw DecodingFailure(part: "occurrence_offsets")
        }
        var a = ByteReader(parts.aliases, part: "aliases")
        let aliasCount = try a.varint()
        var aliases: [String: Int32] = [:]
        aliases.reserveCapacity(aliasCount)
        for _ in 0..<aliasCount {
            let key = try a.string()
            let id = try a.varint()
            guard id < nodes.count else { throw DecodingFailure(part: "aliases") }
            aliases[key] = Int32(id)
        }
        return CitationGraph(nodes: nodes,
                             adjacency: AdjacencyCSR(nodeCount: nodes.count, forwardOffsets: forwardOffsets,
                                                     forwardTargets: forwardTargets),
                             occurrenceOffsets: occurrenceOffsets, occurrences: occurrences, index: aliases)
    }

    static func int32Bytes(_ values: [Int32]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: values.count * 4)
        out.withUnsafeMutableBytes { raw in
            for (i, v) in values.enumerated() { raw.storeBytes(of: v.littleEndian, toByteOffset: i * 4, as: Int32.self) }
        }
        return out
    }

    static func int32Array(_ bytes: [UInt8], part: String) throws(DecodingFailure) -> [Int32] {
        guard bytes.count % 4 == 0 else { throw DecodingFailure(part: part) }
        let n = bytes.count / 4
        return [Int32](unsafeUninitializedCapacity: n) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                for i in 0..<n { buffer[i] = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: Int32.self)) }
            }
            initialized = n
        }
    }
}

/// Appends varints and length-prefixed UTF-8 strings.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func varint(_ value: Int) {
        var v = UInt64(value)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ text: String) {
        varint(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    /// Absent is 0; a present string of n bytes is n + 1.
    mutating func optional(_ text: String?) {
        guard let text else { varint(0); return }
        varint(text.utf8.count + 1)
        bytes.append(contentsOf: text.utf8)
    }

    /// A location as its kind (0 header, 1 PP, 2 OP, 3 FN) then its number.
    mutating func location(_ location: Location) {
        switch location {
        case .header: varint(0)
        case .preambular(let n): varint(1); varint(n)
        case .operative(let n): varint(2); varint(n)
        case .footnote(let n): varint(3); varint(n)
        }
    }

    mutating func optionalInt(_ value: Int?) {
        guard let value else { varint(0); return }
        // Zig-zag so that a negative value stays small.
        varint(((value << 1) ^ (value >> 63)) + 1)
    }
}

/// Reads what `ByteWriter` wrote; any overrun is a decoding failure, never a crash.
struct ByteReader {
    let bytes: [UInt8]
    let part: String
    var position = 0

    init(_ bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
    }

    mutating func varint() throws(GraphSnapshot.DecodingFailure) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 63 else { throw .init(part: part) }
            let b = bytes[position]
            position += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        guard result <= UInt64(Int.max) else { throw .init(part: part) }
        return Int(result)
    }

    private mutating func utf8(_ count: Int) throws(GraphSnapshot.DecodingFailure) -> String {
        guard count <= bytes.count - position else { throw .init(part: part) }
        let text = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self)
        }
        position += count
        return text
    }

    mutating func string() throws(GraphSnapshot.DecodingFailure) -> String { try utf8(try varint()) }

    mutating func optional() throws(GraphSnapshot.DecodingFailure) -> String? {
        let n = try varint()
        return n == 0 ? nil : try utf8(n - 1)
    }

    mutating func location() throws(GraphSnapshot.DecodingFailure) -> Location {
        switch try varint() {
        case 0: return .header
        case 1: return .preambular(try varint())
        case 2: return .operative(try varint())
        case 3: return .footnote(try varint())
        default: throw .init(part: part)
        }
    }

    mutating func optionalInt() throws(GraphSnapshot.DecodingFailure) -> Int? {
        let n = try varint()
        guard n > 0 else { return nil }
        let z = n - 1
        return (z >> 1) ^ -(z & 1)
    }
}

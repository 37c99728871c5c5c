import CiteGraph

/// The graph of an index packed as one blob that queries use where it lies
/// (mapped from the file beside the database, or read from the database in one
/// piece): the CSR rows both ways as little-endian `Int32` arrays, the node
/// records, edge occurrences and spelling keys packed behind offset tables.
///
/// Loading copies nothing: the four CSR arrays are read in place (checked as
/// walks read them, or whole when asked), a node's strings are decoded when a
/// query reads that node, an edge's occurrences when it reads that edge, and a
/// symbol is found by binary search in the sorted key table. So a query's cost
/// follows what it answers, not the size of the corpus.
///
/// Layout: a 256-byte header (magic, counts, flags, the sections' fingerprint,
/// the offset and length of each section), then the sections, each starting on an 8-byte boundary.
enum GraphSnapshot {
    /// Bumped when the packing below changes; a snapshot of another version is rebuilt.
    static let version = 3
    static let magic: [UInt8] = Array("CGSNAP03".utf8)
    static let headerSize = 256

    /// The sections, in file order.
    enum Section: Int, CaseIterable {
        case forwardOffsets, forwardTargets, reverseOffsets, reverseSources
        /// `UInt32` byte offsets of each node's record in `nodeRecords` (`nodeCount + 1`).
        case nodeOffsets, nodeRecords
        /// `UInt32` byte offsets of each edge's occurrences in `occurrenceRecords` (`edgeCount + 1`).
        case occurrenceOffsets, occurrenceRecords
        /// (`UInt32` offset in `keyStrings`, `Int32` node) per key, sorted by the key's UTF-8 bytes.
        case keyTable, keyStrings
    }

    struct DecodingFailure: Error { let part: String }

    // MARK: Encoding

    static func encode(_ graph: CitationGraph) -> [UInt8] {
        var nodeOffsets: [UInt32] = [0]
        nodeOffsets.reserveCapacity(graph.nodeCount + 1)
        var nodes = ByteWriter()
        for node in graph.nodes {
            nodes.node(node)
            nodeOffsets.append(checked(nodes.bytes.count))
        }
        var occurrenceOffsets: [UInt32] = [0]
        occurrenceOffsets.reserveCapacity(graph.edgeCount + 1)
        var occurrences = ByteWriter()
        for e in 0..<graph.edgeCount {
            for o in graph.occurrences(ofEdge: e) { occurrences.occurrence(o) }
            occurrenceOffsets.append(checked(occurrences.bytes.count))
        }
        var keyTable: [UInt32] = []
        var keyStrings = ByteWriter()
        let entries = graph.index.sortedEntries()
        keyTable.reserveCapacity(entries.count * 2)
        for (key, node) in entries {
            keyTable.append(checked(keyStrings.bytes.count))
            keyTable.append(UInt32(bitPattern: node))
            keyStrings.string(key)
        }
        let a = graph.adjacency
        let sections: [[UInt8]] = [
            int32Bytes(a.forwardOffsets), int32Bytes(a.forwardTargets),
            int32Bytes(a.reverseOffsets), int32Bytes(a.reverseSources),
            int32Bytes(nodeOffsets.map { Int32(bitPattern: $0) }), nodes.bytes,
            int32Bytes(occurrenceOffsets.map { Int32(bitPattern: $0) }), occurrences.bytes,
            int32Bytes(keyTable.map { Int32(bitPattern: $0) }), keyStrings.bytes,
        ]
        var out = [UInt8](repeating: 0, count: headerSize)
        out.replaceSubrange(0..<8, with: magic)
        func put(_ value: Int, at offset: Int) { put64(UInt64(value), at: offset) }
        func put64(_ value: UInt64, at offset: Int) {
            withUnsafeBytes(of: value.littleEndian) { out.replaceSubrange(offset..<offset + 8, with: $0) }
        }
        put(graph.nodeCount, at: 8)
        put(graph.edgeCount, at: 16)
        put(graph.occurrenceCount, at: 24)
        put(entries.count, at: 32)
        put(a.isTimeOrdered ? 1 : 0, at: 40)
        for (i, bytes) in sections.enumerated() {
            while out.count % 8 != 0 { out.append(0) }
            put(out.count, at: 64 + 16 * i)
            put(bytes.count, at: 72 + 16 * i)
            out.append(contentsOf: bytes)
        }
        // The sections' fingerprint, which the database records too (see `SnapshotStore`).
        put64(out.withUnsafeBytes { fingerprint(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }, at: 48)
        return out
    }

    /// The fingerprint a snapshot's header records for its sections.
    static func recordedFingerprint(_ raw: UnsafeRawBufferPointer) -> UInt64? {
        guard raw.count >= headerSize, raw.prefix(8).elementsEqual(magic) else { return nil }
        return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 48, as: UInt64.self))
    }

    /// Offsets are 32-bit: a section of 4 GB is beyond what one snapshot is meant to hold.
    private static func checked(_ offset: Int) -> UInt32 {
        precondition(offset <= Int(UInt32.max), "a snapshot section is larger than 4 GB")
        return UInt32(offset)
    }

    static func int32Bytes<C: Collection<Int32>>(_ values: C) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: values.count * 4)
        out.withUnsafeMutableBytes { raw in
            for (i, v) in values.enumerated() { raw.storeBytes(of: v.littleEndian, toByteOffset: i * 4, as: Int32.self) }
        }
        return out
    }

    /// A 64-bit hash of the packed bytes, eight at a time: it tells whether the
    /// mapped file beside the database holds the snapshot the database holds.
    static func fingerprint(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let words = bytes.count / 8
        for i in 0..<words {
            h = (h ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))) &* 0x100_0000_01B3
            h ^= h >> 29
        }
        for i in (words * 8)..<bytes.count { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01B3 }
        return h
    }

    // MARK: Decoding

    /// How much of the adjacency `decode` checks before it returns.
    enum Checking {
        /// Every entry, now: a damaged snapshot is a `DecodingFailure` (linear in the edges).
        case whole
        /// Sizes and the ends of the offsets now, each row as a query reads it
        /// (`AdjacencyCSR(unsafeStoredRows:…)`): opening costs the same at any size.
        case asRead
    }

    /// The graph over `bytes`, which it keeps alive: nothing is copied; the CSR
    /// arrays are read in place like everything else. `source` names the file in
    /// the message a query gives if it meets damaged contents (`.asRead`).
    static func decode(_ bytes: SnapshotBytes, checking: Checking = .whole,
                       source: StoredGraphSource = StoredGraphSource(damageMessage: "the graph snapshot is damaged"))
        throws(DecodingFailure) -> CitationGraph {
        let store = try PackedGraphRecords(bytes, source: source)
        let adjacency = try store.adjacency(checking: checking)
        return CitationGraph(adjacency: adjacency, records: store)
    }
}

/// The bytes of one snapshot, kept alive as long as a graph reads them: a mapped
/// file or a heap copy of the database's blob, 8-byte aligned either way.
final class SnapshotBytes: @unchecked Sendable {
    let raw: UnsafeRawBufferPointer
    private let release: () -> Void

    init(raw: UnsafeRawBufferPointer, release: @escaping () -> Void) {
        self.raw = raw
        self.release = release
    }

    /// A heap copy of `bytes`.
    convenience init(copying bytes: UnsafeRawBufferPointer) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 8), alignment: 16)
        if bytes.count > 0 { buffer.baseAddress!.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
        self.init(raw: UnsafeRawBufferPointer(rebasing: buffer[0..<bytes.count])) { buffer.deallocate() }
    }

    /// A heap copy of an array's bytes.
    static func copy(_ bytes: [UInt8]) -> SnapshotBytes {
        bytes.withUnsafeBytes { SnapshotBytes(copying: $0) }
    }

    deinit { release() }
}

/// Node records, occurrences and keys read in place from a snapshot's sections.
///
/// Every read is bounds-checked: the header, the section bounds and the offsets
/// tables' sizes and ends at load, each entry when it is read. A record that
/// does not decode inside its bounds ends the process with the file and section
/// named (`StoredGraphSource.stop`) rather than reading outside the snapshot;
/// the CSR arrays are checked the same way as walks read them, or whole at load
/// (`GraphSnapshot.Checking`).
final class PackedGraphRecords: GraphRecordStore, @unchecked Sendable {
    let bytes: SnapshotBytes
    let nodeCount: Int
    let edgeCount: Int
    let occurrenceCount: Int
    let keyCount: Int
    let isTimeOrdered: Bool
    private let sections: [UnsafeRawBufferPointer]

    let source: StoredGraphSource

    init(_ bytes: SnapshotBytes, source: StoredGraphSource) throws(GraphSnapshot.DecodingFailure) {
        self.bytes = bytes
        self.source = source
        let raw = bytes.raw
        guard raw.count >= GraphSnapshot.headerSize, raw.prefix(8).elementsEqual(GraphSnapshot.magic) else {
            throw .init(part: "header")
        }
        func word(_ offset: Int) -> Int {
            let v = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            return v > UInt64(Int32.max) * 16 ? -1 : Int(v)
        }
        nodeCount = word(8)
        edgeCount = word(16)
        occurrenceCount = word(24)
        keyCount = word(32)
        isTimeOrdered = word(40) == 1
        guard nodeCount >= 0, nodeCount < Int(Int32.max), edgeCount >= 0, edgeCount < Int(Int32.max),
              occurrenceCount >= 0, keyCount >= 0 else { throw .init(part: "header") }
        var sections: [UnsafeRawBufferPointer] = []
        for section in GraphSnapshot.Section.allCases {
            let offset = word(64 + 16 * section.rawValue), length = word(72 + 16 * section.rawValue)
            guard offset >= GraphSnapshot.headerSize, offset % 8 == 0, length >= 0, offset <= raw.count,
                  length <= raw.count - offset else { throw .init(part: "\(section)") }
            sections.append(UnsafeRawBufferPointer(rebasing: raw[offset..<offset + length]))
        }
        self.sections = sections
        try checkOffsets(.nodeOffsets, count: nodeCount + 1, into: .nodeRecords)
        try checkOffsets(.occurrenceOffsets, count: edgeCount + 1, into: .occurrenceRecords)
        guard sections[GraphSnapshot.Section.keyTable.rawValue].count == keyCount * 8 else { throw .init(part: "keyTable") }
    }

    private func section(_ s: GraphSnapshot.Section) -> UnsafeRawBufferPointer { sections[s.rawValue] }

    private func uint32(_ s: GraphSnapshot.Section, _ i: Int) -> UInt32 {
        UInt32(littleEndian: section(s).loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
    }

    /// An offsets table: `count` entries, the first 0 and the last the records' size.
    /// The entries between are checked when read (`records`), so that loading does not
    /// read a table of one entry per edge.
    private func checkOffsets(_ table: GraphSnapshot.Section, count: Int,
                              into records: GraphSnapshot.Section) throws(GraphSnapshot.DecodingFailure) {
        guard section(table).count == count * 4, uint32(table, 0) == 0,
              Int(uint32(table, count - 1)) == section(records).count else { throw .init(part: "\(table)") }
    }

    /// The CSR rows in place, checked as `checking` says.
    func adjacency(checking: GraphSnapshot.Checking) throws(GraphSnapshot.DecodingFailure) -> AdjacencyCSR {
        let n = nodeCount, e = edgeCount
        func rows(_ s: GraphSnapshot.Section, count: Int) throws(GraphSnapshot.DecodingFailure) -> CSRArray {
            let raw = section(s)
            guard raw.count == count * 4 else { throw .init(part: "\(s)") }
            #if _endian(big)
            #error("snapshots are little-endian")
            #endif
            // Sections start on 8-byte boundaries of a page-aligned mapping or a 16-aligned copy.
            return CSRArray(unsafeBorrowing: raw.bindMemory(to: Int32.self), owner: bytes)
        }
        let fo = try rows(.forwardOffsets, count: n + 1), ft = try rows(.forwardTargets, count: e)
        let ro = try rows(.reverseOffsets, count: n + 1), rs = try rows(.reverseSources, count: e)
        guard fo[0] == 0, Int(fo[n]) == e else { throw .init(part: "forward_offsets") }
        guard ro[0] == 0, Int(ro[n]) == e else { throw .init(part: "reverse_offsets") }
        let csr = AdjacencyCSR(unsafeStoredRows: n, forwardOffsets: fo, forwardTargets: ft, reverseOffsets: ro,
                               reverseSources: rs, isTimeOrdered: isTimeOrdered, source: source)
        switch checking {
        case .asRead: return csr
        case .whole:
            do { return try csr.verified() } catch { throw .init(part: error.part) }
        }
    }

    private func records(_ table: GraphSnapshot.Section, _ data: GraphSnapshot.Section, _ i: Int) -> RawReader {
        let start = Int(uint32(table, i)), end = Int(uint32(table, i + 1))
        guard start <= end, end <= section(data).count else { damaged(.init(part: "\(table)")) }
        return RawReader(UnsafeRawBufferPointer(rebasing: section(data)[start..<end]), part: "\(data)")
    }

    func node(_ i: Int) -> GraphNode {
        var r = records(.nodeOffsets, .nodeRecords, i)
        do { return try r.node() } catch { damaged(error) }
    }

    func occurrences(ofEdge e: Int) -> [EdgeOccurrence] {
        var r = records(.occurrenceOffsets, .occurrenceRecords, e)
        var out: [EdgeOccurrence] = []
        do {
            while !r.atEnd { out.append(try r.occurrence()) }
        } catch { damaged(error) }
        return out
    }

    private func key(at i: Int) -> UnsafeRawBufferPointer {
        let strings = section(.keyStrings)
        let offset = Int(uint32(.keyTable, 2 * i))
        guard offset < strings.count else { damaged(.init(part: "keyTable")) }
        var r = RawReader(UnsafeRawBufferPointer(rebasing: strings[offset...]), part: "keyStrings")
        do { return try r.stringBytes() } catch { damaged(error) }
    }

    func node(forKey key: String) -> Int32? {
        var key = key
        return key.withUTF8 { wanted in
            var lo = 0, hi = keyCount
            while lo < hi {
                let mid = (lo + hi) / 2
                if self.key(at: mid).lexicographicallyPrecedes(wanted) { lo = mid + 1 } else { hi = mid }
            }
            guard lo < keyCount, self.key(at: lo).elementsEqual(wanted) else { return nil }
            let node = Int32(bitPattern: uint32(.keyTable, 2 * lo + 1))
            guard node >= 0, Int(node) < nodeCount else { damaged(.init(part: "keyTable")) }
            return node
        }
    }

    func keys() -> [(key: String, node: Int32)] {
        (0..<keyCount).map { i in
            (key: String(decoding: key(at: i), as: UTF8.self), node: Int32(bitPattern: uint32(.keyTable, 2 * i + 1)))
        }
    }

    private func damaged(_ error: GraphSnapshot.DecodingFailure) -> Never { source.stop("section \(error.part)") }
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

    /// One node record: symbol, kind, the optional fields, unresolved count, languages.
    mutating func node(_ node: GraphNode) {
        string(node.symbol)
        varint(node.kind.map { CitationKind.allCases.firstIndex(of: $0)! + 1 } ?? 0)
        optional(node.title)
        optional(node.adopted)
        optional(node.body)
        optionalInt(node.session)
        optional(node.agendaItem)
        optional(node.source)
        varint(node.unresolvedCount)
        // The languages its versions were read in: 0 for none known, else 1 + their count.
        varint(node.languages.map { $0.count + 1 } ?? 0)
        for language in node.languages ?? [] { varint(Language.allCases.firstIndex(of: language)!) }
    }

    /// One occurrence: relation, location, footnote, pinpoint.
    mutating func occurrence(_ o: EdgeOccurrence) {
        varint(Relation.allCases.firstIndex(of: o.relation)!)
        location(o.location)
        optionalInt(o.footnote)
        optional(o.pinpoint)
    }
}

/// What reads `ByteWriter`'s packing, from an array or from memory in place;
/// any overrun is a decoding failure, never a read outside the bytes.
protocol PackedReading {
    var count: Int { get }
    var position: Int { get set }
    var part: String { get }
    func byte(at i: Int) -> UInt8
    func utf8(at i: Int, count: Int) -> String
}

extension PackedReading {
    var atEnd: Bool { position >= count }

    mutating func varint() throws(GraphSnapshot.DecodingFailure) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < count, shift < 63 else { throw .init(part: part) }
            let b = byte(at: position)
            position += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        guard result <= UInt64(Int.max) else { throw .init(part: part) }
        return Int(result)
    }

    private mutating func text(_ n: Int) throws(GraphSnapshot.DecodingFailure) -> String {
        guard n <= count - position else { throw .init(part: part) }
        let text = utf8(at: position, count: n)
        position += n
        return text
    }

    mutating func string() throws(GraphSnapshot.DecodingFailure) -> String { try text(try varint()) }

    mutating func optional() throws(GraphSnapshot.DecodingFailure) -> String? {
        let n = try varint()
        return n == 0 ? nil : try text(n - 1)
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

    mutating func node() throws(GraphSnapshot.DecodingFailure) -> GraphNode {
        let kinds = CitationKind.allCases
        let symbol = try string()
        let kindNumber = try varint()
        guard kindNumber <= kinds.count else { throw .init(part: part) }
        let kind = kindNumber == 0 ? nil : kinds[kindNumber - 1]
        var node = GraphNode(symbol: symbol, kind: kind, title: try optional(), adopted: try optional(),
                             body: try optional(), session: try optionalInt(), agendaItem: try optional(),
                             source: try optional(), unresolvedCount: try varint())
        let languages = try varint()
        if languages > 0 {
            guard languages <= Language.allCases.count + 1 else { throw .init(part: part) }
            var list: [Language] = []
            for _ in 0..<(languages - 1) {
                let k = try varint()
                guard k < Language.allCases.count else { throw .init(part: part) }
                list.append(Language.allCases[k])
            }
            node.languages = list
        }
        return node
    }

    mutating func occurrence() throws(GraphSnapshot.DecodingFailure) -> EdgeOccurrence {
        let relations = Relation.allCases
        let relationIndex = try varint()
        guard relationIndex < relations.count else { throw .init(part: part) }
        return EdgeOccurrence(relation: relations[relationIndex], location: try location(),
                              footnote: try optionalInt(), pinpoint: try optional())
    }
}

/// Reads what `ByteWriter` wrote, from an array.
struct ByteReader: PackedReading {
    let bytes: [UInt8]
    let part: String
    var position = 0

    init(_ bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
    }

    var count: Int { bytes.count }
    func byte(at i: Int) -> UInt8 { bytes[i] }
    func utf8(at i: Int, count: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[i..<i + count]), as: UTF8.self) }
    }
}

/// Reads what `ByteWriter` wrote, in place (a mapped snapshot).
struct RawReader: PackedReading {
    let raw: UnsafeRawBufferPointer
    let part: String
    var position = 0

    init(_ raw: UnsafeRawBufferPointer, part: String) {
        self.raw = raw
        self.part = part
    }

    var count: Int { raw.count }
    func byte(at i: Int) -> UInt8 { raw[i] }
    func utf8(at i: Int, count: Int) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: raw[i..<i + count]), as: UTF8.self)
    }

    /// A length-prefixed string's bytes, without decoding them.
    mutating func stringBytes() throws(GraphSnapshot.DecodingFailure) -> UnsafeRawBufferPointer {
        let n = try varint()
        guard n <= count - position else { throw .init(part: part) }
        defer { position += n }
        return UnsafeRawBufferPointer(rebasing: raw[position..<position + n])
    }
}

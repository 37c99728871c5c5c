/// What the graph reads of a corpus, packed: each document's own facts, and of each
/// citation only what an edge or a node keeps (target, kind, relation, place, footnote,
/// pinpoint, cited date), with every string stored once.
///
/// Why it exists: `CitationGraph(documents:)` needs the whole corpus at once (a node's
/// metadata comes from every text that cites it), and holding a million documents as
/// `ExtractedDocument`s costs hundreds of bytes a citation (4.4 GB at 10M citations). Here
/// a citation costs 22 bytes, so a persistent index streams its stored rows in and never
/// holds the documents, and a corpus read from texts can drop each document once added.
/// The graph built from it is the graph `CitationGraph(documents:)` gives for the same
/// documents in the same order (it is what that initialiser builds through).
public struct GraphInput: Sendable {
    /// One document's own word on itself.
    struct Document: Sendable {
        var source: String
        var symbol: String?
        var kind: CitationKind?
        var title: String?
        var body: String?
        var adopted: String?
        var session: Int?
        var agendaItem: String?
        var language: Language?
        var unresolvedCount: Int
        /// Its citations are `firstCitation ..< next document's firstCitation`.
        var firstCitation: Int

        /// The symbol that names its node: its own, or else its source.
        var ownSymbol: String {
            if let symbol, !symbol.isEmpty { return symbol }
            return source
        }
    }

    private(set) var documents: [Document] = []

    // Citations, document after document, one array per field.
    private(set) var targets: [Int32] = []
    private(set) var kinds: [CitationKind] = []
    private(set) var relations: [Relation] = []
    private var places: [UInt32] = []
    private var footnotes: [Int32] = []
    private(set) var pinpoints: [Int32] = []
    private(set) var dates: [Int32] = []
    /// The place and footnote of a citation whose numbers do not fit the packed form
    /// (a paragraph or footnote numbered past 2^30: only damaged or hostile input).
    private var unpacked: [Int: (location: Location, footnote: Int?)] = [:]

    /// Every distinct string of targets, pinpoints and dates, once.
    private(set) var strings: [String] = []
    private var stringID: [String: Int32] = [:]

    /// An empty input.
    public init() {}

    /// How many documents have been added.
    public var documentCount: Int { documents.count }
    /// How many citations have been added, over all documents.
    public var citationCount: Int { targets.count }

    /// Adds a document with its citations; only what the graph reads is kept.
    public mutating func add(_ document: ExtractedDocument) {
        addDocument(source: document.source, symbol: document.symbol, kind: document.kind, title: document.title,
                    body: document.body, adopted: document.adopted, session: document.session,
                    agendaItem: document.agendaItem, language: document.language,
                    unresolvedCount: document.unresolved.count)
        for c in document.citations {
            addCitation(target: c.target, kind: c.kind, relation: c.relation, location: c.location,
                        footnote: c.footnote, pinpoint: c.pinpoint, adopted: c.adopted)
        }
    }

    /// Starts a document; the citations added next are its own, until the next document.
    ///
    /// The fields mean what `ExtractedDocument`'s of the same names mean;
    /// `unresolvedCount` is how many of its references could not be resolved.
    public mutating func addDocument(source: String, symbol: String?, kind: CitationKind?, title: String?,
                                     body: String?, adopted: String?, session: Int?, agendaItem: String?,
                                     language: Language?, unresolvedCount: Int) {
        documents.append(Document(source: source, symbol: symbol, kind: kind, title: title, body: body,
                                  adopted: adopted, session: session, agendaItem: agendaItem, language: language,
                                  unresolvedCount: unresolvedCount, firstCitation: targets.count))
    }

    /// Adds a citation to the document added last.
    ///
    /// - Precondition: a document was added before.
    public mutating func addCitation(target: String, kind: CitationKind, relation: Relation, location: Location,
                                     footnote: Int?, pinpoint: String?, adopted: String?) {
        precondition(!documents.isEmpty, "a citation belongs to the document added before it")
        let i = targets.count
        targets.append(intern(target))
        kinds.append(kind)
        relations.append(relation)
        pinpoints.append(pinpoint.map { intern($0) } ?? -1)
        dates.append(adopted.map { intern($0) } ?? -1)
        if let place = Self.pack(location), let note = Self.pack(footnote) {
            places.append(place)
            footnotes.append(note)
        } else {
            places.append(Self.unpackedMark)
            footnotes.append(0)
            unpacked[i] = (location, footnote)
        }
    }

    /// Reserves room for about this many documents and citations more.
    public mutating func reserveCapacity(documents: Int, citations: Int) {
        self.documents.reserveCapacity(self.documents.count + documents)
        for n in [targets.count + citations] {
            targets.reserveCapacity(n); kinds.reserveCapacity(n); relations.reserveCapacity(n)
            places.reserveCapacity(n); footnotes.reserveCapacity(n); pinpoints.reserveCapacity(n)
            dates.reserveCapacity(n)
        }
    }

    private mutating func intern(_ s: String) -> Int32 {
        if let id = stringID[s] { return id }
        precondition(strings.count < Int(Int32.max), "more distinct strings than a graph input holds")
        let id = Int32(strings.count)
        strings.append(s)
        stringID[s] = id
        return id
    }

    /// The citations of the document at `d`.
    func citations(ofDocument d: Int) -> Range<Int> {
        documents[d].firstCitation ..< (d + 1 < documents.count ? documents[d + 1].firstCitation : targets.count)
    }

    func string(_ id: Int32) -> String? { id < 0 ? nil : strings[Int(id)] }

    func location(_ c: Int) -> Location {
        let place = places[c]
        if place == Self.unpackedMark { return unpacked[c]!.location }
        let n = Int(place >> 2)
        switch place & 3 {
        case 0: return .header
        case 1: return .preambular(n)
        case 2: return .operative(n)
        default: return .footnote(n)
        }
    }

    func footnote(_ c: Int) -> Int? {
        if places[c] == Self.unpackedMark { return unpacked[c]!.footnote }
        let note = footnotes[c]
        return note < 0 ? nil : Int(note)
    }

    // The packed place: the case in the low two bits, the number above them.
    private static let unpackedMark = UInt32.max

    private static func pack(_ location: Location) -> UInt32? {
        func number(_ n: Int, _ tag: UInt32) -> UInt32? {
            guard n >= 0, n < 1 << 29 else { return nil }
            return UInt32(n) << 2 | tag
        }
        switch location {
        case .header: return 0
        case .preambular(let n): return number(n, 1)
        case .operative(let n): return number(n, 2)
        case .footnote(let n): return number(n, 3)
        }
    }

    private static func pack(_ footnote: Int?) -> Int32? {
        guard let footnote else { return -1 }
        return footnote >= 0 && footnote <= Int(Int32.max) ? Int32(footnote) : nil
    }
}

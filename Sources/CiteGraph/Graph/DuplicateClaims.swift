/// Texts that claim the same symbol.
///
/// The graph has one node per document, so two texts of one symbol become one node;
/// that must never happen without the user hearing of it. Two copies of the same
/// resolution (a .txt and a .pdf of A/RES/73/3) are harmless, two different texts
/// under one symbol (a misread heading, a file named after the wrong resolution) are
/// an error in the corpus: either way the user is told which files they are. Texts of
/// one symbol in different languages are no duplicates: they are the versions of one
/// document the UN publishes in each official language, and the node lists them.
public struct DuplicateClaim: Hashable, Sendable {
    /// The symbol both texts claim, as the first of them writes it.
    public var symbol: String
    /// Every source that claims it, in source order.
    public var sources: [String]

    /// A claim as found, or as a test states it.
    public init(symbol: String, sources: [String]) {
        self.symbol = symbol
        self.sources = sources
    }

    /// The claims in `documents`, by symbol identity (`SymbolIdentity.normalize`).
    public static func find(in documents: [ExtractedDocument]) -> [DuplicateClaim] {
        var collector = Collector()
        for doc in documents { collector.add(doc) }
        return collector.claims()
    }

    /// The claims of documents seen one at a time, so that a corpus streamed into a
    /// graph need not be held to be checked: only each symbol's sources are kept.
    struct Collector {
        private var bySymbol: [String: DuplicateClaim] = [:]

        mutating func add(_ doc: ExtractedDocument) {
            guard let symbol = doc.symbol, !symbol.isEmpty else { return }
            let key = SymbolIdentity.normalize(symbol) + "|" + (doc.language?.rawValue ?? "")
            bySymbol[key, default: DuplicateClaim(symbol: symbol, sources: [])].sources.append(doc.source)
        }

        func claims() -> [DuplicateClaim] {
            bySymbol.values.filter { $0.sources.count > 1 }
                .map { DuplicateClaim(symbol: $0.symbol, sources: $0.sources.sorted()) }
                .sorted { $0.symbol < $1.symbol }
        }
    }

    /// Sources a warning names; a corpus holding a hundred copies of one text would
    /// otherwise give a line of a hundred paths, which nobody reads.
    public static let namedSources = 10

    /// The warning a user reads: how many texts, and the first `namedSources` of them.
    public var warning: String {
        let named = sources.prefix(Self.namedSources).joined(separator: ", ")
        let more = sources.count > Self.namedSources ? " and \(sources.count - Self.namedSources) more" : ""
        return "\(sources.count) texts claim \(symbol) and are one node of the graph: \(named)\(more)"
    }
}

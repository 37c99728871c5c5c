import CiteGraph

/// The normalised keys the writer stores for one document: its own symbol's,
/// the aliases it answers to, and each citation's target.
///
/// Worked out by the worker that extracted the document, not by the writer:
/// the writer is the one thread every document passes through, and
/// normalising every citation's target there was a fifth of its time.
struct DocumentKeys: Sendable, Equatable {
    /// The key of the document's own symbol (of its source when it has none).
    let own: String
    /// The other keys the document answers to, with their kind (`aliases.kind`).
    let aliases: [Alias]
    /// `SymbolIdentity.normalize` of each citation's target, in citation order.
    let targets: [String]

    struct Alias: Sendable, Equatable {
        let key: String
        let kind: String
    }

    init(_ doc: ExtractedDocument) {
        let ownSymbol = doc.symbol.flatMap { $0.isEmpty ? nil : $0 } ?? doc.source
        own = SymbolIdentity.normalize(ownSymbol)
        aliases = Self.aliases(of: own)
        targets = doc.citations.map { SymbolIdentity.normalize($0.target) }
    }

    /// The other keys a document answers to: each half of a joint symbol, and
    /// the short form of a GA or SC resolution.
    static func aliases(of key: String) -> [Alias] {
        var out: [Alias] = []
        let parts = SymbolIdentity.jointParts(key)
        if parts.count > 1 { for part in parts { out.append(Alias(key: part, kind: "joint-half")) } }
        let short = SymbolIdentity.normalize(SymbolResolver.shortForm(key))
        if short != key { out.append(Alias(key: short, kind: "short-form")) }
        return out
    }
}

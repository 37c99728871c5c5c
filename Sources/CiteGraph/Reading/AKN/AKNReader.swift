import Foundation

/// Reads `.xml` files in Akoma Ntoso (AKN4UN), the UN's own markup of its resolutions.
///
/// The text is written as a reader of the printed resolution sees it (`AKNText`),
/// so every rule of the extractor applies unchanged; what the markup states beyond
/// the words goes into `DocumentText.markup`: the identity from the FRBR metadata
/// (`AKNIdentity`), the location the structure gives each paragraph, and each link
/// the editors made to a UN document (`undocs.org/en/A/RES/2205(XXI)`). The
/// extractor merges those links with what it finds in the words and reports a
/// link the words contradict.
public struct AKNReader: DocumentReader {
    /// A reader holds no state, so one serves a whole corpus.
    public init() {}

    /// Akoma Ntoso files are XML.
    public var extensions: Set<String> { ["xml"] }

    /// The words of the resolution with its markup (identity, paragraph structure,
    /// editors' links), or why the file cannot be read.
    public func read(_ url: URL) throws(ReadError) -> DocumentText {
        let path = url.relativePath
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try Self.read(data, path: path)
    }

    /// Reads AKN4UN from bytes already in memory; `path` names them in messages.
    public static func read(_ data: Data, path: String) throws(ReadError) -> DocumentText {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(path: path) }
        let root = try XMLTree.parse(data, path: path)
        guard root.name == "akomaNtoso" else {
            throw .notAkomaNtoso(path: path, reason: "the root element is <\(root.name)>, not <akomaNtoso>")
        }
        let written = AKNText(root)
        let identity = AKNIdentity.read(root, path: path)
        var links: [EditorLink] = []
        root.forEach { el in
            guard AKNText.isLink(el), let href = el.attributes["href"], let symbol = UNDocsLink.symbol(href) else { return }
            let placed = written.links[el.order]
            links.append(EditorLink(href: href, symbol: symbol, text: AKNIdentity.collapse(el.allText),
                                    range: placed?.range, utf8: placed?.utf8, location: placed?.location,
                                    footnote: placed?.footnote))
        }
        var warnings = identity.warnings
        if identity.symbol == nil {
            warnings.append("\(path): the FRBR metadata names no resolution; the text is read for its symbol")
        }
        let markup = DocumentMarkup(identity: identity, links: links, spans: written.spans,
                                    noteLocations: written.noteLocations, noteMarkers: written.noteMarkers)
        return DocumentText(source: path, text: written.text, format: .akn, warnings: warnings, markup: markup)
    }
}

/// The document symbol an `undocs.org` address names.
///
/// The UN's permanent addresses are `https://undocs.org/` + an optional language
/// (`en`, `fr`, `es`, `ru`, `ar`, `zh`, and `ch` in the Chinese files) + the symbol,
/// percent-encoded and written without spaces ("A/RES/2205(XXI)", "S/RES/242(1967)").
/// Two editorial forms name a document differently: "(SUPP)" after an Official
/// Records symbol marks a supplement, and lower-case part letters after a number
/// ("A/RES/59/126a-b") name parts of one resolution. A doubled slash after the host
/// ("undocs.org//en/A/RES/217 (III)") is the same address.
public enum UNDocsLink {
    static let languages: Set<String> = ["en", "fr", "es", "ru", "ar", "zh", "ch", "sp"]

    /// The symbol an undocs.org address names, or `nil` for an address of another site.
    public static func symbol(_ href: String) -> String? {
        var s = Substring(href.trimmingCharacters(in: .whitespacesAndNewlines))
        for scheme in ["https://", "http://"] where s.lowercased().hasPrefix(scheme) { s = s.dropFirst(scheme.count) }
        if s.lowercased().hasPrefix("www.") { s = s.dropFirst(4) }
        guard s.lowercased().hasPrefix("undocs.org/") else { return nil }
        s = s.dropFirst("undocs.org/".count)
        // "undocs.org//en/A/RES/217 (III)": a doubled slash before the language.
        while s.first == "/" { s = s.dropFirst() }
        if let slash = s.firstIndex(of: "/"), languages.contains(s[..<slash].lowercased()) { s = s[s.index(after: slash)...] }
        // White space inside an address ("A/RES/217%20(III)", or a tab an XML parser kept in the
        // attribute) is one space in the symbol, as in the words.
        var symbol = (String(s).removingPercentEncoding ?? String(s))
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while symbol.hasSuffix("/") { symbol.removeLast() }
        while symbol.hasPrefix("/") { symbol.removeFirst() }
        for supp in ["(supp)", "(SUPP)", "(Supp)"] where symbol.hasSuffix(supp) { symbol.removeLast(supp.count) }
        symbol = dropLowercaseParts(symbol).trimmingCharacters(in: .whitespaces)
        guard symbol.contains("/"), symbol.first?.isLetter == true, symbol.first?.isASCII == true else { return nil }
        return symbol
    }

    /// "A/RES/59/126a-b" -> "A/RES/59/126".
    static func dropLowercaseParts(_ s: String) -> String {
        var c = Array(s)
        var i = c.count
        while i > 0, c[i - 1].isLowercase, c[i - 1].isASCII {
            i -= 1
            guard i >= 2, c[i - 1] == "-", c[i - 2].isLowercase else { break }
            i -= 1
        }
        if i < c.count, i > 0, c[i - 1].isNumber { c = Array(c[..<i]) }
        return String(c)
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `../shared/tools/akn_crosscheck.py` in Swift, so that the suite measures what the
/// tool measures: the same texts (`text(of:)`, the tool's `to_text`), the same links
/// (`links(in:)`), the same own symbol, and the same matching of keys (`keys`, the
/// tool's `norm_keys`; `withoutParts`). It parses with Foundation's `XMLDocument`,
/// not with the library's reader, so that it is an independent oracle for it.
public enum AKNCrosscheck {
    public struct File: Sendable {
        public var name: String
        public var own: String?
        public var links: [(symbol: String, text: String)]
        /// The address of each link, in the order of `links`.
        public var hrefs: [String]
        public var text: String
    }

    public struct Miss: Sendable, CustomStringConvertible {
        public var file: String
        public var symbol: String
        public var text: String
        public var href: String
        public var description: String { "\(file)  \(symbol)  link text: \(text.prefix(60))" }
    }

    public struct Tally: Sendable, CustomStringConvertible {
        public var documents = 0
        public var identified = 0
        public var linked = 0
        public var covered = 0
        public var extras = 0
        public var misses: [Miss] = []
        public var wrongIdentity: [String] = []

        public init() {}

        public var identity: Double { documents == 0 ? 0 : Double(identified) / Double(documents) }
        public var coverage: Double { linked == 0 ? 0 : Double(covered) / Double(linked) }

        public var description: String {
            String(format: "identity %d/%d (%.3f)\ncoverage %d/%d (%.3f), extras %d",
                   identified, documents, identity, covered, linked, coverage, extras)
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case malformed(String, String)
        public var description: String {
            switch self { case .malformed(let name, let why): "skipped \(name): not well-formed XML (\(why))" }
        }
    }

    static let ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    static let textTags: Set<String> = ["p", "crossHeading", "subheading", "heading", "docTitle"]

    /// Reads one XML file as the tool does.
    public static func read(_ url: URL) throws -> File {
        let name = url.lastPathComponent
        let doc: XMLDocument
        do {
            doc = try XMLDocument(contentsOf: url, options: [.nodePreserveWhitespace])
        } catch {
            throw Failure.malformed(name, "\(error)")
        }
        guard let root = doc.rootElement() else { throw Failure.malformed(name, "no root") }
        let own = ownSymbol(root, name: name)
        var links: [(String, String, String)] = []
        iterate(root) { el in
            let tag = el.localName ?? el.name ?? ""
            guard tag == "a" || tag == "ref" else { return }
            let href = attribute(el, "href") ?? ""
            if let sym = linkSymbol(href) {
                links.append((sym, collapse(itertext(el)), href))
            }
        }
        if let own { links.removeAll { !keys($0.0).isDisjoint(with: keys(own)) } }
        return File(name: name, own: own, links: links.map { ($0.0, $0.1) }, hrefs: links.map(\.2), text: text(of: root))
    }

    // MARK: Keys (norm_keys, without_parts)

    /// A symbol's comparable keys, one per half of a joint symbol.
    public static func keys(_ symbol: String) -> Set<String> {
        var s = replace(symbol, #"\s+"#, "").uppercased()
        s = s.replacingOccurrences(of: "\u{2011}", with: "-").replacingOccurrences(of: "\u{2010}", with: "-")
            .replacingOccurrences(of: "\u{2013}", with: "-")
        var out: Set<String> = []
        for p in split(s, #"-(?=(?:A|E|S|ST|TD|UNEP|CRC)/)"#) {
            if let m = fullMatch(p, #"(A|E)/RES/(\d+)([A-Z]{0,2})\(([IVXLC]+|S-[IVXLC]+|ES-[IVXLC]+)\)([A-Z]{0,2})"#) {
                out.insert("\(m[1])/RES/\(m[2])(\(m[4]))\(m[3].isEmpty ? m[5] : m[3])")
                continue
            }
            if let m = fullMatch(p, #"S/RES/(\d+)(?:\((\d{4})\))?"#) {
                out.insert("S/RES/\(m[1])")
                continue
            }
            out.insert(p)
            let q = replace(p, #"\((?:PARTS?|VOL\.)[^)]*\)"#, "")
            if q != p { out.insert(q) }
        }
        return out
    }

    /// Keys with part letters dropped.
    public static func withoutParts(_ keys: Set<String>) -> Set<String> {
        Set(keys.map { k in
            if let m = fullMatch(k, #"(A|E)/RES/(\d+)\(([^)]*)\)[A-Z]{0,2}"#) { return "\(m[1])/RES/\(m[2])(\(m[3]))" }
            return replace(k, #"^(A/RES/\d+/\d+)[A-Z]{1,2}$"#, "$1")
        })
    }

    public static func linkSymbol(_ href: String) -> String? {
        let h = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let m = firstMatch(h, #"^https?://(?:www\.)?undocs\.org/(?:(?:en|fr|es|ru|ar|zh|ch|sp)/)?(.+)$"#) else { return nil }
        var sym = (m[1].removingPercentEncoding ?? m[1]).trimmingCharacters(in: .whitespacesAndNewlines)
        sym = sym.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        sym = replace(sym, #"\((?:supp|SUPP|Supp)\)$"#, "")
        sym = replace(sym, #"(?<=\d)[a-z](?:-[a-z])*$"#, "")
        guard sym.contains("/"), firstMatch(sym, #"^[A-Za-z]"#) != nil else { return nil }
        return sym
    }

    static func ownSymbol(_ root: XMLElement, name: String) -> String? {
        var value = ""
        var done = false
        iterate(root) { el in
            guard !done, el.localName == "FRBRWork" else { return }
            for case let child as XMLElement in el.children ?? [] where child.localName == "FRBRthis" {
                value = attribute(child, "value") ?? ""
                done = true
                break
            }
        }
        if let m = firstMatch(value, #"/(unga|ecosoc|unsc|hrc)/[^/]+/([^/!]+)"#) {
            let prefix = ["unga": "A/RES/", "ecosoc": "E/RES/", "hrc": "A/HRC/RES/"][m[1]]
            if let prefix {
                var num = replace(m[2], #"(?<=\d)[A-Z](?:-[A-Z])*$"#, "")
                num = replace(num, #"-(?=[^-]*$)"#, "/")
                return prefix + replace(num, #"(?<=\d)[A-Z](?:/[A-Z])*$"#, "")
            }
        }
        if let m = firstMatch(name, #"^([AE])_RES_(\d+)_(\d+)"#) { return "\(m[1])/RES/\(m[2])/\(m[3])" }
        return nil
    }

    // MARK: Scoring (the tool's main loop)

    /// Adds one file's identity and coverage, given what the extractor reported for it.
    /// `file` with only the links `other` (the same resolution in another language, marked up
    /// by other editors) also makes: the citations two independent markups agree on. A link one
    /// version alone makes is often that version's error (a Human Rights Council resolution
    /// linked as the Assembly's), which no reading of the text can match.
    public static func agreed(_ file: File, with other: File) -> File {
        var theirs: Set<String> = []
        for (symbol, _) in other.links { theirs.formUnion(keys(symbol)) }
        theirs.formUnion(withoutParts(theirs))
        var out = file
        let kept = zip(file.links, file.hrefs).filter { link, _ in
            let k = keys(link.symbol)
            return !k.isDisjoint(with: theirs) || !withoutParts(k).isDisjoint(with: theirs)
        }
        out.links = kept.map(\.0)
        out.hrefs = kept.map(\.1)
        return out
    }

    public static func tally(_ file: File, symbol: String?, targets: [String], into t: inout Tally) {
        t.documents += 1
        if let own = file.own, let got = symbol, !keys(got).isDisjoint(with: keys(own)) {
            t.identified += 1
        } else {
            t.wrongIdentity.append("\(file.name) want \(file.own ?? "nil") got \(symbol ?? "nil")")
        }
        var found: Set<String> = []
        for f in targets { found.formUnion(keys(f)) }
        found.formUnion(withoutParts(found))
        var seen: Set<Set<String>> = []
        for ((sym, text), href) in zip(file.links, file.hrefs) {
            let k = keys(sym)
            guard seen.insert(k).inserted else { continue }
            t.linked += 1
            if !k.isDisjoint(with: found) || !withoutParts(k).isDisjoint(with: found) {
                t.covered += 1
            } else {
                t.misses.append(Miss(file: file.name, symbol: sym, text: text, href: href))
            }
        }
        var linkKeys: Set<String> = []
        for (s, _) in file.links { linkKeys.formUnion(keys(s)) }
        linkKeys.formUnion(withoutParts(linkKeys))
        var counted: Set<String> = []
        for f in targets where counted.insert(f).inserted {
            let fk = keys(f)
            let isOwn = file.own.map { !fk.isDisjoint(with: keys($0)) } ?? false
            if fk.union(withoutParts(fk)).isDisjoint(with: linkKeys), !isOwn { t.extras += 1 }
        }
    }

    // MARK: The text (to_text)

    public static func text(of root: XMLElement) -> String {
        var notes: [(String, String)] = []
        var lines: [String] = []

        func textOf(_ el: XMLElement) -> String {
            var out = ""
            for node in el.children ?? [] {
                switch node.kind {
                case .text: out += node.stringValue ?? ""
                case .element:
                    let ch = node as! XMLElement
                    if ch.localName == "authorialNote" {
                        let marker = attribute(ch, "marker") ?? String(notes.count + 1)
                        notes.append((marker, collapse(itertext(ch))))
                        out += marker
                    } else {
                        out += textOf(ch)
                    }
                default: break
                }
            }
            return out
        }

        func walk(_ el: XMLElement) {
            let tag = el.localName ?? ""
            if tag == "meta" { return }
            if textTags.contains(tag) {
                let t = collapse(textOf(el))
                if !t.isEmpty { lines.append(t) }
                return
            }
            let kids = (el.children ?? []).compactMap { $0 as? XMLElement }
            if tag == "paragraph" || tag == "point" {
                let num = kids.first { $0.localName == "num" }
                var first = true
                for ch in kids {
                    if ch.localName == "num" { continue }
                    if first, let num, ch.localName == "content" {
                        let ps = (ch.children ?? []).compactMap { $0 as? XMLElement }
                        let t = ps.isEmpty ? "" : collapse(textOf(ps[0]))
                        lines.append((collapse(textOf(num)) + " " + t).trimmingCharacters(in: .whitespaces))
                        for p in ps.dropFirst() { walk(p) }
                        first = false
                        continue
                    }
                    if first, let num {
                        lines.append(collapse(textOf(num)))
                        first = false
                    }
                    walk(ch)
                }
                return
            }
            for ch in kids { walk(ch) }
        }

        walk(root)
        var out = lines.joined(separator: "\n\n")
        if !notes.isEmpty {
            out += "\n\n__________________\n" + notes.map { "\($0.0) \($0.1)" }.joined(separator: "\n")
        }
        return out + "\n"
    }

    // MARK: Helpers

    /// An attribute by its name. (`XMLElement.attribute(forName:)` of swift-corelibs-foundation
    /// finds nothing in a document with a default namespace, so the attributes are searched.)
    static func attribute(_ el: XMLElement, _ name: String) -> String? {
        el.attributes?.first { ($0.localName ?? $0.name) == name || $0.name == name }?.stringValue
    }

    static func iterate(_ el: XMLElement, _ body: (XMLElement) -> Void) {
        body(el)
        for case let ch as XMLElement in el.children ?? [] { iterate(ch, body) }
    }

    static func itertext(_ el: XMLElement) -> String {
        var out = ""
        for node in el.children ?? [] {
            switch node.kind {
            case .text: out += node.stringValue ?? ""
            case .element: out += itertext(node as! XMLElement)
            default: break
            }
        }
        return out
    }

    /// `" ".join(s.split())` with Python's whitespace.
    public static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pending = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || (0x1C...0x1F).contains(u.value) { pending = !out.isEmpty; continue }
            if pending { out.append(" "); pending = false }
            out.append(u)
        }
        return String(out)
    }

    static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern)
    }

    static func groups(_ s: String, _ m: NSTextCheckingResult) -> [String] {
        (0..<m.numberOfRanges).map { k in
            let r = m.range(at: k)
            return r.location == NSNotFound ? "" : (s as NSString).substring(with: r)
        }
    }

    static func firstMatch(_ s: String, _ pattern: String) -> [String]? {
        regex(pattern).firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)).map { groups(s, $0) }
    }

    static func fullMatch(_ s: String, _ pattern: String) -> [String]? {
        firstMatch(s, "^(?:" + pattern + ")$").map { g in g }
    }

    static func replace(_ s: String, _ pattern: String, _ template: String) -> String {
        regex(pattern).stringByReplacingMatches(in: s, range: NSRange(location: 0, length: (s as NSString).length),
                                                withTemplate: template)
    }

    static func split(_ s: String, _ pattern: String) -> [String] {
        var out: [String] = []
        var start = 0
        let ns = s as NSString
        for m in regex(pattern).matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            out.append(ns.substring(with: NSRange(location: start, length: m.range.location - start)))
            start = m.range.location + m.range.length
        }
        out.append(ns.substring(from: start))
        return out
    }
}

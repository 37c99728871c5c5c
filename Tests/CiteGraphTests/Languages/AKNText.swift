import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An AKN4UN resolution as `shared/tools/akn_crosscheck.py` reads it in text mode: the
/// plain text it writes (paragraph numbers before their first line, footnotes as numbered
/// notes after a rule), the editors' links, and the document's own symbol. Ported rule
/// for rule, so that the suite's figures are the tool's.
struct AKNText {
    var text: String
    var own: String?
    /// The linked symbols, the document's own left out.
    var links: [String]

    /// An element as ElementTree holds it: text before the first child, each child's tail after it.
    final class Node {
        let tag: String
        let attributes: [String: String]
        var children: [Node] = []
        var text = ""
        var tail = ""
        init(tag: String, attributes: [String: String]) { self.tag = tag; self.attributes = attributes }

        func itertext() -> String { text + children.map { $0.itertext() + $0.tail }.joined() }
        func all() -> [Node] { [self] + children.flatMap { $0.all() } }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Node] = []
        var root: Node?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            let node = Node(tag: local, attributes: attributes)
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let top = stack.last else { return }
            if let last = top.children.last { last.tail += string } else { top.text += string }
        }
    }

    /// nil for a file that is not well-formed XML (the tool skips it with a message).
    init?(file: URL) {
        guard let data = try? Data(contentsOf: file) else { return nil }
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        text = Self.toText(root)
        own = Self.ownSymbol(root, name: file.lastPathComponent)
        let ownKeys = own.map(Self.normKeys) ?? []
        links = root.all().filter { $0.tag == "a" || $0.tag == "ref" }
            .compactMap { Self.linkSymbol($0.attributes["href"] ?? "") }
            .filter { Self.normKeys($0).isDisjoint(with: ownKeys) }
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static let textTags: Set<String> = ["p", "crossHeading", "subheading", "heading", "docTitle"]

    static func toText(_ root: Node) -> String {
        var notes: [(String, String)] = []
        var lines: [String] = []
        func textOf(_ el: Node) -> String {
            var out = el.text
            for ch in el.children {
                if ch.tag == "authorialNote" {
                    let marker = ch.attributes["marker"] ?? String(notes.count + 1)
                    notes.append((marker, collapse(ch.itertext())))
                    out += marker
                } else {
                    out += textOf(ch)
                }
                out += ch.tail
            }
            return out
        }
        func walk(_ el: Node) {
            if el.tag == "meta" { return }
            if textTags.contains(el.tag) {
                let t = collapse(textOf(el))
                if !t.isEmpty { lines.append(t) }
                return
            }
            if el.tag == "paragraph" || el.tag == "point" {
                let num = el.children.first { $0.tag == "num" }
                var first = true
                for ch in el.children {
                    if ch.tag == "num" { continue }
                    if first, let num, ch.tag == "content" {
                        let ps = ch.children
                        let t = ps.first.map { collapse(textOf($0)) } ?? ""
                        lines.append((collapse(textOf(num)) + " " + t).trimmingCharacters(in: .whitespacesAndNewlines))
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
            for ch in el.children { walk(ch) }
        }
        walk(root)
        var out = lines.joined(separator: "\n\n")
        if !notes.isEmpty { out += "\n\n__________________\n" + notes.map { "\($0.0) \($0.1)" }.joined(separator: "\n") }
        return out + "\n"
    }

    // MARK: The tool's comparison rules

    static func sub(_ s: String, _ pattern: String, _ template: String) -> String {
        let re = try! NSRegularExpression(pattern: pattern)
        return re.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
    }

    static func groups(_ s: String, _ pattern: String) -> [String?]? {
        let re = try! NSRegularExpression(pattern: "^(?:" + pattern + ")$")
        guard let m = re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return (0..<m.numberOfRanges).map { Range(m.range(at: $0), in: s).map { String(s[$0]) } }
    }

    /// `norm_keys`: a symbol's comparable keys, one per half of a joint symbol.
    static func normKeys(_ symbol: String) -> Set<String> {
        let s = symbol.filter { !$0.isWhitespace }.uppercased()
            .replacingOccurrences(of: "\u{2011}", with: "-").replacingOccurrences(of: "\u{2010}", with: "-")
            .replacingOccurrences(of: "\u{2013}", with: "-")
        var keys = Set<String>()
        let split = sub(s, "-(?=(?:A|E|S|ST|TD|UNEP|CRC)/)", "\u{0}")
        for p in split.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init) {
            if let m = groups(p, "(A|E)/RES/(\\d+)([A-Z]{0,2})\\(([IVXLC]+|S-[IVXLC]+|ES-[IVXLC]+)\\)([A-Z]{0,2})") {
                let part = (m[3] ?? "").isEmpty ? (m[5] ?? "") : m[3]!
                keys.insert("\(m[1]!)/RES/\(m[2]!)(\(m[4]!))\(part)")
                continue
            }
            if let m = groups(p, "S/RES/(\\d+)(?:\\((\\d{4})\\))?") {
                keys.insert("S/RES/\(m[1]!)")
                continue
            }
            keys.insert(p)
            let q = sub(p, "\\((?:PARTS?|VOL\\.)[^)]*\\)", "")
            if q != p { keys.insert(q) }
        }
        return keys
    }

    /// `without_parts`: keys with part letters dropped.
    static func withoutParts(_ keys: Set<String>) -> Set<String> {
        Set(keys.map { k in
            if let m = groups(k, "(A|E)/RES/(\\d+)\\(([^)]*)\\)[A-Z]{0,2}") { return "\(m[1]!)/RES/\(m[2]!)(\(m[3]!))" }
            return sub(k, "^(A/RES/\\d+/\\d+)[A-Z]{1,2}$", "$1")
        })
    }

    static func linkSymbol(_ href: String) -> String? {
        guard let m = groups(href.trimmingCharacters(in: .whitespaces),
                             "https?://(?:www\\.)?undocs\\.org/(?:(?:en|fr|es|ru|ar|zh|ch|sp)/)?(.+)") else { return nil }
        var sym = (m[1]!.removingPercentEncoding ?? m[1]!).trimmingCharacters(in: .whitespaces)
            .trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        sym = sub(sym, "\\((?:supp|SUPP|Supp)\\)$", "")
        sym = sub(sym, "(?<=\\d)[a-z](?:-[a-z])*$", "")
        guard sym.contains("/"), sym.first.map({ $0.isASCII && $0.isLetter }) == true else { return nil }
        return sym
    }

    static func ownSymbol(_ root: Node, name: String) -> String? {
        let work = root.all().first { $0.tag == "FRBRWork" }
        let this = work?.children.first { $0.tag == "FRBRthis" }
        let v = this?.attributes["value"] ?? ""
        let re = try! NSRegularExpression(pattern: "/(unga|ecosoc|unsc|hrc)/[^/]+/([^/!]+)")
        if let m = re.firstMatch(in: v, range: NSRange(v.startIndex..., in: v)),
           let body = Range(m.range(at: 1), in: v).map({ String(v[$0]) }), let numRange = Range(m.range(at: 2), in: v) {
            let prefix = ["unga": "A/RES/", "ecosoc": "E/RES/", "hrc": "A/HRC/RES/"][body]
            if let prefix {
                var num = sub(String(v[numRange]), "(?<=\\d)[A-Z](?:-[A-Z])*$", "")
                num = sub(num, "-(?=[^-]*$)", "/")
                return prefix + sub(num, "(?<=\\d)[A-Z](?:/[A-Z])*$", "")
            }
        }
        if let m = try! NSRegularExpression(pattern: "^([AE])_RES_(\\d+)_(\\d+)").firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) {
            let g = (1...3).map { String(name[Range(m.range(at: $0), in: name)!]) }
            return "\(g[0])/RES/\(g[1])/\(g[2])"
        }
        return nil
    }

    /// Identity and coverage of one document's extraction, as the tool counts them.
    func score(symbol: String?, targets: [String]) -> (identity: Bool, linked: Int, covered: Int, missed: [String]) {
        let ownKeys = own.map(Self.normKeys) ?? []
        let identity = symbol.map { !Self.normKeys($0).isDisjoint(with: ownKeys) } ?? false && own != nil
        var found = Set<String>()
        for t in targets { found.formUnion(Self.normKeys(t)) }
        found.formUnion(Self.withoutParts(found))
        var seen = Set<Set<String>>()
        var linked = 0, covered = 0
        var missed: [String] = []
        for link in links {
            let k = Self.normKeys(link)
            guard seen.insert(k).inserted else { continue }
            linked += 1
            if !k.isDisjoint(with: found) || !Self.withoutParts(k).isDisjoint(with: found) { covered += 1 } else { missed.append(link) }
        }
        return (identity, linked, covered, missed)
    }
}

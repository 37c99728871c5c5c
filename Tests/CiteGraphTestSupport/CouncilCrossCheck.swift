import Foundation

/// The checks of `shared/tools/sc_crosscheck.py`, so the suite measures a corpus of
/// Council texts exactly as the project's tool does: per text, whether the document's
/// own symbol is the one its file name gives, and whether every plausible "NNN (YYYY)"
/// older than the citing resolution is cited or reported unresolved.
///
/// It is an oracle apart from the extractor: a deliberately simple scan with its own
/// copy of the Council's yearly numbering, so a rule the extractor gets wrong cannot
/// make the check agree with it.
public enum CouncilCrossCheck {
    /// First resolution number of each year, 1946–1994, as the tool has it.
    static let first: [Int: Int] = [
        1946: 1, 1947: 16, 1948: 38, 1949: 67, 1950: 79, 1951: 90, 1952: 97, 1953: 99, 1954: 104, 1955: 106,
        1956: 111, 1957: 122, 1958: 127, 1959: 132, 1960: 133, 1961: 161, 1962: 171, 1963: 178, 1964: 186,
        1965: 200, 1966: 220, 1967: 233, 1968: 245, 1969: 263, 1970: 276, 1971: 292, 1972: 308, 1973: 325,
        1974: 345, 1975: 367, 1976: 385, 1977: 403, 1978: 423, 1979: 444, 1980: 462, 1981: 485, 1982: 500,
        1983: 529, 1984: 546, 1985: 560, 1986: 581, 1987: 594, 1988: 607, 1989: 627, 1990: 647, 1991: 684,
        1992: 726, 1993: 800, 1994: 893,
    ]

    public static func plausible(_ n: Int, _ y: Int) -> Bool {
        if let a = first[y], let b = first[y + 1] { return a <= n && n < b }
        if y == 1994 { return (893...965).contains(n) }
        return (1995...2030).contains(y) && n > 965
    }

    /// "S_RES_0687_1991_EN.txt" → (687, 1991).
    public static func ownSymbol(fileName: String) -> (number: Int, year: Int)? {
        guard let m = ICU.matches(#"S_RES_0*(\d+)_(\d{4})"#, in: fileName).first else { return nil }
        return (Int(m.groups[0])!, Int(m.groups[1])!)
    }

    /// "S/RES/687 (1991)" or "S/RES/687" → 687.
    public static func councilNumber(_ target: String) -> Int? {
        guard let m = ICU.matches(#"^S/RES/(\d+)(?:\s*\((\d{4})\))?$"#, in: target.trimmingCharacters(in: .whitespaces)).first else { return nil }
        return Int(m.groups[0])
    }

    /// The plausible candidates of a text: number → offset (in UTF-16 units) of its first occurrence.
    public static func candidates(_ text: String, own: (number: Int, year: Int)) -> [Int: Int] {
        var found: [Int: Int] = [:]
        for m in ICU.matches(#"(?<![\d/.])(\d{1,4})\s*\(\s*(\d{4})\s*\)"#, in: text) {
            guard let n = Int(m.groups[0]), let y = Int(m.groups[1]), n < own.number, plausible(n, y) else { continue }
            if ICU.precededByNonResolutionWord(text, at: m.range.location) { continue }
            if found[n] == nil { found[n] = m.range.location }
        }
        return found
    }

    public struct Figures: Sendable {
        public var texts = 0, identified = 0, expected = 0, covered = 0
        public var misses: [String] = []
        public var wrongIdentity: [String] = []
        public init() {}
        public var identity: Double { Double(identified) / Double(max(texts, 1)) }
        public var coverage: Double { Double(covered) / Double(max(expected, 1)) }
    }

    /// Adds one text's figures: `symbol`, `targets` and `unresolvedText` are what the extractor reported.
    public static func check(fileName: String, text: String, symbol: String?, targets: [String],
                             unresolvedText: [String], into figures: inout Figures) {
        guard let own = ownSymbol(fileName: fileName) else { return }
        figures.texts += 1
        if let symbol, councilNumber(symbol) == own.number { figures.identified += 1 } else {
            figures.wrongIdentity.append("\(fileName): got \(symbol ?? "nil")")
        }
        let cited = Set(targets.compactMap(councilNumber))
        let explained = unresolvedText.joined(separator: " ")
        for (n, at) in candidates(text, own: own) {
            figures.expected += 1
            if cited.contains(n) || !ICU.matches("(?<!\\d)\(n)(?!\\d)", in: explained).isEmpty {
                figures.covered += 1
            } else {
                let ns = text as NSString
                let start = max(0, at - 70), end = min(ns.length, at + 30)
                figures.misses.append("\(fileName) \(n): …\(ns.substring(with: NSRange(location: start, length: end - start)).replacingOccurrences(of: "\n", with: " "))…")
            }
        }
    }
}

/// Python-compatible regular expressions (lookbehind included) through Foundation's ICU engine.
public enum ICU {
    public struct Match { public var range: NSRange; public var groups: [String] }

    public static func matches(_ pattern: String, in text: String, options: NSRegularExpression.Options = []) -> [Match] {
        let re = try! NSRegularExpression(pattern: pattern, options: options)
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            Match(range: m.range, groups: (1..<m.numberOfRanges).map { k in
                let r = m.range(at: k)
                return r.location == NSNotFound ? "" : ns.substring(with: r)
            })
        }
    }

    /// The tool's NOT_RES test on the 24 characters before `location`.
    public static func precededByNonResolutionWord(_ text: String, at location: Int) -> Bool {
        let ns = text as NSString
        let start = max(0, location - 24)
        let before = ns.substring(with: NSRange(location: start, length: location - start))
        return !matches(#"(vol\.|volume|no\.|numbers?|series|page|p\.|paras?\.|paragraphs?|articles?|chapter)\s*$"#,
                        in: before, options: [.caseInsensitive]).isEmpty
    }
}

/// The identity of a document symbol, independent of how a text happens to spell it.
///
/// Texts and users write the same symbol in many ways: lower case, doubled or
/// non-breaking spaces, U+2011 non-breaking hyphens, "1325(2000)" for
/// "1325 (2000)". The graph keys its nodes by this normal form so that every
/// spelling lands on one node; the node still shows the canonical spelling.
public enum SymbolIdentity {
    /// The normal form used as a node's identity: upper case, one ASCII hyphen
    /// for every dash-like character, single spaces, no spaces around "/" or "-",
    /// and one space before a parenthesised year or session ("1325 (2000)").
    ///
    /// Any `StringProtocol` (a `Substring` of a line) is made a `String` first and read by the
    /// overload below: called from another module, this generic function runs unspecialised
    /// and would read every byte through the protocol's witnesses.
    public static func normalize(_ symbol: some StringProtocol) -> String {
        normalize(String(symbol))
    }

    /// `normalize` of a `String`, compiled for it here: the index's writer keys every citation
    /// through it, and the generic reading was 5% of a one-thread `index` run.
    public static func normalize(_ symbol: String) -> String {
        // Most symbols are already canonical ASCII; checking bytes is far cheaper than the general path.
        if symbol.utf8.allSatisfy(isPlainSymbolByte) { return symbol }
        if symbol.utf8.allSatisfy({ $0 < 0x80 }) { return normalizeASCII(symbol) }
        return normalizeCharacters(symbol)
    }

    /// The rules on `Character`s: the definition, for any input.
    static func normalizeCharacters(_ symbol: some StringProtocol) -> String {
        var out: [Character] = []
        out.reserveCapacity(symbol.count)
        var pendingSpace = false
        for ch in symbol {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            let c: Character = dashes.contains(ch) ? "-" : ch
            if pendingSpace {
                // Spaces next to "/" and "-" are typing noise; a space before
                // "(" or between a number and a part letter ("270 B") is meaningful.
                if let last = out.last, last != "/", last != "-", c != "/", c != "-", c != ")" {
                    out.append(" ")
                }
                pendingSpace = false
            }
            if c == "(", let last = out.last, last != " ", last != "/" {
                out.append(" ")
            }
            out.append(contentsOf: c.uppercased())
        }
        return String(out)
    }

    /// The same rules on bytes, for ASCII input (lower case, spaces, "1325(2000)"):
    /// no dash of that set is ASCII, and ASCII whitespace and upper-casing are
    /// byte-for-byte, so the result is the general path's without a `Character`
    /// or a `String` per character. It is most of what building a graph spent.
    static func normalizeASCII(_ symbol: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(symbol.utf8.count + 2)
        var pendingSpace = false
        for b in symbol.utf8 {
            // Character.isWhitespace for ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                if let last = out.last, last != 0x2F, last != 0x2D, b != 0x2F, b != 0x2D, b != 0x29 {
                    out.append(0x20)
                }
                pendingSpace = false
            }
            if b == 0x28, let last = out.last, last != 0x20, last != 0x2F {
                out.append(0x20)
            }
            out.append(b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The halves of a joint symbol ("A/67/66-E/2012/49" → ["A/67/66", "E/2012/49"]),
    /// or the symbol alone when it is not joint.
    ///
    /// A hyphen separates two symbols only when a series prefix and "/" follow it,
    /// so special-session numbers ("S-10/2", "ES-10/14") are not split.
    public static func jointParts(_ symbol: String) -> [String] {
        guard symbol.utf8.contains(0x2D) else { return [symbol] }
        let chars = Array(symbol)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i < chars.count {
            if chars[i] == "-", i > start, startsSeries(chars, at: i + 1) {
                parts.append(String(chars[start..<i]))
                start = i + 1
            }
            i += 1
        }
        parts.append(String(chars[start...]))
        return parts.count > 1 ? parts : [symbol]
    }

    /// Whether `chars[at...]` opens a new symbol: one to four letters, then "/".
    private static func startsSeries(_ chars: [Character], at index: Int) -> Bool {
        var j = index
        while j < chars.count, chars[j].isLetter, j - index < 5 { j += 1 }
        return j > index && j - index <= 4 && j < chars.count && chars[j] == "/"
    }

    /// Bytes a normalized symbol may hold without any rewriting: A–Z, 0–9, "/", ".", "-".
    @inline(__always)
    private static func isPlainSymbolByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2F || b == 0x2E || b == 0x2D
    }

    private static let dashes: Set<Character> = [
        "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{FE63}", "\u{FF0D}",
    ]
}

/// A symbol reduced to what identifies the document: upper case, no spaces,
/// one key per half of a joint symbol. Two spellings name the same document when
/// their keys overlap ("A/67/66-E/2012/49" and "E/2012/49").
public struct SymbolKey: Hashable, Sendable {
    public let halves: Set<String>

    public init(_ symbol: String) {
        var folded = ""
        folded.reserveCapacity(symbol.utf8.count)
        for ch in symbol.unicodeScalars {
            switch ch {
            case " ", "\t", "\n", "\u{00A0}": continue
            case "\u{2010}", "\u{2011}", "\u{2013}": folded.append("-")
            default: folded.unicodeScalars.append(ch)
            }
        }
        folded = folded.uppercased()
        var parts: [String] = []
        var current = ""
        let chars = Array(folded)
        var i = 0
        while i < chars.count {
            // A joint symbol splits at "-" where a new series starts: "-E/", "-S/", "-A/".
            if chars[i] == "-", i + 2 < chars.count, chars[i + 1].isLetter, Self.startsSeries(chars, at: i + 1), !current.hasSuffix("/S"), !current.hasSuffix("/ES") {
                parts.append(current)
                current = ""
                i += 1
                continue
            }
            current.append(chars[i])
            i += 1
        }
        parts.append(current)
        halves = Set(parts.filter { !$0.isEmpty })
    }

    private static func startsSeries(_ chars: [Character], at i: Int) -> Bool {
        var j = i
        while j < chars.count, chars[j].isLetter { j += 1 }
        return j < chars.count && chars[j] == "/" && j - i <= 8
    }

    public func overlaps(_ other: SymbolKey) -> Bool { !halves.isDisjoint(with: other.halves) }
}

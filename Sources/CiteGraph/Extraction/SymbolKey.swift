/// A symbol reduced to what identifies the document: upper case, no spaces,
/// one key per half of a joint symbol. Two spellings name the same document when
/// their keys overlap ("A/67/66-E/2012/49" and "E/2012/49").
public struct SymbolKey: Hashable, Sendable {
    /// One normalised key per half of a joint symbol, so either half finds the document.
    public let halves: Set<String>

    /// The key of a symbol as written, however it was spaced or cased.
    public init(_ symbol: String) {
        halves = Self.asciiHalves(symbol) ?? Self.halves(symbol)
    }

    /// The halves of an ASCII symbol, worked out on bytes. For ASCII text this is
    /// the same computation as `halves(_:)`: every byte is a `Character` once the
    /// newlines are gone, upper-casing is ASCII upper-casing, and the letters are
    /// A to Z. It matters because extraction keys every symbol it finds, and
    /// splitting a String into `Character`s cost more than the rest of the key.
    static func asciiHalves(_ symbol: String) -> Set<String>? {
        var folded: [UInt8] = []
        folded.reserveCapacity(symbol.utf8.count)
        for b in symbol.utf8 {
            if b >= 0x80 { return nil }
            if b == Byte.space || b == Byte.tab || b == Byte.newline { continue }
            folded.append(Byte.isLower(b) ? b - 0x20 : b)
        }
        var parts: Set<String> = []
        var start = 0
        func endsPart(at i: Int) -> Bool {
            // "-E/", "-S/", "-A/": a new series, unless the part so far ends in "/S" or "/ES" (A/RES/S-10/2).
            guard folded[i] == Byte.hyphen, i + 2 < folded.count, Byte.isUpper(folded[i + 1]) else { return false }
            var j = i + 1
            while j < folded.count, Byte.isUpper(folded[j]) { j += 1 }
            guard j < folded.count, folded[j] == Byte.slash, j - (i + 1) <= 8 else { return false }
            let part = folded[start..<i]
            return !(part.count >= 2 && part.suffix(2).elementsEqual("/S".utf8))
                && !(part.count >= 3 && part.suffix(3).elementsEqual("/ES".utf8))
        }
        for i in folded.indices where endsPart(at: i) {
            if i > start { parts.insert(String(decoding: folded[start..<i], as: UTF8.self)) }
            start = i + 1
        }
        if folded.count > start { parts.insert(String(decoding: folded[start...], as: UTF8.self)) }
        return parts
    }

    /// The halves of any symbol, Unicode and all.
    static func halves(_ symbol: String) -> Set<String> {
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
        return Set(parts.filter { !$0.isEmpty })
    }

    private static func startsSeries(_ chars: [Character], at i: Int) -> Bool {
        var j = i
        while j < chars.count, chars[j].isLetter { j += 1 }
        return j < chars.count && chars[j] == "/" && j - i <= 8
    }

    /// Whether two spellings name the same document: they share a half.
    public func overlaps(_ other: SymbolKey) -> Bool { !halves.isDisjoint(with: other.halves) }
}

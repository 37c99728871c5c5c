/// Case-insensitive matching of the tables' words against UTF-8 text, byte by byte.
///
/// The fold keeps every character's length in bytes, so a match of form `w` at `i`
/// always ends at `i + w.count` and no offset needs a map: ASCII capitals, Latin-1
/// capitals (C3 80–9E) and Cyrillic capitals (D0 80–AF) go to their small letters,
/// and Arabic alef with a hamza or madda (أ إ آ) to bare alef, alef maqsura (ى) to yeh,
/// the spellings of one word the UN's Arabic texts alternate between.
enum FoldedText {
    /// The folded form of the character whose first byte is `c0` and second `c1`.
    @inline(__always)
    static func foldPair(_ c0: UInt8, _ c1: UInt8) -> (UInt8, UInt8) {
        switch c0 {
        case 0xC3 where c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97: return (0xC3, c1 + 0x20)
        case 0xD0 where c1 >= 0x90 && c1 <= 0x9F: return (0xD0, c1 + 0x20)
        case 0xD0 where c1 >= 0xA0 && c1 <= 0xAF: return (0xD1, c1 - 0x20)
        case 0xD0 where c1 >= 0x80 && c1 <= 0x8F: return (0xD1, c1 + 0x10)
        case 0xD8 where c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5: return (0xD8, 0xA7)
        case 0xD9 where c1 == 0x89: return (0xD9, 0x8A)
        default: return (c0, c1)
        }
    }

    /// `s` folded, as the tables store their words.
    static func fold(_ s: String) -> [UInt8] {
        let b = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { out.append(Byte.lower(c)); i += 1; continue }
            if i + 1 < b.count, c >= 0xC0, c < 0xE0 {
                let (f0, f1) = foldPair(c, b[i + 1])
                out.append(f0); out.append(f1); i += 2; continue
            }
            out.append(c); i += 1
        }
        return out
    }

    /// Whether the folded form `w` stands at `i` (ending before `limit`).
    @inline(__always)
    static func matches(_ b: UnsafeBufferPointer<UInt8>, _ w: [UInt8], at i: Int, limit: Int) -> Bool {
        guard i >= 0, i + w.count <= limit else { return false }
        var k = 0
        while k < w.count {
            let c = b[i + k]
            if c < 0x80 {
                if Byte.lower(c) != w[k] { return false }
                k += 1
            } else if c >= 0xC0, c < 0xE0, k + 1 < w.count {
                let (f0, f1) = foldPair(c, b[i + k + 1])
                if f0 != w[k] || f1 != w[k + 1] { return false }
                k += 2
            } else {
                if c != w[k] { return false }
                k += 1
            }
        }
        return true
    }

    /// Whether the character whose first byte is at `p` is a letter or digit: ASCII letters
    /// and digits, and any other script's characters except punctuation (general
    /// punctuation E2 xx, Latin-1 signs C2 xx, CJK punctuation E3 80 xx, full-width forms).
    @inline(__always)
    static func isLetter(_ b: UnsafeBufferPointer<UInt8>, at p: Int, limit: Int) -> Bool {
        guard p < limit else { return false }
        let c = b[p]
        if c < 0x80 { return Byte.isAlnum(c) }
        if c == 0xE2 || c == 0xC2 { return false }
        if c == 0xE3, p + 1 < limit, b[p + 1] == 0x80 { return false }
        if c == 0xEF, p + 1 < limit, b[p + 1] == 0xBC || b[p + 1] == 0xBD || b[p + 1] == 0xB8 { return false }
        return true
    }

    /// The first byte of the character that ends right before `i`.
    @inline(__always)
    static func previousStart(_ b: UnsafeBufferPointer<UInt8>, before i: Int, from start: Int) -> Int {
        var p = i - 1
        while p > start, b[p] & 0xC0 == 0x80, i - p < 4 { p -= 1 }
        return p
    }

    /// Whether a word may start at `i`: no letter or digit right before it.
    @inline(__always)
    static func isWordStart(_ b: UnsafeBufferPointer<UInt8>, at i: Int, from start: Int) -> Bool {
        guard i > start else { return true }
        return !isLetter(b, at: previousStart(b, before: i, from: start), limit: i)
    }

    /// Whether the character before `i` is Chinese (CJK ideographs and punctuation, U+3000–U+9FFF,
    /// or a full-width form): a symbol or a number may stand glued to it, "见A/76/25", "第56/183号".
    @inline(__always)
    static func afterCJK(_ b: [UInt8], at i: Int) -> Bool {
        guard i >= 3 else { return false }
        let lead = b[i - 3]
        return (lead >= 0xE3 && lead <= 0xE9 || lead == 0xEF) && b[i - 2] & 0xC0 == 0x80 && b[i - 1] & 0xC0 == 0x80
    }

    /// Whether a Chinese character (lead byte E3–E9, or a full-width form) starts at `i`.
    @inline(__always)
    static func isCJK(_ b: [UInt8], at i: Int) -> Bool {
        guard i < b.count else { return false }
        let c = b[i]
        return c >= 0xE3 && c <= 0xE9 || c == 0xEF
    }
}

extension Block {
    /// Lanes whose byte is exactly `c`, any byte value (`equal` takes ASCII only): a lane's
    /// low seven bits plus 0x7F reach its high bit unless they are zero, with no carry out.
    @inline(__always)
    static func equalByte(_ x: UInt64, _ c: UInt8) -> UInt64 {
        let t = x ^ (UInt64(c) &* ones)
        return ~(((t & ~highs) &+ (0x7F &* ones)) | t) & highs
    }

    /// ASCII letters and digits only (`isAlnum` counts every byte of a multi-byte character).
    @inline(__always)
    static func isASCIIAlnum(_ x: UInt64) -> UInt64 {
        inRange(x | (0x20 &* ones), 0x61, 0x7A) | inRange(x, 0x30, 0x39)
    }
}

import Foundation

/// ASCII classification for the byte-level scanners.
///
/// Extraction works on UTF-8 bytes, not `Character`s: grapheme breaking costs more
/// than all the citation grammar put together, and every symbol character of the UN
/// document system is ASCII. Bytes of multi-byte characters (≥ 0x80) count as
/// letters, so "Côte" or a Cyrillic word is one word.
enum Byte {
    static let space: UInt8 = 0x20, tab: UInt8 = 0x09, newline: UInt8 = 0x0A
    static let slash = UInt8(ascii: "/"), dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
    static let hyphen = UInt8(ascii: "-"), openParen = UInt8(ascii: "("), closeParen = UInt8(ascii: ")")
    static let semicolon = UInt8(ascii: ";"), colon = UInt8(ascii: ":")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"), caret = UInt8(ascii: "^")

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) || b >= 0x80 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == space || b == tab || b == newline || b == 0x0C }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
}

extension Array where Element == UInt8 {
    /// Whether `word` (lower-case ASCII) stands at `i`, compared case-insensitively.
    @inline(__always)
    func matches(_ word: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for k in 0..<word.count where Byte.lower(self[i + k]) != word[k] { return false }
        return true
    }

    /// Whether `word` stands at `i` as a whole word (no letter or digit on either side).
    @inline(__always)
    func matchesWord(_ word: [UInt8], at i: Int) -> Bool {
        guard matches(word, at: i) else { return false }
        if i > 0, Byte.isAlnum(self[i - 1]) { return false }
        let end = i + word.count
        if end < count, Byte.isAlnum(self[end]) { return false }
        return true
    }

    /// `matches` for a literal, compared in place: a literal's `.bytes` would build
    /// an array on every call, and these tests run for every candidate word.
    @inline(__always)
    func matches(_ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= count else { return false }
        let w = word.utf8Start
        for k in 0..<n where Byte.lower(self[i + k]) != w[k] { return false }
        return true
    }

    /// `matchesWord` for a literal, compared in place.
    @inline(__always)
    func matchesWord(_ word: StaticString, at i: Int) -> Bool {
        guard matches(word, at: i) else { return false }
        if i > 0, Byte.isAlnum(self[i - 1]) { return false }
        let end = i + word.utf8CodeUnitCount
        if end < count, Byte.isAlnum(self[end]) { return false }
        return true
    }

    /// The index of the first `byte` in `range`, found by `memchr`, which compares many bytes at
    /// a time: for the searches of a byte that is rare in running text ("C", ":").
    @inline(__always)
    func index(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        return withUnsafeBufferPointer { p -> Int? in
            let base = p.baseAddress!
            guard let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: self[range], as: UTF8.self)
    }

    /// The index of the first non-space byte at or after `i` (not beyond `limit`).
    @inline(__always)
    func skipSpaces(from i: Int, limit: Int) -> Int {
        var j = i
        while j < limit, Byte.isSpace(self[j]) { j += 1 }
        return j
    }

    /// Parses an unsigned decimal at `i`: its value and end, at most `maxDigits` digits.
    @inline(__always)
    func number(at i: Int, limit: Int, maxDigits: Int = 9) -> (value: Int, end: Int)? {
        var j = i, v = 0
        while j < limit, Byte.isDigit(self[j]), j - i < maxDigits { v = v * 10 + Int(self[j] - 0x30); j += 1 }
        if j == i || (j < limit && Byte.isDigit(self[j])) { return nil }
        return (v, j)
    }
}

extension String {
    var bytes: [UInt8] { Array(utf8) }
}

extension String {
    /// Whether the string's UTF-8 bytes come before `other`'s: the byte order of paths and
    /// keys, the same on every machine and locale. Compared with `memcmp` on the strings'
    /// contiguous bytes; the generic comparison of two `UTF8View`s cost 30 instructions a byte
    /// and was 4.6% of `extract`'s instructions on 440 paths with a long common prefix.
    func utf8Precedes(_ other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = Swift.min(x.count, y.count)
                let order = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }
}

/// Eight bytes at a time, for the scanners' loops over every byte of a text: most
/// bytes can start nothing, and a test on a whole word passes over them in one step.
///
/// A word holds eight bytes, the first in its lowest byte; a test gives a word with
/// the high bit of each byte (lane) set where the test holds. The tests are exact per
/// lane (no carry crosses from one byte to the next), so they combine with `&`, `|`
/// and `~`. A scanner uses them as a filter: it goes to the first lane set and looks
/// at that byte as before, so it finds exactly what it found byte by byte.
enum Block {
    static let width = 8
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `p`, the first in the lowest byte.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// Lanes whose byte is in `lo...hi` (both ASCII).
    @inline(__always)
    static func inRange(_ x: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let low7 = x & ~highs
        let above = low7 &+ UInt64(0x7F - hi) &* ones     // high bit set where low7 > hi
        let atLeast = low7 &+ UInt64(0x80 - lo) &* ones   // high bit set where low7 >= lo
        return atLeast & ~above & ~x & highs
    }

    @inline(__always)
    static func equal(_ x: UInt64, _ c: UInt8) -> UInt64 { inRange(x, c, c) }

    /// `Byte.isAlnum` of each lane.
    @inline(__always)
    static func isAlnum(_ x: UInt64) -> UInt64 {
        inRange(x | (0x20 &* ones), 0x61, 0x7A) | inRange(x, 0x30, 0x39) | (x & highs)
    }

    /// The first lane set in `mask`, or `width` when none is.
    @inline(__always)
    static func firstSet(_ mask: UInt64) -> Int { mask.trailingZeroBitCount / 8 }
}

import Foundation

/// Turns a file's bytes into text without losing any of it silently.
///
/// UN texts reach users through many converters: UTF-8 with and without a byte
/// order mark, UTF-16 from Word (with or without a BOM), Windows-1252 from older
/// tools. Whatever had to be guessed or repaired is reported as a warning that
/// names the file, so a user can tell a clean read from a rescued one.
///
/// The policy for damaged text, in the order it is applied:
/// - UTF-16 with a BOM is decoded as such; without a BOM it is recognised by
///   its NUL bytes falling on every other position (warning).
/// - Data that looks binary (many NUL or control bytes) is refused: extracting
///   citations from an image or an executable can only produce noise.
/// - A few stray NUL bytes in otherwise good text (padding or a converter's
///   slip) are removed, with a warning: they are invisible to a reader, and
///   would otherwise reach JSON output as `\u0000`.
/// - Valid UTF-8 is read as it is; UTF-8 with a few broken sequences keeps its
///   good characters and gets U+FFFD for the broken ones (warning); text
///   without any UTF-8 multi-byte sequence is read as Windows-1252, where every
///   byte is a character (warning).
/// - CRLF and lone CR line ends become LF.
public enum TextDecoding {
    /// A decoded text and the repairs made on the way.
    public struct Decoded: Sendable {
        /// The text, line ends normalised to LF.
        public var text: String
        /// What was repaired, one line each, starting with the path.
        public var warnings: [String]
    }

    /// The text of `data`, by the rules above; throws for an empty or binary file, which no repair makes a document.
    public static func decode(_ data: Data, path: String) throws(ReadError) -> Decoded {
        try decode([UInt8](data), path: path)
    }

    /// `decode` of bytes already in an array (as `FileBytes` reads them), without a copy.
    public static func decode(_ bytes: [UInt8], path: String) throws(ReadError) -> Decoded {
        if bytes.isEmpty { throw .empty(path: path) }
        var bytes = bytes
        if let bom = UTF16BOM(bytes) {
            return try decodeUTF16(bytes.dropFirst(2), bigEndian: bom == .bigEndian, path: path, warnings: [])
        }
        if let bigEndian = unmarkedUTF16(bytes[...]) {
            return try decodeUTF16(bytes[...], bigEndian: bigEndian, path: path, warnings: [
                "\(path): no byte order mark, but the NUL bytes say UTF-16; read as UTF-16\(bigEndian ? "BE" : "LE")",
            ])
        }
        var warnings: [String] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if looksBinary(bytes) { throw .binary(path: path) }
        let nuls = contains(bytes, 0x00) ? bytes.count(where: { $0 == 0 }) : 0
        if nuls > 0 {
            bytes.removeAll { $0 == 0 }
            warnings.append("\(path): \(nuls) NUL byte\(nuls == 1 ? "" : "s") removed from the text")
        }
        normalizeLineEnds(&bytes)
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            let census = UTF8Census(bytes)
            if census.multiByte > census.invalid {
                text = String(decoding: bytes, as: UTF8.self)
                warnings.append("\(path): \(census.invalid) invalid UTF-8 sequence\(census.invalid == 1 ? "" : "s") replaced by U+FFFD")
            } else {
                text = String(decoding: bytes.map { windows1252[Int($0)] }, as: UTF16.self)
                warnings.append("\(path): not valid UTF-8; read as Windows-1252")
            }
        }
        return try finish(text, path: path, warnings: warnings)
    }

    private enum ByteOrder { case littleEndian, bigEndian }

    private static func UTF16BOM(_ bytes: [UInt8]) -> ByteOrder? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return .littleEndian }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return .bigEndian }
        return nil
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool, path: String,
                                    warnings: [String]) throws(ReadError) -> Decoded {
        guard body.count % 2 == 0 else {
            throw .undecodable(path: path, reason: "UTF-16 text with an odd number of bytes (truncated?)")
        }
        guard let text = String(data: Data(body), encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian) else {
            throw .undecodable(path: path, reason: "invalid UTF-16")
        }
        var normalized = text
        if normalized.utf8.contains(0x0D) {
            // By scalars, not Characters: a CR followed by a combining mark ("\r\u{0D00}") is one
            // Character, which a Character-wise replacement does not see (found by fuzzing).
            var scalars = String.UnicodeScalarView()
            var afterCR = false
            for scalar in normalized.unicodeScalars {
                if scalar == "\r" { scalars.append("\n"); afterCR = true; continue }
                if scalar == "\n", afterCR { afterCR = false; continue }
                afterCR = false
                scalars.append(scalar)
            }
            normalized = String(scalars)
        }
        if normalized.utf8.contains(0) {
            throw .binary(path: path)
        }
        return try finish(normalized, path: path, warnings: warnings)
    }

    /// UTF-16 without a BOM: in the first bytes, NULs sit on one parity
    /// (the high byte of Latin text) and almost never on the other.
    static func unmarkedUTF16(_ bytes: ArraySlice<UInt8>) -> Bool? {
        let head = bytes.prefix(4096)
        guard head.count >= 8, head.count % 2 == 0 || bytes.count > head.count else { return nil }
        var even = 0, odd = 0
        for (i, b) in head.enumerated() where b == 0 {
            if i % 2 == 0 { even += 1 } else { odd += 1 }
        }
        let pairs = head.count / 2
        if odd * 10 >= pairs * 7 && even * 50 <= pairs { return false }
        if even * 10 >= pairs * 7 && odd * 50 <= pairs { return true }
        return nil
    }

    /// CRLF and lone CR to LF, in place on the bytes: 0x0D never occurs inside
    /// a UTF-8 or Windows-1252 multi-byte character, so this is safe before decoding.
    static func normalizeLineEnds(_ bytes: inout [UInt8]) {
        guard contains(bytes, 0x0D) else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        bytes = out
    }

    private static func finish(_ text: String, path: String, warnings: [String]) throws(ReadError) -> Decoded {
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { throw .empty(path: path) }
        return Decoded(text: text, warnings: warnings)
    }

    /// Binary data: NUL or other control bytes making up more than 2% of the
    /// first 64 KiB, or NULs more than 1% of the whole (one alone is never enough).
    /// A handful of stray NULs in a text is not binary; it is repaired.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = min(bytes.count, 65536)
        let controls = controlBytes(bytes, head)
        if controls >= 2 && controls * 50 > head { return true }
        guard contains(bytes, 0x00) else { return false }
        let nuls = bytes.count(where: { $0 == 0 })
        return nuls >= 2 && nuls * 100 > bytes.count
    }

    /// How many of the first `n` bytes are control bytes other than tab, line feed, form feed
    /// and carriage return, counted eight at a time (`Block`): every text passes here whole.
    static func controlBytes(_ bytes: [UInt8], _ n: Int) -> Int {
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return 0 }
            var count = 0, i = 0
            while i + Block.width <= n {
                let x = Block.load(base + i)
                let low = Block.inRange(x, 0x00, 0x1F)
                // Most blocks hold no byte below 0x20, and most that do hold only a line feed.
                if low != 0 {
                    let controls = low & ~Block.equal(x, 0x09) & ~Block.equal(x, 0x0A) & ~Block.equal(x, 0x0C) & ~Block.equal(x, 0x0D)
                    count += controls.nonzeroBitCount
                }
                i += Block.width
            }
            while i < n {
                let b = p[i]
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { count += 1 }
                i += 1
            }
            return count
        }
    }

    /// Whether a byte occurs at all, with memchr: a text has no NUL and often no
    /// CR, and a byte-by-byte Swift loop over 50 MB costs as much as decoding it.
    static func contains(_ bytes: [UInt8], _ byte: UInt8) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// Windows-1252 to UTF-16; the five undefined bytes map to their C1 code points.
    static let windows1252: [UInt16] = {
        var table = (0..<256).map { UInt16($0) }
        let high: [UInt16] = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                              0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
                              0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                              0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]
        for (i, u) in high.enumerated() { table[0x80 + i] = u }
        return table
    }()
}

import Foundation

/// Turns a file's bytes into text without losing any of it silently.
///
/// UN texts reach users through many converters: UTF-8 with and without a byte
/// order mark, UTF-16 from Word, Windows-1252 from older tools. Anything that is
/// not valid UTF-8 and has no BOM is read as Windows-1252 (every byte maps to a
/// character) and the caller is told so, rather than dropping or replacing bytes.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var warnings: [String]
    }

    public static func decode(_ data: Data, path: String) throws(ReadError) -> Decoded {
        if data.isEmpty { throw .empty(path: path) }
        let bytes = [UInt8](data)
        // UTF-16 with a byte order mark: NUL bytes are expected there, so test it first.
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw .undecodable(path: path, reason: "invalid UTF-16 after its byte order mark")
            }
            return try finish(text, path: path, warnings: [])
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if looksBinary(body) { throw .binary(path: path) }
        if let text = String(validating: body, as: UTF8.self) {
            return try finish(text, path: path, warnings: [])
        }
        let text = String(decoding: body.map { windows1252[Int($0)] }, as: UTF16.self)
        return try finish(text, path: path,
                          warnings: ["\(path): not valid UTF-8; read as Windows-1252"])
    }

    private static func finish(_ raw: String, path: String, warnings: [String]) throws(ReadError) -> Decoded {
        var text = raw
        // Tested over the UTF-8 buffer: through `String.UTF8View`'s iterator these two
        // tests cost as much as reading the file.
        if text.withUTF8({ $0.count > 0 && memchr($0.baseAddress!, 0x0D, $0.count) != nil }) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.withUTF8({ $0.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0C } }) { throw .empty(path: path) }
        return Decoded(text: text, warnings: warnings)
    }

    /// Binary data: NUL bytes in the first 8 KiB, or many control characters.
    /// Text with a stray NUL further in is read (the NULs are harmless to extraction).
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(8192)
        let controls = head.withUnsafeBufferPointer { head -> Int? in
            var controls = 0
            var i = 0
            // Eight bytes at a time past words with no control byte other than tab, line
            // feed, carriage return and form feed, which is nearly every word of a text.
            while i + Block.width <= head.count {
                let word = Block.load(head.baseAddress! + i)
                let odd = Block.inRange(word, 0x00, 0x1F) & ~Block.equal(word, 0x09) & ~Block.equal(word, 0x0A)
                    & ~Block.equal(word, 0x0D) & ~Block.equal(word, 0x0C)
                if odd == 0 { i += Block.width; continue }
                for b in head[i..<(i + Block.width)] where b < 0x20 {
                    if b == 0 { return nil }
                    if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
                }
                i += Block.width
            }
            for b in head[i...] where b < 0x20 {
                if b == 0 { return nil }
                if b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
            }
            return controls
        }
        guard let controls else { return true }
        return controls > max(8, head.count / 20)
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

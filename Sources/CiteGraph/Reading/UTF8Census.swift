/// Counts well-formed multi-byte UTF-8 sequences and bytes that belong to no
/// well-formed sequence, to tell damaged UTF-8 (many good sequences, a few bad
/// bytes) from a single-byte encoding such as Windows-1252 (no good sequences).
struct UTF8Census: Sendable {
    var multiByte = 0
    var invalid = 0

    init(_ bytes: [UInt8]) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length > 0, i + length <= n,
               bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
               String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil {
                multiByte += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
    }
}

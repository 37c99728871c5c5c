@testable import CiteGraph
import Foundation
import Testing

/// The binary test looks at eight bytes at a time; it must judge as a byte-by-byte reading does.
@Suite("Text decoding")
struct TextDecodingTests {
    /// The rule as `looksBinary` documents it, one byte at a time.
    static func reference(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        return controls > max(8, head.count / 20)
    }

    @Test func binaryTestAgreesWithTheRule() {
        var random = SplitMix64(seed: 1252)
        let text = Array("Recalling its resolution 56/183 of 21 December 2001,\n\tthe General Assembly\u{C}\r\n".utf8)
        for round in 0..<400 {
            var bytes = (0..<random.int(below: 9000)).map { _ in text[random.int(below: text.count)] }
            // A few control bytes (sometimes enough to tip the balance), now and then a NUL.
            for _ in 0..<random.int(below: round % 3 == 0 ? 600 : 12) where !bytes.isEmpty {
                bytes[random.int(below: bytes.count)] = UInt8(random.int(below: 0x20))
            }
            let slice = bytes[random.int(below: 4)...]
            #expect(TextDecoding.looksBinary(slice) == Self.reference(slice), "round \(round)")
        }
    }

    @Test func textWithLineEndsAndFormFeedsIsText() throws {
        let decoded = try TextDecoding.decode(Data("Recalling\r\nits resolution\u{C}\n".utf8), path: "t.txt")
        #expect(decoded.text == "Recalling\nits resolution\u{C}\n")
        #expect(TextDecoding.looksBinary(Array("a\u{1}b\u{0}".utf8)[...]))
    }
}

@testable import CiteGraph
import Testing

/// The eight-bytes-at-a-time tests the scanners skip with must agree, lane by lane,
/// with the byte tests they stand for; otherwise a scanner would pass over a citation.
@Suite("Byte blocks")
struct BlockTests {
    /// The lanes of a mask as booleans, first byte first.
    static func lanes(_ mask: UInt64) -> [Bool] {
        (0..<8).map { mask >> (8 * $0 + 7) & 1 == 1 }
    }

    static func check(_ bytes: [UInt8]) {
        let word = bytes.withUnsafeBufferPointer { Block.load($0.baseAddress!) }
        #expect(lanes(Block.isAlnum(word)) == bytes.map(Byte.isAlnum), "\(bytes)")
        #expect(lanes(Block.inRange(word, 0x30, 0x39)) == bytes.map(Byte.isDigit), "\(bytes)")
        #expect(lanes(Block.inRange(word, 0x41, 0x5A)) == bytes.map(Byte.isUpper), "\(bytes)")
        #expect(lanes(Block.equal(word, Byte.openBracket)) == bytes.map { $0 == Byte.openBracket }, "\(bytes)")
        let first = bytes.firstIndex(where: Byte.isDigit) ?? 8
        #expect(Block.firstSet(Block.inRange(word, 0x30, 0x39)) == first, "\(bytes)")
    }

    @Test func everyByteInEveryLane() {
        for lane in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[lane] = UInt8(value)
                Self.check(bytes)
            }
        }
    }

    @Test func randomWords() {
        var random = SplitMix64(seed: 8)
        for _ in 0..<20_000 {
            let word = random.next()
            Self.check((0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) })
        }
    }
}

@testable import CiteGraph
import CiteGraphTestSupport
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

/// The scanners' block filters may keep bytes that start nothing, never drop one that starts something.
@Suite("Scanner block filters")
struct ScannerFilterTests {
    static let pieces = ["A/RES/56/183", "resolution", "Resolutions", "decision", "DECISION", "res", "dec", "Res", "UN-HABITAT/1",
                         "ST/SG/1", "E/", "S-", " ", ",", "(", "the", "General", "UNESCO", "[^3]", "12", "x", "é", "\n", "/", "-",
                         "its ", "Recalling", "draft", "A/67/66-E/2012/49"]

    static func randomText(_ random: inout SplitMix64) -> [UInt8] {
        var text = ""
        for _ in 0..<400 { text += pieces[random.int(below: pieces.count)] }
        return Array(text.utf8)
    }

    @Test func segmentFilterKeepsEveryStart() {
        var random = SplitMix64(seed: 195)
        for _ in 0..<20 {
            let b = Self.randomText(&random)
            b.withUnsafeBufferPointer { buffer in
                for i in 1..<(b.count - Block.width - 2) {
                    let kept = SegmentScanner.mayStart(buffer.baseAddress! + i) & 0x80 != 0
                    let symbol = SymbolScanner.match(b, at: i, limit: b.count) != nil
                    let keyword = !Byte.isAlnum(b[i - 1]) && SegmentScanner.keywords.contains { b.matchesWord($0.word, at: i) }
                    if symbol || keyword { #expect(kept, "position \(i): \(String(decoding: b[i...].prefix(16), as: UTF8.self))") }
                }
            }
        }
    }

    @Test func footnoteFilterIsBracketsAndDigits() {
        var random = SplitMix64(seed: 67)
        let b = Self.randomText(&random)
        b.withUnsafeBufferPointer { buffer in
            for i in 0..<(b.count - Block.width) {
                let kept = FootnoteMarkers.mayStart(buffer.baseAddress! + i) & 0x80 != 0
                #expect(kept == (b[i] == Byte.openBracket || Byte.isDigit(b[i])))
            }
        }
    }
}

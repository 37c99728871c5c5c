import Foundation
import Testing
@testable import CiteGraph

/// Each encoding a UN text reaches users in, and each kind of damage, read the
/// way docs/INPUTS.md promises.
@Suite("Text decoding") struct TextDecodingTests {
    let path = "/corpus/doc.txt"
    let sample = "Recalling its resolution 70/1, “Transforming our world” — A/RES/80/4 é\n"

    private func decode(_ bytes: [UInt8]) throws -> TextDecoding.Decoded {
        try TextDecoding.decode(Data(bytes), path: path)
    }

    private func error(_ bytes: [UInt8]) -> ReadError? {
        do {
            _ = try TextDecoding.decode(Data(bytes), path: path)
            return nil
        } catch {
            return error
        }
    }

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test func utf8WithoutBOM() throws {
        let decoded = try decode(Array(sample.utf8))
        #expect(decoded.text == sample)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func utf8WithBOMDropsTheBOM() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(decoded.text == sample)
        #expect(decoded.warnings.isEmpty)
    }

    @Test(arguments: [false, true])
    func utf16WithBOM(bigEndian: Bool) throws {
        let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        let decoded = try decode(bom + utf16(sample, bigEndian: bigEndian))
        #expect(decoded.text == sample)
        #expect(decoded.warnings.isEmpty)
    }

    @Test(arguments: [false, true])
    func utf16WithoutBOMIsRecognisedAndSaid(bigEndian: Bool) throws {
        let decoded = try decode(utf16(sample, bigEndian: bigEndian))
        #expect(decoded.text == sample)
        #expect(decoded.warnings == ["\(path): no byte order mark, but the NUL bytes say UTF-16; read as UTF-16\(bigEndian ? "BE" : "LE")"])
    }

    @Test func utf16WithOddLengthIsUndecodable() {
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16("Recalling", bigEndian: false) + [0x41]
        #expect(error(bytes) == .undecodable(path: path, reason: "UTF-16 text with an odd number of bytes (truncated?)"))
    }

    @Test func windows1252IsReadAndSaid() throws {
        // "Café “quoted” – A/RES/80/4" in Windows-1252.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94, 0x20, 0x96]
            + Array(" A/RES/80/4\n".utf8)
        let decoded = try decode(bytes)
        #expect(decoded.text == "Café “quoted” – A/RES/80/4\n")
        #expect(decoded.warnings == ["\(path): not valid UTF-8; read as Windows-1252"])
    }

    @Test func utf8WithOneBrokenByteKeepsItsGoodCharacters() throws {
        let bytes = Array("“Transforming our world” ".utf8) + [0xFF] + Array(" résumé\n".utf8)
        let decoded = try decode(bytes)
        #expect(decoded.text == "“Transforming our world” \u{FFFD} résumé\n")
        #expect(decoded.warnings == ["\(path): 1 invalid UTF-8 sequence replaced by U+FFFD"])
    }

    @Test(arguments: [("a\r\nb\r\n", "a\nb\n"), ("a\rb\r", "a\nb\n"), ("a\r\n\r\nb", "a\n\nb"), ("a\n\rb", "a\n\nb")])
    func lineEndsBecomeLF(input: String, expected: String) throws {
        #expect(try decode(Array(input.utf8)).text == expected)
    }

    @Test func crlfInUTF16() throws {
        let decoded = try decode([0xFF, 0xFE] + utf16("a\r\nb", bigEndian: false))
        #expect(decoded.text == "a\nb")
    }

    @Test(arguments: [[], [0x20, 0x0A, 0x09], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE]] as [[UInt8]])
    func emptyOrBlankIsEmpty(bytes: [UInt8]) {
        #expect(error(bytes) == .empty(path: path))
    }

    @Test func strayNULBytesAreRemovedWithAWarning() throws {
        let paragraph = String(repeating: "Recalling its resolution 70/1 of 25 September 2015, entitled ... ", count: 10)
        let bytes = Array("Recalling resolution ".utf8) + [0] + Array("70/1 of 2015,\n\(paragraph)\n".utf8) + [0, 0]
        let decoded = try decode(bytes)
        #expect(decoded.text == "Recalling resolution 70/1 of 2015,\n\(paragraph)\n")
        #expect(decoded.warnings == ["\(path): 3 NUL bytes removed from the text"])
    }

    @Test func shortRunOfControlBytesIsBinary() {
        #expect(error([0x00, 0x01, 0x02, 0xFF, 0x00]) == .binary(path: path))
    }

    @Test func nulPaddedFileIsBinary() {
        let bytes = Array(String(repeating: "Recalling resolution 70/1. ", count: 40).utf8)
            + [UInt8](repeating: 0, count: 4096)
        #expect(error(bytes) == .binary(path: path))
    }

    @Test func imageDataIsBinary() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        #expect(error(bytes) == .binary(path: path))
    }

    /// A long text on a single line (a converter that dropped every line end)
    /// is read whole and without a quadratic step; docs/INPUTS.md gives the
    /// 50 MB timing from a manual run.
    @Test(.timeLimit(.minutes(1)))
    func longSingleLineIsReadWhole() throws {
        let unit = "recalling its resolution 70/1 of 25 September 2015, “the 2030 Agenda” — "
        let count = 4_000_000 / unit.utf8.count
        let line = String(repeating: unit, count: count)
        let decoded = try decode(Array(line.utf8))
        #expect(decoded.text.utf8.count == line.utf8.count)
        #expect(!decoded.text.contains("\n"))
        #expect(decoded.warnings.isEmpty)
    }

    @Test func textWithLineEndsAndFormFeedsIsText() throws {
        let decoded = try TextDecoding.decode(Data("Recalling\r\nits resolution\u{C}\n".utf8), path: "t.txt")
        #expect(decoded.text == "Recalling\nits resolution\u{C}\n")
        #expect(TextDecoding.looksBinary(Array("a\u{1}b\u{0}".utf8)))
    }

    /// The control bytes counted eight at a time are those a byte-by-byte count finds, at
    /// every length and alignment, whatever the bytes around them (high bytes included).
    @Test func controlBytesCountedByBlocksAsByBytes() {
        var state: UInt64 = 0x1234_5678
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0x89, 0x8A, 0x9F, 0xFF]
        for _ in 0..<3_000 {
            let bytes = (0..<Int(next() % 40)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            let n = bytes.isEmpty ? 0 : Int(next() % UInt64(bytes.count + 1))
            let expected = bytes[..<n].count { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D }
            #expect(TextDecoding.controlBytes(bytes, n) == expected, "\(bytes) first \(n)")
        }
    }
}

/// Found by the decode fuzz target: in UTF-16, a CR before a combining mark is one
/// Character with it, and still a line end that must become LF.
@Suite("Text decoding: line ends by scalar")
struct LineEndScalarTests {
    @Test func crBeforeACombiningMarkBecomesLF() throws {
        let bytes = Data([0xFF, 0xFE, 0xFF, 0xFB, 0x0D, 0x00, 0x00, 0x0D])
        let decoded = try TextDecoding.decode(bytes, path: "t.txt")
        #expect(!decoded.text.unicodeScalars.contains("\r"))
        #expect(decoded.text.unicodeScalars.map(\.value) == [0xFBFF, 0x0A, 0x0D00])
    }

    @Test func crlfAndLoneCRInUTF16() throws {
        let text = "a\r\nb\rc"
        let bytes = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try TextDecoding.decode(bytes, path: "t.txt").text == "a\nb\nc")
    }
}

import CiteGraphTestSupport
import Testing

@testable import CiteGraph

@Suite("SymbolIdentity: the ASCII path gives the Character path's result")
struct SymbolIdentityASCIITests {
    @Test("random ASCII spellings of symbols", arguments: 0..<8)
    func randomASCII(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed) &+ 41)
        let alphabet = Array("aAsSrReE/-() \t\n\r0123456789.,xyz*".utf8) + [0x0B, 0x0C, 0x7F, 0x01, 0x1C, 0x1F]
        for _ in 0..<2_000 {
            let bytes = (0..<rng.int(below: 24)).map { _ in alphabet[rng.int(below: alphabet.count)] }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(SymbolIdentity.normalizeASCII(text) == SymbolIdentity.normalizeCharacters(text), "\(Array(text.utf8))")
        }
    }

    @Test(arguments: ["s/res/1325(2000)", "A / RES / 67 / 195", "  a/67/66 -e/2012/49 ", "2200 a (xxi)", "A/RES/57/270  B",
                      "S/RES/1325 (2000)", "\r\nA/RES/1\r\n", "(", ")", " ( ) "])
    func examples(_ text: String) {
        #expect(SymbolIdentity.normalize(text) == SymbolIdentity.normalizeCharacters(text))
    }
}

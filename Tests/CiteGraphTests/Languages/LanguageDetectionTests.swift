@testable import CiteGraph
import CiteGraphTestSupport
import Testing

/// A text's language, from its script or its short words.
@Suite struct LanguageDetectionTests {
    @Test(arguments: [
        ("Recalling its resolution 56/183 of 21 December 2001 and the report of the Secretary-General", Language.en),
        ("Rappelant ses résolutions 56/183 du 21 décembre 2001, les rapports des commissions et les décisions du Conseil", .fr),
        ("Recordando sus resoluciones 56/183, de 21 de diciembre de 2001, los informes del Secretario General y las decisiones", .es),
        (String(repeating: "ссылаясь на свои резолюции 56/183 ", count: 3), .ru),
        (String(repeating: "إذ تشير إلى قراراتها 56/183 ", count: 3), .ar),
        (String(repeating: "回顾大会2001年12月21日第56/183号决议", count: 3), .zh),
        // An English text quoting a French title stays English.
        ("The Assembly of the States, and the report of the Commission, and \"Les droits des peuples et les lois du monde\"", .en),
    ])
    func languageOfAText(text: String, language: Language) {
        #expect(LanguageDetection.detect(Array(text.utf8)) == language)
    }

    /// Eight bytes at a time, `detect` gives what the byte-by-byte reading gives, on random texts
    /// of the languages' short words, capitals, digits, scripts and punctuation, at every
    /// length (past the 12,000 bytes read, too) and alignment.
    @Test(arguments: 0..<4)
    func blocksAgreeWithTheByteByByteReading(seed: Int) {
        let pieces = ["the", "of", "and", "du", "les", "des", "el", "los", "las", "del", "The", "thé", "dus", "a", " ", "  ",
                      ",", "\n", "1", "56/183", "ссылаясь", "на", "قرار", "决议", "Ж", "x", "-", "é", "ｔｈｅ"]
        var rng = SplitMix64(seed: UInt64(seed) &+ 21)
        var seen = Set<Language>()
        for round in 0..<600 {
            let count = round % 50 == 0 ? 2_000 + rng.int(below: 4_000) : rng.int(below: 60)
            let text = (0..<count).map { _ in pieces[rng.int(below: pieces.count)] }.joined()
            let b = Array(text.utf8)
            let expected = LanguageDetection.detectByteByByte(b)
            #expect(LanguageDetection.detect(b) == expected, "\(text.prefix(200).debugDescription)")
            seen.insert(expected)
        }
        #expect(seen.count >= 4, "the random texts are of several languages: \(seen)")
    }
}

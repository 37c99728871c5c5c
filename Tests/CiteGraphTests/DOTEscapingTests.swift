import Testing
import CiteGraph

@Suite struct DOTEscapingTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("a\"b", "\"a\\\"b\""),
        ("ends\\", "\"ends\\\\\""),
        ("two\nlines", "\"two\\nlines\""),
        ("决议", "\"决议\""),
        ("nul\u{0}x\u{0E}\u{7F}\ttab", "\"nul\\x00x\\x0E\\x7F\ttab\""),
        ("non\u{FFFE}char\u{FFFF}", "\"non\\uFFFEchar\\uFFFF\""),
        ("a&b", "\"a&amp;b\""),
        ("2001&;", "\"2001&amp;;\""),
    ])
    func idsAreQuotedAndEscaped(text: String, expected: String) {
        #expect(DOTEscaping.id(text) == expected)
    }

    @Test func idsOfDistinctStringsAreDistinct() {
        let texts = ["a\\n", "a\n", "a\\\"", "a\"", "a\\\\", "a\\", "a\u{0}", "a\\x00", "a\\\u{0}",
                     "a\u{FFFF}", "a\\uFFFF", "a\u{1F}FF", "a\u{FFFE}", "a&", "a&amp;", "a&amp;amp;"]
        #expect(Set(texts.map(DOTEscaping.id)).count == texts.count)
    }

    @Test func plainLabelsNeutraliseGraphvizEscapes() {
        #expect(DOTEscaping.plainLabel(["\\N & \\G"]) == "\"\\\\N &amp; \\\\G\"")
        #expect(DOTEscaping.plainLabel(["one", "two"]) == "\"one\\ntwo\"")
    }

    @Test func tooltipsNeedFourBackslashesForOne() {
        #expect(DOTEscaping.tooltip(["a\\N"]) == "\"a\\\\\\\\N\"")
    }

    @Test func htmlIsXMLEscaped() {
        #expect(DOTEscaping.html("<a href=\"x\">&'\\") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;\\\\")
    }

    @Test func whitespaceCollapsesAndControlCharactersGo() {
        #expect(DOTEscaping.singleLine("  a\n\tb \u{7}c  ") == "a b c")
        #expect(DOTEscaping.singleLine("a\u{FFFE}b\u{FFFF}") == "ab")
    }

    @Test func titlesAreShortenedAndWrapped() {
        let title = "Follow-up to and implementation of the outcome of the International Conference on Financing for Development"
        let short = TitleWrapping.shortTitle(title)
        #expect(short == "Follow-up to and implementation of the outcome of the International …")
        let lines = TitleWrapping.wrap(short)
        #expect(lines.allSatisfy { $0.count <= 26 })
        #expect(lines.joined(separator: " ") == short)
        #expect(TitleWrapping.labelLines(title) == ["Follow-up to and", "implementation of the", "outcome of the …"])
        #expect(TitleWrapping.wrap(String(repeating: "x", count: 60)) == [String(repeating: "x", count: 26),
                                                                         String(repeating: "x", count: 26),
                                                                         String(repeating: "x", count: 8)])
    }
}

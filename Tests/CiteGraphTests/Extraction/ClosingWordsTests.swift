@testable import CiteGraph
import CiteGraphTestSupport
import Testing

/// The words a resolution's closing lines are read by ("Distr.: General", "Agenda item 69",
/// "3046th meeting"), found in one pass over the whole text, must be the ones a search of
/// each line finds: otherwise a document would lose its agenda item or its meeting.
@Suite("Closing words")
struct ClosingWordsTests {
    /// Each line's words, asked for in order as `DocumentIdentity.readClosing` asks.
    static func words(_ b: [UInt8], _ lines: [Line]) -> [(distr: Int?, agenda: Int?, meeting: Int?)] {
        var closing = ClosingWords(b)
        return lines.map { closing.inLine($0.content) }
    }

    static func agree(_ text: String) {
        let b = Array(text.utf8)
        let lines = Line.split(b)
        let fast = Self.words(b, lines)
        for (k, line) in lines.enumerated() {
            let slow = ClosingWords.byLine(in: b, line.content)
            #expect(fast[k].distr == slow.distr && fast[k].agenda == slow.agenda && fast[k].meeting == slow.meeting,
                    "line \(k): \(b.string(line.range).debugDescription)")
        }
    }

    @Test func theWordsOfAClosing() {
        let text = "Distr.: General\n21 December 2012\nAgenda item 20 (a)\n\n60th plenary meeting\n21 December 2012\n"
        let b = Array(text.utf8), lines = Line.split(b)
        let words = Self.words(b, lines)
        #expect(words[0].distr == 0)
        #expect(words[2].agenda == lines[2].content.lowerBound)
        #expect(words[4].meeting == lines[4].content.lowerBound + 13)
        #expect(words[1].distr == nil && words[1].agenda == nil && words[1].meeting == nil)
        Self.agree(text)
    }

    /// A word cut by a line's end is in neither line, and the second of two in a line is not the first.
    @Test func wordsAtTheEdgesOfLines() {
        Self.agree("meetin\ng meeting MEETING\nagenda\nitem agenda item\nDISTR\n.distr.\nme\ndi\nag")
        Self.agree("meeting")
        Self.agree("xmeeting")
        Self.agree("")
    }

    /// Random texts of the words, their halves, other cases and line ends, at every length and
    /// alignment: the one pass agrees with the per-line search on every line.
    @Test(arguments: 0..<4)
    func onePassAgreesWithTheLineByLineSearch(seed: Int) {
        let pieces = ["distr.", "Distr.", "DISTR", "di", "d", "agenda item", "Agenda items", "agenda", "ag", "a", "meeting", "Meeting",
                      "mee", "me", "m", " ", "\n", "\n\n", "1", "plenary", "é", "Ж", "\t", "."]
        var rng = SplitMix64(seed: UInt64(seed) &+ 5)
        for round in 0..<400 {
            let count = round % 40 == 0 ? 500 + rng.int(below: 1_000) : rng.int(below: 40)
            Self.agree((0..<count).map { _ in pieces[rng.int(below: pieces.count)] }.joined())
        }
    }
}

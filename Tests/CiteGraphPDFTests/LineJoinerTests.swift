import Testing
@testable import CiteGraphPDF

/// How lines of a paragraph are joined: the rules that keep symbols and
/// hyphenated words whole across line ends.
@Suite struct LineJoinerTests {
    /// A line of 10-point words at a given height; "^n" makes a raised 6.5-point marker.
    private func line(_ words: [String], y: Double = 100) -> PDFLine {
        var x = 100.0
        var out: [PDFWord] = []
        for word in words {
            let marker = word.hasPrefix("^")
            let text = marker ? String(word.dropFirst()) : word
            let size = marker ? 6.5 : 10
            // A marker's box ends well above the line's baseline (y + 11).
            let bottom = marker ? y + 6 : y + 11
            out.append(PDFWord(text: text, box: Box(minX: x, minY: y, maxX: x + Double(text.count) * 5, maxY: bottom),
                               fontSize: size))
            x += Double(text.count) * 5 + 3
        }
        return PDFLine(words: out, core: Box(minX: 100, minY: y, maxX: x, maxY: y + 11), fontSize: 10)
    }

    private func joined(_ lines: [[String]]) -> String {
        var joiner = LineJoiner()
        for words in lines { joiner.append(line(words)) }
        return joiner.text
    }

    @Test(arguments: [
        ([["resolution", "A/RES/"], ["73/3", "of"]], "resolution A/RES/73/3 of"),
        ([["work", "of", "non-"], ["governmental", "bodies"]], "work of non-governmental bodies"),
        ([["symbol", "A/67/66-"], ["E/2012/49."]], "symbol A/67/66-E/2012/49."),
        ([["low-"], ["and", "middle-income"]], "low- and middle-income"),
        ([["its", "drug", "-"], ["resistant", "forms"]], "its drug-resistant forms"),
        ([["the", "high", "-level", "meeting"]], "the high-level meeting"),
        ([["the", "drug", "-", "resistant", "forms"]], "the drug-resistant forms"),
        ([["in", "low-", "and", "middle-income", "countries"]], "in low- and middle-income countries"),
        ([["information-", "and", "communications"]], "information- and communications"),
        ([["treat\u{00AD}"], ["ment", "regimens"]], "treatment regimens"),
        ([["51/17", "of", "12", "November"], ["1996,", "52/10"]], "51/17 of 12 November 1996, 52/10"),
        ([["period", "2015", "\u{2013}"], ["2030"]], "period 2015 \u{2013} 2030"),
    ])
    func joins(_ lines: [[String]], expected: String) {
        #expect(joined(lines) == expected)
    }

    @Test func raisedSmallNumbersAreMarkers() {
        var joiner = LineJoiner()
        joiner.append(line(["Development,", "^1", "including", "the", "Agenda;", "^2,3"]))
        #expect(joiner.text == "Development,[^1] including the Agenda;[^2][^3]")
        #expect(joiner.markers == [1, 2, 3])
    }

    @Test func markerOpeningALineGluesToThePreviousLine() {
        var joiner = LineJoiner()
        joiner.append(line(["the", "2030", "Agenda"]))
        joiner.append(line(["^4", "and", "its", "targets"], y: 112))
        #expect(joiner.text == "the 2030 Agenda[^4] and its targets")
    }

    @Test func fullSizeNumbersStayText() {
        var joiner = LineJoiner()
        joiner.append(line(["under", "5", "years"]))
        #expect(joiner.text == "under 5 years")
        #expect(joiner.markers.isEmpty)
    }
}

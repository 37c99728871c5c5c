@testable import CiteGraph
import CiteGraphTestSupport
import Testing

/// Which documents a document can cite, as its symbol's series and number tell.
@Suite("Chronology")
struct ChronologyTests {
    @Test(arguments: [
        ("S/RES/687 (1991)", 687, 1991 as Int?),
        ("S/RES/687", 687, nil),
        ("S/RES/1373 (2001)", 1373, 2001),
        ("S/RES/12 ()", 12, nil),
    ])
    func councilNumberReadsNumberAndYear(symbol: String, number: Int, year: Int?) {
        let read = Chronology.councilNumber(symbol)
        #expect(read?.0 == number && read?.1 == year)
    }

    @Test(arguments: ["A/RES/67/195", "S/2020/12", "S/RES/", "S/RES/(1991)", "E/RES/2012/1"])
    func notACouncilResolution(symbol: String) {
        #expect(Chronology.councilNumber(symbol) == nil)
    }

    /// Within one series a higher number is later; across series nothing is assumed.
    @Test(arguments: [
        ("S/RES/39 (1948)", "S/RES/47 (1948)", true),
        ("S/RES/47 (1948)", "S/RES/39 (1948)", false),
        ("A/RES/67/195", "A/RES/68/1", true),
        ("A/RES/67/195", "A/RES/67/300", false),   // one session: the number does not order
        ("E/RES/2012/1", "E/RES/2013/5", true),
        ("E/RES/2012/1", "E/RES/1900/5", false),
        ("A/RES/67/195", "S/RES/2000 (2011)", false),
        ("A/RES/67/195", "A/RES/S-10/2", false),
        ("A/RES/67/195", "A/RES/2200 A (XXI)", false),
    ])
    func laterWithinASeries(own: String, cited: String, later: Bool) {
        #expect(Chronology(own: own).isLater(cited) == later)
    }

    /// The byte readings give what the `Character` readings they replaced give, on random
    /// symbols and near-symbols: signs, doubled and leading slashes, combining marks, spaces.
    @Test(arguments: 0..<4)
    func byteReadingAgreesWithTheCharacterReading(seed: Int) {
        let pieces = ["S/RES/", "A/RES/", "E/RES/", "S/", "A/", "RES", "/", "//", "67", "195", "2012", "1946", "1945",
                      "99999999999999999999", " (", "(", ")", "1991", "+", "-", "S-10", " A", "\u{301}", "\r\n", "x", " "]
        var rng = SplitMix64(seed: UInt64(seed) &+ 11)
        var council = 0, ordered = 0
        for _ in 0..<2_000 {
            // Half are built as resolution symbols are, with a piece of noise now and then, so
            // that the shapes near real ones are tried most.
            let make = { (rng: inout SplitMix64) -> String in
                func piece(_ rng: inout SplitMix64) -> String { pieces[rng.int(below: pieces.count)] }
                guard rng.int(below: 2) == 0 else { return (0..<(1 + rng.int(below: 5))).map { _ in piece(&rng) }.joined() }
                let numbers = ["39", "47", "67", "68", "1946", "2012", "2013", "195"]
                var symbol = ["S/RES/", "A/RES/", "E/RES/"][rng.int(below: 3)] + numbers[rng.int(below: numbers.count)]
                if rng.int(below: 2) == 0 { symbol += "/" + numbers[rng.int(below: numbers.count)] }
                if rng.int(below: 2) == 0 { symbol += " (" + numbers[rng.int(below: numbers.count)] + ")" }
                if rng.int(below: 3) == 0 { symbol += piece(&rng) }
                return symbol
            }
            let own = make(&rng), cited = make(&rng)
            let bytes = Chronology.councilNumber(cited), characters = Chronology.councilNumberByCharacters(cited)
            #expect(bytes?.0 == characters?.0 && bytes?.1 == characters?.1, "\(cited.debugDescription)")
            #expect(Chronology(own: own).isLater(cited) == Chronology.isLaterByCharacters(cited, than: own),
                    "\(cited.debugDescription) after \(own.debugDescription)")
            if characters != nil { council += 1 }
            if Chronology.isLaterByCharacters(cited, than: own) { ordered += 1 }
        }
        #expect(council > 300, "the random symbols include Council resolutions")
        #expect(ordered > 15, "and pairs one of which is later")
    }
}

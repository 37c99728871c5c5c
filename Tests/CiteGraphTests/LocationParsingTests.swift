@testable import CiteGraph
import CiteGraphTestSupport
import Testing

/// A citation's location read back from its notation ("PP3", "OP10", "FN2", "HEADER"), as an
/// index reads every row: the byte reading must accept exactly what the reading of a String
/// by `prefix`, `dropFirst` and `Int(_:)` accepted.
@Suite struct LocationParsingTests {
    /// The reading `Location(utf8:)` replaced.
    static func byCharacters(_ text: String) -> Location? {
        if text == "HEADER" { return .header }
        let prefix = text.prefix(2)
        guard let n = Int(text.dropFirst(2)), n >= 0 else { return nil }
        switch prefix {
        case "PP": return .preambular(n)
        case "OP": return .operative(n)
        case "FN": return .footnote(n)
        default: return nil
        }
    }

    @Test(arguments: [
        ("HEADER", Location.header), ("PP1", .preambular(1)), ("OP10", .operative(10)), ("FN2", .footnote(2)),
        ("PP0", .preambular(0)), ("OP+3", .operative(3)), ("FN-0", .footnote(0)),
    ])
    func notations(text: String, location: Location) {
        #expect(Location(text) == location)
        #expect(Location(location.description) == location)
    }

    @Test(arguments: ["", "PP", "OP-1", "HEADERS", "header", "pp1", "PP1 ", " PP1", "XX1", "PP1a", "PP٣", "OP99999999999999999999", "P", "FN+", "FN-"])
    func notNotations(text: String) {
        #expect(Location(text) == nil)
    }

    /// Random strings of the notation's pieces and others: both readings agree on each.
    @Test func agreesWithTheReadingOfAString() {
        let pieces = ["P", "O", "F", "N", "H", "EADER", "HEADER", "1", "9", "0", "+", "-", " ", "\u{301}", "é", "9223372036854775807", "9223372036854775808"]
        var rng = SplitMix64(seed: 11)
        for _ in 0..<20_000 {
            let text = (0..<rng.int(below: 6)).map { _ in pieces[rng.int(below: pieces.count)] }.joined()
            #expect(Location(text) == Self.byCharacters(text), "\(text.debugDescription)")
        }
    }
}

import CiteGraphTestSupport
import CiteGraph
import Testing

/// Property: whatever list of resolutions a generated paragraph recalls — any organ,
/// era, length, dates, part letters, line breaks, footnotes — the extractor finds
/// exactly the symbols the generator put there (the oracle), no more and no fewer.
@Suite("Generated citation lists")
struct GeneratedListPropertyTests {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    struct Case {
        var paragraph: String
        var notes: [String]
        var expected: Set<String>
    }

    static func generate(_ rng: inout SplitMix64) -> Case {
        var expected = Set<String>()
        var items: [String] = []
        let organ = Int.random(in: 0..<4, using: &rng)
        let count = Int.random(in: 1...6, using: &rng)
        for _ in 0..<count {
            var text: String
            switch organ {
            case 0: // the Assembly, new numbering, maybe with parts
                let s = Int.random(in: 31...79, using: &rng), n = Int.random(in: 1...330, using: &rng)
                text = "\(s)/\(n)"
                if Bool.random(using: &rng), Int.random(in: 0..<3, using: &rng) == 0 {
                    text += " A and B"
                    expected.formUnion(["A/RES/\(s)/\(n) A", "A/RES/\(s)/\(n) B"])
                } else {
                    expected.insert("A/RES/\(s)/\(n)")
                }
            case 1: // ECOSOC
                let y = Int.random(in: 1978...2024, using: &rng), n = Int.random(in: 1...60, using: &rng)
                text = "\(y)/\(n)"
                expected.insert("E/RES/\(y)/\(n)")
            case 2: // Security Council
                let n = Int.random(in: 100...2800, using: &rng), y = Int.random(in: 1960...2025, using: &rng)
                text = "\(n) (\(y))"
                expected.insert("S/RES/\(n) (\(y))")
            default: // the Assembly before 1976
                let n = Int.random(in: 100...3500, using: &rng)
                let roman = ["XV", "XXI", "XXV", "XXX", "III"].randomElement(using: &rng)!
                text = "\(n) (\(roman))"
                expected.insert("A/RES/\(n) (\(roman))")
            }
            if Bool.random(using: &rng) {
                text += " of \(Int.random(in: 1...28, using: &rng)) \(months.randomElement(using: &rng)!) \(Int.random(in: 1950...2024, using: &rng))"
            }
            items.append(text)
        }
        let list = items.count == 1 ? items[0] : items.dropLast().joined(separator: ", ") + " and " + items.last!
        let lead = ["its resolutions", "General Assembly resolutions", "Economic and Social Council resolutions",
                    "Security Council resolutions", "resolutions"][organ == 0 ? 0 : organ == 1 ? 2 : organ == 2 ? 3 : 4]
        var paragraph = "\tRecalling \(lead) \(list) on the matter,"
        // Break a line somewhere, as converters do, sometimes with a page's furniture in the break.
        if Bool.random(using: &rng), let space = paragraph.indices.filter({ paragraph[$0] == " " }).randomElement(using: &rng) {
            let furniture = ["\n", "\n12-49030\n", "\n2/8\n\nA/RES/67/195\n", "\nA/RES/67/195 Information and communications\n technologies for development\n"]
            paragraph.replaceSubrange(space...space, with: furniture.randomElement(using: &rng)!)
        }
        var notes: [String] = []
        if Bool.random(using: &rng) {
            let s = Int.random(in: 40...79, using: &rng), n = Int.random(in: 1...400, using: &rng)
            paragraph += "1"
            notes.append("1 A/\(s)/\(n).")
            expected.insert("A/\(s)/\(n)")
        }
        return Case(paragraph: paragraph, notes: notes, expected: expected)
    }

    @Test(arguments: 0..<8)
    func extractsExactlyWhatWasWritten(batch: Int) {
        var rng = SplitMix64(seed: UInt64(batch) &* 7919 &+ 17)
        for _ in 0..<50 {
            let c = Self.generate(&rng)
            let doc = Fixtures.extract(Fixtures.resolution(c.paragraph, notes: c.notes.joined(separator: "\n")))
            let found = Set(doc.citations.map(\.target)).subtracting(["A/67/434"])
            #expect(found == c.expected, "\(c.paragraph) \(c.notes)")
        }
    }
}

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
        let organ = Int.random(in: 0..<5, using: &rng)
        let count = Int.random(in: 1...6, using: &rng)
        for _ in 0..<count {
            var text: String
            switch organ {
            case 0: // the Assembly, new numbering, maybe with parts
                let s = Int.random(in: 31...66, using: &rng), n = Int.random(in: 1...330, using: &rng)
                text = "\(s)/\(n)"
                if Bool.random(using: &rng), Int.random(in: 0..<3, using: &rng) == 0 {
                    text += " A and B"
                    expected.formUnion(["A/RES/\(s)/\(n) A", "A/RES/\(s)/\(n) B"])
                } else if Int.random(in: 0..<6, using: &rng) == 0 {
                    // A run of parts, first to last letter.
                    text += [" A to C", " A\u{2013}C", " A-C"].randomElement(using: &rng)!
                    expected.formUnion(["A/RES/\(s)/\(n) A", "A/RES/\(s)/\(n) B", "A/RES/\(s)/\(n) C"])
                } else {
                    expected.insert("A/RES/\(s)/\(n)")
                }
            case 1: // ECOSOC
                let y = Int.random(in: 1978...2012, using: &rng), n = Int.random(in: 1...60, using: &rng)
                text = "\(y)/\(n)"
                expected.insert("E/RES/\(y)/\(n)")
            case 2: // Security Council: a number with the year it was really adopted in
                let (n, y) = Self.councilItem(&rng)
                text = "\(n) (\(y))"
                expected.insert("S/RES/\(n) (\(y))")
            case 4: // the Human Rights Council, named as a set whose members are picked out
                let s = Int.random(in: 1...50, using: &rng), n = Int.random(in: 1...40, using: &rng)
                text = "\(s)/\(n)"
                expected.insert("A/HRC/RES/\(s)/\(n)")
            default: // the Assembly before 1976, maybe with parts
                let n = Int.random(in: 100...3500, using: &rng)
                let roman = ["XV", "XXI", "XXV", "XXX", "III"].randomElement(using: &rng)!
                if Int.random(in: 0..<4, using: &rng) == 0 {
                    text = "\(n) A and B (\(roman))"
                    expected.formUnion(["A/RES/\(n) A (\(roman))", "A/RES/\(n) B (\(roman))"])
                } else {
                    text = "\(n) (\(roman))"
                    expected.insert("A/RES/\(n) (\(roman))")
                }
            }
            // Trailers, any of them: a date (with or without its year), a title, an annex,
            // the document named beside the item.
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: text += " of \(Int.random(in: 1...28, using: &rng)) \(months.randomElement(using: &rng)!) \(Int.random(in: 1950...2024, using: &rng))"
            case 1: text += " of \(Int.random(in: 1...28, using: &rng)) \(months.randomElement(using: &rng)!)"
            case 2: text += ", entitled \u{201C}\(["Question of Cyprus", "Women and peace and security", "The situation, 1967-1973"].randomElement(using: &rng)!)\u{201D}"
            case 3: text += ", annex"
            case 4:
                let d = Int.random(in: 1000...29999, using: &rng)
                text += " (S/\(d))"
                expected.insert("S/\(d)")
            case 5: text += ", in particular paragraph\(["", "s"].randomElement(using: &rng)!) \(Int.random(in: 1...30, using: &rng))"
            default: break
            }
            items.append(text)
        }
        // Joined by ",", "and", ", and", "as well as" or ";", as the texts join them.
        var list = items[0]
        for (k, item) in items.enumerated().dropFirst() {
            let last = k == items.count - 1
            let joiner = last ? [" and ", ", and ", " as well as "].randomElement(using: &rng)! : [", ", "; ", ", "].randomElement(using: &rng)!
            list += joiner + item
        }
        let lead = ["its resolutions", "General Assembly resolutions", "Economic and Social Council resolutions",
                    "Security Council resolutions", "resolutions",
                    "all relevant Human Rights Council resolutions on the subject, including resolutions"][organ == 0 ? 0 : organ == 1 ? 2 : organ == 2 ? 3 : organ == 4 ? 5 : 4]
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

    /// A Council resolution and the year it was adopted in, from the Council's numbering
    /// (numbers past the table's end with a year past it).
    static func councilItem(_ rng: inout SplitMix64) -> (Int, Int) {
        let n = Int.random(in: 1...2800, using: &rng)
        if n >= 966 { return (n, Int.random(in: 1995...2025, using: &rng)) }
        let year = (1946...1994).last { CouncilCrossCheck.plausible(n, $0) }!
        return (n, year)
    }

    @Test(arguments: 0..<32)
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

@testable import CiteGraph
import CiteGraphTestSupport
import Testing

/// Extraction is one linear pass on any input: the searches that look back or again
/// (`ExtractionWork`) visit at most a small multiple of the text's bytes, on inputs built
/// to defeat them, at every size. Work is counted, not timed, so the test is exact on a
/// loaded machine; the time it saves is measured by scripts/bench-adversarial.sh.
@Suite("Linear work")
struct LinearWorkTests {
    static func work(_ text: String) -> ExtractionWork {
        var work = ExtractionWork()
        _ = CitationExtractor().extract(DocumentText(source: "adversarial.txt", text: text, format: .plainText), work: &work)
        return work
    }

    @Test(arguments: AdversarialText.families)
    func workGrowsLinearly(family: String) {
        var ratios: [Double] = []
        for size in [16_384, 65_536, 262_144] {
            let text = AdversarialText.make(family, size: size)
            let n = text.utf8.count
            let work = Self.work(text)
            let ratio = Double(work.total) / Double(n)
            ratios.append(ratio)
            // Each byte is visited a bounded number of times, whatever the size.
            #expect(work.total <= 4 * n + 1_000, "\(family) at \(n) bytes: \(work)")
        }
        // And the ratio does not grow with the size (a quadratic search would quadruple it).
        #expect(ratios.last! <= ratios.first! + 0.5, "\(family): work per byte \(ratios)")
    }

    /// The reported case visited its clause once per "its": 1 MiB took 112 s.
    @Test func itsResolutionVisitsEachByteAboutOnce() {
        let text = AdversarialText.make("its", size: 1 << 20)
        let work = Self.work(text)
        #expect(work.clauseBytes > 0)
        #expect(work.clauseBytes <= 2 * text.utf8.count, "\(work)")
    }

    /// `ClauseOrgan` answers as the full backward scan (`Organ.lastNamed`) does, query by query,
    /// on random clauses of organs, "its", ";" and sentence ends.
    @Test(arguments: 0..<4)
    func clauseOrganAgreesWithTheFullScan(seed: Int) {
        let pieces = ["its ", "the Security Council ", "Council's ", "General Assembly ", "the Assembly ", "council ",
                      "Economic and Social Council ", "Human Rights Council ", "World Health Assembly ", "; ", ". ",
                      "e. ", "No. ", "x", " ", "resolution 12 ", "Commission on Human Rights ", "'s ", ", reaffirming ", ", and recalling ", ", noting ", "\n\n", "\n"]
        var rng = SplitMix64(seed: UInt64(seed) &+ 77)
        for _ in 0..<300 {
            let text = (0..<rng.int(below: 60)).map { _ in pieces[rng.int(below: pieces.count)] }.joined()
            let b = Array(text.utf8)
            let floor = b.isEmpty ? 0 : rng.int(below: min(b.count, 8))
            var clauses = ClauseOrgan(segment: floor..<b.count)
            for p in floor..<b.count where b.matchesWord("its", at: p) {
                var s = p
                while s > floor, !ClauseOrgan.startsClause(b, s) { s -= 1 }
                let expected = Organ.lastNamed(in: b, from: s, to: p)
                #expect(clauses.named(before: p, in: b) == expected, "\(text) at \(p)")
            }
        }
    }

    /// `Organ.named(endingAt:)`, which tries only the names ending in the word's last letter,
    /// answers as trying every name in order does, at every position of random texts of
    /// organs' names, possessives, hyphens and line breaks.
    @Test(arguments: 0..<4)
    func organByLastLetterAgreesWithTryingEveryName(seed: Int) {
        let pieces = ["the Security Council", "Council's", "General Assembly", "Assembly", "council", "ESCAP", "escap",
                      "Economic and Social\nCouncil", "Human Rights Council", "World Health Assembly", "States", "-",
                      "Commission on Narcotic Drugs", "Group of Experts", "Parties", "'s", " ", "  ", "\n", "x", "A"]
        func everyName(endingAt end: Int, in b: [UInt8], from start: Int) -> (organ: Organ, start: Int)? {
            var e = end
            if e - 2 >= start, b[e - 1] == UInt8(ascii: "s"), b[e - 2] == UInt8(ascii: "'") { e -= 2 }
            for (name, organ) in Organ.names {
                guard let s = Organ.nameStart(name, endingAt: e, in: b, from: start),
                      s == 0 || !Byte.isAlnum(b[s - 1]) && b[s - 1] != Byte.hyphen, Byte.isUpper(b[s]) else { continue }
                return (organ, s)
            }
            return nil
        }
        var rng = SplitMix64(seed: UInt64(seed) &+ 31)
        var found = 0
        for _ in 0..<300 {
            let b = Array((0..<rng.int(below: 12)).map { _ in pieces[rng.int(below: pieces.count)] }.joined().utf8)
            let start = b.isEmpty ? 0 : rng.int(below: min(b.count, 6))
            for end in start...b.count {
                let expected = everyName(endingAt: end, in: b, from: start)
                let got = Organ.named(endingAt: end, in: b, from: start)
                #expect(got?.organ == expected?.organ && got?.start == expected?.start, "\(String(decoding: b, as: UTF8.self).debugDescription) at \(end)")
                if expected != nil { found += 1 }
            }
        }
        #expect(found > 100, "the texts name organs")
    }

    /// `NameMatcher` finds, name by name, the occurrences one search per name
    /// (`NamedDocuments.occurrences`) finds: white space folded, whole words, no overlap.
    @Test(arguments: 0..<4)
    func nameMatcherAgreesWithOneSearchPerName(seed: Int) {
        let words = ["Plan", "of", "Action", "Declaration", "Agenda", "Tunis", " ", "  ", "\n", "\t", ",", "-", "Plans",
                     "Action2", "the", "Plan of", "of Action"]
        var rng = SplitMix64(seed: UInt64(seed) &+ 5)
        func text(_ n: Int) -> [UInt8] { Array((0..<n).map { _ in words[rng.int(below: words.count)] }.joined().utf8) }
        for _ in 0..<200 {
            let names = (0..<(1 + rng.int(below: 12))).map { _ in text(1 + rng.int(below: 4)) }
                .filter { !$0.isEmpty && !Byte.isSpace($0.first!) && !Byte.isSpace($0.last!) }
            let b = text(rng.int(below: 80))
            let lower = b.isEmpty ? 0 : rng.int(below: min(4, b.count))
            let range = lower..<b.count
            var visited = 0
            let found = NameMatcher(names: names).occurrences(in: b, range, visited: &visited)
            let firstOf = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            for (id, name) in names.enumerated() where firstOf[name] == id {
                let expected = NamedDocuments.occurrences(of: name, in: b, range)
                #expect((found[id] ?? []) == expected, "\(String(decoding: name, as: UTF8.self)) in \(String(decoding: b, as: UTF8.self))")
            }
            #expect(visited <= 4 * (b.count + 1) + 64, "\(visited)")
        }
    }
}

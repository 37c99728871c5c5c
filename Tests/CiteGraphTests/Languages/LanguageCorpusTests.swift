import CiteGraph
import Foundation
import Testing

/// The 120 resolutions of the 76th session in each other official language
/// (`../shared/corpus/akn-lang/{fr,es,ru,ar,zh}`), written as text the way
/// `shared/tools/akn_crosscheck.py` writes them, scored against the UN editors' links.
/// Prints identity and link coverage per language; fails below the floors, which are
/// raised as the tables grow (goals: identity ≥ 0.998, coverage ≥ 0.98). Skipped where
/// the shared data is absent.
@Suite("Languages over the AKN corpus")
struct LanguageCorpusTests {
    /// Raised as the extractor improves; never lowered.
    static let floors: [Language: (identity: Double, coverage: Double)] = [
        .fr: (0.998, 0.985), .es: (0.998, 0.985), .ru: (0.998, 0.980), .ar: (0.998, 0.962), .zh: (0.998, 0.988),
    ]

    static func corpus(_ language: Language) -> URL? {
        guard let shared = Fixtures.shared else { return nil }
        let dir = shared.appendingPathComponent("corpus/akn-lang/\(language.rawValue)")
        return FileManager.default.fileExists(atPath: dir.path) ? dir : nil
    }

    /// Each well-formed file of `dir` with what the extractor reads from its text.
    static func read(_ dir: URL) throws -> [(name: String, akn: AKNText, doc: ExtractedDocument)] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().filter { $0.hasSuffix(".xml") }.compactMap { name in
            guard let akn = AKNText(file: dir.appendingPathComponent(name)) else { return nil }
            let doc = CitationExtractor().extract(DocumentText(source: name, text: akn.text, format: .plainText))
            return (name, akn, doc)
        }
    }

    @Test(arguments: [Language.fr, .es, .ru, .ar, .zh])
    func identityAndCoverage(_ language: Language) throws {
        guard let dir = Self.corpus(language) else {
            print("languages \(language.rawValue): ../shared/corpus/akn-lang absent, not measured")
            return
        }
        var files = 0, identified = 0, linked = 0, covered = 0, languageRight = 0
        var misses: [String] = []
        for (name, akn, doc) in try Self.read(dir) {
            let s = akn.score(symbol: doc.symbol, targets: doc.citations.map(\.target))
            files += 1
            if s.identity { identified += 1 } else { misses.append("\(name): identity \(doc.symbol ?? "none"), want \(akn.own ?? "?")") }
            if doc.language == language { languageRight += 1 }
            linked += s.linked
            covered += s.covered
            misses += s.missed.prefix(2).map { "\(name): missed \($0)" }
        }
        let identity = Double(identified) / Double(max(files, 1)), coverage = Double(covered) / Double(max(linked, 1))
        for m in misses.prefix(10) { print("languages \(language.rawValue): \(m)") }
        print(String(format: "languages %@: identity %d/%d (%.3f), coverage %d/%d (%.3f), language recorded %d/%d",
                     language.rawValue, identified, files, identity, covered, linked, coverage, languageRight, files))
        let floor = try #require(Self.floors[language])
        #expect(files >= 100)
        #expect(languageRight == files)
        #expect(identity >= floor.identity)
        #expect(coverage >= floor.coverage)
    }

    /// What each language version cites is what its English version cites. Differences are
    /// listed: some are the extractor's, some the versions' own (a note one version gives and
    /// another leaves out). Agreement is the share of cited documents both name.
    static let consistencyFloor: [Language: Double] = [.fr: 0.96, .es: 0.965, .ru: 0.97, .ar: 0.97, .zh: 0.965]

    @Test(arguments: [Language.fr, .es, .ru, .ar, .zh])
    func consistentWithEnglish(_ language: Language) throws {
        guard let dir = Self.corpus(language) else { return }
        let englishTargets = Self.english
        var both = 0, either = 0, compared = 0
        var differences: [String] = []
        for (name, akn, doc) in try Self.read(dir) {
            guard let own = akn.own, let en = englishTargets[own] else { continue }
            compared += 1
            let here = Self.keys(doc)
            both += here.intersection(en).count
            either += here.union(en).count
            let onlyHere = here.subtracting(en).sorted(), onlyEnglish = en.subtracting(here).sorted()
            if !onlyHere.isEmpty || !onlyEnglish.isEmpty {
                differences.append("\(name): only \(language.rawValue) \(onlyHere.prefix(4)), only en \(onlyEnglish.prefix(4))")
            }
        }
        let agreement = Double(both) / Double(max(either, 1))
        for d in differences.prefix(12) { print("consistency \(language.rawValue): \(d)") }
        print(String(format: "consistency %@ with en: %d resolutions, %d differ, agreement %d/%d (%.3f)",
                     language.rawValue, compared, differences.count, both, either, agreement))
        #expect(compared >= 100)
        #expect(agreement >= Self.consistencyFloor[language]!)
    }

    /// The English versions' targets by their own symbol, read once for the five languages.
    static let english: [String: Set<String>] = {
        guard let shared = Fixtures.shared, let docs = try? read(shared.appendingPathComponent("corpus/akn")) else { return [:] }
        var out: [String: Set<String>] = [:]
        for (_, akn, doc) in docs { if let own = akn.own { out[own] = keys(doc) } }
        return out
    }()

    /// A document's targets as comparable keys (parts dropped, joint symbols by their halves).
    static func keys(_ doc: ExtractedDocument) -> Set<String> {
        Set(doc.citations.map { AKNText.withoutParts(AKNText.normKeys($0.target)).sorted().joined(separator: "|") })
    }
}

import CiteGraph
import CiteGraphTestSupport
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
        .fr: (0.998, 0.991), .es: (0.998, 0.991), .ru: (0.998, 0.988), .ar: (0.998, 0.969), .zh: (0.998, 0.994),
    ]

    static func corpus(_ language: Language) -> URL? {
        guard let shared = Fixtures.shared else { return nil }
        let dir = shared.appendingPathComponent("corpus/akn-lang/\(language.rawValue)")
        return FileManager.default.fileExists(atPath: dir.path) ? dir : nil
    }

    /// Each well-formed file of `dir` (as the tool reads it, `AKNCrosscheck`) with what the
    /// extractor reads from its text; a file that is not well-formed XML is skipped, as the tool skips it.
    static func read(_ dir: URL) throws -> [(name: String, akn: AKNCrosscheck.File, doc: ExtractedDocument)] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().filter { $0.hasSuffix(".xml") }.compactMap { name in
            guard let akn = try? AKNCrosscheck.read(dir.appendingPathComponent(name)) else { return nil }
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
        var tally = AKNCrosscheck.Tally()
        var languageRight = 0
        for (_, akn, doc) in try Self.read(dir) {
            AKNCrosscheck.tally(akn, symbol: doc.symbol, targets: doc.citations.map(\.target), into: &tally)
            if doc.language == language { languageRight += 1 }
        }
        let files = tally.documents, identity = tally.identity, coverage = tally.coverage
        for m in tally.wrongIdentity.prefix(5) { print("languages \(language.rawValue): identity \(m)") }
        for m in tally.misses.prefix(10) { print("languages \(language.rawValue): missed \(m)") }
        print(String(format: "languages %@: identity %d/%d (%.3f), coverage %d/%d (%.3f), language recorded %d/%d",
                     language.rawValue, tally.identified, files, identity, tally.covered, tally.linked, coverage, languageRight, files))
        let floor = try #require(Self.floors[language])
        #expect(files >= 100)
        #expect(languageRight == files)
        #expect(identity >= floor.identity)
        #expect(coverage >= floor.coverage)
    }

    /// Coverage of the links a language version and its English version both make (two
    /// independent markups agreeing on what is cited), beside the coverage of every link above:
    /// almost all the links the extractor misses are links one version alone makes, many of them
    /// wrong ("A/RES/24/2" for the Human Rights Council's resolution 24/2). Floors raised, never lowered.
    static let agreedCoverageFloor: [Language: Double] = [.fr: 0.999, .es: 0.999, .ru: 0.999, .ar: 0.999, .zh: 0.999]

    @Test(arguments: [Language.fr, .es, .ru, .ar, .zh])
    func coverageOfLinksBothVersionsMake(_ language: Language) throws {
        guard let dir = Self.corpus(language), !Self.englishFiles.isEmpty else { return }
        var all = AKNCrosscheck.Tally(), agreed = AKNCrosscheck.Tally()
        for (_, akn, doc) in try Self.read(dir) {
            guard let own = akn.own, let english = Self.englishFiles[own] else { continue }
            let targets = doc.citations.map(\.target)
            AKNCrosscheck.tally(akn, symbol: doc.symbol, targets: targets, into: &all)
            AKNCrosscheck.tally(AKNCrosscheck.agreed(akn, with: english), symbol: doc.symbol, targets: targets, into: &agreed)
        }
        for m in agreed.misses.prefix(10) { print("languages \(language.rawValue): missed a link both versions make: \(m)") }
        print(String(format: "languages %@: coverage of every link %d/%d (%.3f); of the links the English version makes too %d/%d (%.3f)",
                     language.rawValue, all.covered, all.linked, all.coverage, agreed.covered, agreed.linked, agreed.coverage))
        #expect(agreed.documents >= 100)
        #expect(agreed.coverage >= Self.agreedCoverageFloor[language]!)
    }

    /// The English files of `../shared/corpus/akn`, by their own symbol.
    static let englishFiles: [String: AKNCrosscheck.File] = {
        guard let shared = Fixtures.shared, let docs = try? read(shared.appendingPathComponent("corpus/akn")) else { return [:] }
        var out: [String: AKNCrosscheck.File] = [:]
        for (_, akn, _) in docs { if let own = akn.own { out[own] = akn } }
        return out
    }()

    /// What each language version cites is what its English version cites. Differences are
    /// listed: some are the extractor's, some the versions' own (a note one version gives and
    /// another leaves out). Agreement is the share of cited documents both name.
    static let consistencyFloor: [Language: Double] = [.fr: 0.978, .es: 0.983, .ru: 0.989, .ar: 0.986, .zh: 0.979]

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

    /// The text a converter writes from the XML (markers flattened into the words, notes at the
    /// end) against the XML itself, whose markup says where each note stands: the share of
    /// the XML reading's note citations the text reading reaches from the same marker, and
    /// of all its citations found in the same paragraph. Floors raised, never lowered.
    static let markupAgreementFloor: [Language: (notes: Double, locations: Double)] = [
        .fr: (0.97, 0.93), .es: (0.97, 0.93), .ru: (0.98, 0.94), .ar: (0.99, 0.94), .zh: (0.98, 0.95),
    ]

    @Test(arguments: [Language.fr, .es, .ru, .ar, .zh])
    func textReadsMarkersAndParagraphsAsTheMarkupSays(_ language: Language) throws {
        guard let dir = Self.corpus(language) else { return }
        var notes = (same: 0, all: 0), places = (same: 0, all: 0)
        func count<K: Hashable>(_ keys: [K]) -> [K: Int] { keys.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        func shared<K: Hashable>(_ a: [K: Int], _ b: [K: Int]) -> Int { a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) } }
        for (name, _, text) in try Self.read(dir) {
            let xml = CitationExtractor().extract(try AKNReader().read(dir.appendingPathComponent(name)))
            struct Note: Hashable { var target: String; var note: Int }
            struct Place: Hashable { var target: String; var location: Location }
            let xmlNotes = count(xml.citations.compactMap { c in c.footnote.map { Note(target: c.target, note: $0) } })
            let textNotes = count(text.citations.compactMap { c in c.footnote.map { Note(target: c.target, note: $0) } })
            notes.same += shared(xmlNotes, textNotes)
            notes.all += xmlNotes.values.reduce(0, +)
            let xmlPlaces = count(xml.citations.map { Place(target: $0.target, location: $0.location) })
            places.same += shared(xmlPlaces, count(text.citations.map { Place(target: $0.target, location: $0.location) }))
            places.all += xmlPlaces.values.reduce(0, +)
        }
        let n = Double(notes.same) / Double(max(notes.all, 1)), p = Double(places.same) / Double(max(places.all, 1))
        print(String(format: "markup agreement %@: notes reached %d/%d (%.3f), same paragraph %d/%d (%.3f)",
                     language.rawValue, notes.same, notes.all, n, places.same, places.all, p))
        let floor = try #require(Self.markupAgreementFloor[language])
        #expect(n >= floor.notes)
        #expect(p >= floor.locations)
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
        Set(doc.citations.map { AKNCrosscheck.withoutParts(AKNCrosscheck.keys($0.target)).sorted().joined(separator: "|") })
    }
}

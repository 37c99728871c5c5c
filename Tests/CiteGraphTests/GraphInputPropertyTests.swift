import CiteGraphTestSupport
import Testing
@testable import CiteGraph

/// `CitationGraph(documents:)` builds through `GraphInput` since the index streams its rows
/// into one; these check that the packed build gives exactly the graph the builder before it
/// gave (kept in Support/ReferenceGraphBuilder.swift), on corpora made to hit every merge
/// rule: texts sharing a source or a symbol, symbols written several ways, joint symbols and
/// their halves, self-citations, every language and none, numbers too large to pack.
@Suite("Graph: the packed input builds the graph the document builder built")
struct GraphInputPropertyTests {
    @Test(arguments: 0..<300)
    func packedBuildMatchesTheReferenceBuilder(seed: Int) {
        let documents = Self.randomCorpus(seed: UInt64(seed))
        expectSameGraph(CitationGraph(documents: documents), referenceGraph(documents))
    }

    @Test("a document added field by field is the document added whole")
    func addingFieldsIsAddingTheDocument() {
        let documents = Self.randomCorpus(seed: 7)
        var input = GraphInput()
        for d in documents {
            input.addDocument(source: d.source, symbol: d.symbol, kind: d.kind, title: d.title, body: d.body,
                              adopted: d.adopted, session: d.session, agendaItem: d.agendaItem,
                              language: d.language, unresolvedCount: d.unresolved.count)
            for c in d.citations {
                input.addCitation(target: c.target, kind: c.kind, relation: c.relation, location: c.location,
                                  footnote: c.footnote, pinpoint: c.pinpoint, adopted: c.adopted)
            }
        }
        #expect(input.documentCount == documents.count)
        #expect(input.citationCount == documents.reduce(0) { $0 + $1.citations.count })
        expectSameGraph(CitationGraph(input), referenceGraph(documents))
    }

    @Test("places and footnotes too large to pack come back as they went in")
    func unpackableNumbersRoundTrip() {
        let places: [Location] = [.header, .preambular(0), .operative(1 << 29 - 1), .operative(1 << 29),
                                  .footnote(Int.max), .preambular(-3)]
        let notes: [Int?] = [nil, 0, Int(Int32.max), Int(Int32.max) + 1, -1, Int.min]
        var input = GraphInput()
        input.addDocument(source: "a", symbol: "A/RES/1/1", kind: nil, title: nil, body: nil, adopted: nil,
                          session: nil, agendaItem: nil, language: nil, unresolvedCount: 0)
        for (place, note) in zip(places, notes) {
            input.addCitation(target: "A/RES/1/2", kind: .gaResolution, relation: .recalls, location: place,
                              footnote: note, pinpoint: nil, adopted: nil)
        }
        for c in places.indices {
            #expect(input.location(c) == places[c])
            #expect(input.footnote(c) == notes[c])
        }
    }

    func expectSameGraph(_ a: CitationGraph, _ b: CitationGraph) {
        #expect(Array(a.nodes) == Array(b.nodes))
        #expect(a.adjacency == b.adjacency)
        #expect(a.occurrenceCount == b.occurrenceCount)
        #expect(a.edgeCount == b.edgeCount
                && (0..<a.edgeCount).allSatisfy { Array(a.occurrences(ofEdge: $0)) == Array(b.occurrences(ofEdge: $0)) })
        #expect(a.index == b.index)
    }

    /// A small corpus whose sources, symbols and targets come from small pools, so that
    /// every collision the builder resolves happens often.
    static func randomCorpus(seed: UInt64) -> [ExtractedDocument] {
        var rng = SplitMix64(seed: seed)
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &rng)] }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { Bool.random(using: &rng) ? value() : nil }
        let symbols = ["A/RES/56/183", "56/183", "A/RES/57/238", "A/67/66-E/2012/49", "A/67/66", "E/2012/49",
                       "S/RES/1373 (2001)", "1373 (2001)", "A/RES/ES-10/15", "E/RES/2006/46", "a/res/56/183",
                       "A/67/66-E/2012/49-S/2012/1", "S/2012/1", "A/C.2/67/L.1", "E/2012/49-A/67/66"]
        let dates = ["2001-12-21", "2002-12-20", "2012-12-21", "1946-01-24"]
        let pinpoints = ["para. 3", "annex", "chap. IV", "sect. A"]
        let kinds: [CitationKind?] = [nil] + CitationKind.allCases
        let languages: [Language?] = [nil] + Language.allCases
        let places: [Location] = [.header, .preambular(1), .preambular(4), .operative(2), .footnote(3),
                                  .operative(1 << 30), .footnote(7)]
        var documents: [ExtractedDocument] = []
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            var doc = ExtractedDocument(source: pick(["a.txt", "b.txt", "c.md", "d.xml", "a.txt", "e.pdf"]),
                                        symbol: pick([nil, ""] + symbols.map { Optional($0) }),
                                        kind: pick(kinds), title: maybe(pick(["On A", "On B"])),
                                        body: maybe(pick(["General Assembly", "Security Council"])),
                                        adopted: maybe(pick(dates)), session: maybe(Int.random(in: 1...80, using: &rng)),
                                        agendaItem: maybe(pick(["20 (b)", "69"])), language: pick(languages))
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                doc.unresolved.append(UnresolvedReference(text: "its resolution", location: .header, reason: "no symbol"))
            }
            for _ in 0..<Int.random(in: 0...10, using: &rng) {
                doc.citations.append(Citation(target: pick(symbols), kind: pick(CitationKind.allCases),
                                              relation: pick(Relation.allCases), location: pick(places),
                                              footnote: pick([nil, 1, 2, Int(Int32.max) + 5]),
                                              pinpoint: maybe(pick(pinpoints)), adopted: maybe(pick(dates)),
                                              text: "", range: TextRange(start: 0, end: 0)))
            }
            documents.append(doc)
        }
        return documents
    }
}

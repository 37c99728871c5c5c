import CiteGraphTestSupport
import CiteGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import CiteGraphRendering
import Testing

/// Whatever a document's symbol or title contains, the DOT we write must parse
/// in Graphviz, and the text must reach the picture unchanged.
@Suite struct LabelPropertyTests {
    /// The pieces random labels are assembled from: everything DOT, HTML,
    /// Graphviz's escape processing or UTF-8 handling could trip on.
    static let pieces = [
        "\\", "\"", "<", ">", "&", "&amp;", "&#92;", "&lt;", "{", "}", "|", "[", "]", ";", ",", "=", "->", "--",
        "\n", "\r\n", "\t", " ", "  ", "\\N", "\\G", "\\E", "\\T", "\\H", "\\L", "\\n", "\\l", "\\r", "\\\"",
        "'", "<B>", "</TD>", "<<", ">>", "/*", "*/", "//", "#", "%", "$", "`", "\u{00A0}", "\u{2011}",
        "Résolution", "决议", "قرار", "резолюция", "संकल्प", "🇺🇳", "e\u{301}", "A/RES/67/195", "(XXI)",
        "\u{0}", "\u{1B}", "\u{7F}", "\u{0E}", "\u{FFFE}", "\u{FFFF}", "&;", "&#;", "&x",
    ]

    static func randomText(_ random: inout SplitMix64, maxPieces: Int) -> String {
        (0..<Int(random.next() % UInt64(maxPieces + 1))).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    static func randomGraph(seed: UInt64) -> CitationSubgraph {
        var random = SplitMix64(seed: seed)
        let count = 1 + Int(random.next() % 4)
        var symbols = Set<String>()
        var nodes: [CitationSubgraph.Node] = []
        while nodes.count < count {
            let symbol = "S\(nodes.count)" + randomText(&random, maxPieces: 6)
            guard symbols.insert(symbol).inserted else { continue }
            // Every tenth title is very long, as the titles of UN reports can be.
            let long = random.next() % 10 == 0
            let title = randomText(&random, maxPieces: long ? 600 : 20)
            let kind = CitationKind.allCases.randomElement(using: &random)
            nodes.append(.init(symbol: symbol, kind: random.next() % 5 == 0 ? nil : kind, title: title,
                               adopted: random.next() % 2 == 0 ? "19\(10 + random.next() % 90)-01-01" : nil,
                               body: randomText(&random, maxPieces: 3), isRead: random.next() % 2 == 0))
        }
        let edges = (1..<count).map { i in
            CitationSubgraph.Edge(from: i, to: Int(random.next() % UInt64(i)), occurrences: [
                .init(relation: Relation.allCases.randomElement(using: &random)!, location: .operative(i),
                      pinpoint: randomText(&random, maxPieces: 4)),
            ])
        }
        return CitationSubgraph(nodes: nodes, edges: edges, caption: randomText(&random, maxPieces: 8))
    }

    @Test(arguments: 0..<300)
    func randomLabelsParseInGraphviz(seed: Int) throws {
        let graph = Self.randomGraph(seed: UInt64(seed))
        for options in [DOTWriter.Options(yearRanks: true), DOTWriter.Options(rankDirection: .leftToRight, engine: "sfdp")] {
            let dot = DOTWriter(options: options).write(graph)
            #expect(throws: Never.self, "seed \(seed)") { try GraphvizRenderer().validate(dot: dot) }
        }
    }

    /// The full round trip for a sample of seeds: the SVG's tooltips and text
    /// show exactly the symbols and titles (with their whitespace collapsed).
    @Test(arguments: 0..<40)
    func randomLabelsReachTheSVGUnchanged(seed: Int) throws {
        let graph = Self.randomGraph(seed: UInt64(1_000 + seed))
        let dot = DOTWriter(options: .init(legend: false)).write(graph)
        let svg = String(decoding: try GraphvizRenderer().render(dot: dot, format: .svg).data, as: UTF8.self)
        #expect(XMLParser(data: Data(svg.utf8)).parse(), "seed \(seed): the SVG is not well-formed XML")
        let tooltips = Set(SVGText.tooltips(svg))
        let texts = SVGText.texts(svg)
        for node in graph.nodes {
            let symbol = DOTEscaping.singleLine(node.symbol)
            #expect(tooltips.contains { $0.hasPrefix(symbol + "\n") || $0 == symbol }, "seed \(seed): tooltip of \(symbol.debugDescription)")
            if !symbol.isEmpty {
                #expect(texts.contains(symbol), "seed \(seed): label of \(symbol.debugDescription)")
            }
            if let title = node.title.map(DOTEscaping.singleLine), !title.isEmpty {
                #expect(tooltips.contains { $0.contains("\n" + title + "\n") || $0.hasSuffix("\n" + title) },
                        "seed \(seed): title \(title.debugDescription)")
            }
        }
    }
}

/// HTML-like labels (the legend, and anyone building on `DOTEscaping.html`)
/// go through Graphviz's XML parser and then its escapes: random text must
/// parse and come out as written.
@Suite struct HTMLLabelPropertyTests {
    @Test(arguments: 0..<60)
    func randomTextInHTMLLabelsParsesAndRoundTrips(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(5_000 + seed))
        let text = "x" + LabelPropertyTests.randomText(&random, maxPieces: 12) + "x"
        let dot = "digraph { n [shape=plaintext, label=<<TABLE><TR><TD>\(DOTEscaping.html(text))</TD></TR></TABLE>>] }"
        let svg = String(decoding: try GraphvizRenderer().render(dot: dot, format: .svg).data, as: UTF8.self)
        #expect(XMLParser(data: Data(svg.utf8)).parse(), "seed \(seed): the SVG is not well-formed XML")
        #expect(SVGText.texts(svg).joined(separator: " ") == DOTEscaping.singleLine(text), "seed \(seed)")
    }
}

/// Valid UTF-8 can encode U+FFFE and U+FFFF, which XML forbids, and Graphviz takes "&;" in a node's
/// name for an entity: a diagram of a text that holds them (found by the `svg` fuzz target,
/// Tests/Fuzz/Regressions/svg-noncharacter and svg-ampersand-semicolon) is still well-formed SVG,
/// in the symbol, the title and the citation's pinpoint.
@Suite struct SVGWellFormednessTests {
    @Test(arguments: ["\u{FFFF}", "\u{FFFE}", "a\u{FFFF}b\u{FFFE}c", "2001&;", "&#;", "&amp;"])
    func aDiagramOfXMLUnsafeTextIsWellFormedSVG(_ text: String) throws {
        let graph = CitationSubgraph(
            nodes: [.init(symbol: "A/RES/1" + text, kind: .gaResolution, title: "T" + text, adopted: nil, body: nil, isRead: true),
                    .init(symbol: "A/RES/2", kind: .gaResolution, title: nil, adopted: nil, body: text, isRead: false)],
            edges: [.init(from: 0, to: 1, occurrences: [.init(relation: .recalls, location: .operative(1), pinpoint: text)])],
            caption: text)
        let svg = String(decoding: try GraphvizRenderer().render(dot: DOTWriter().write(graph), format: .svg).data, as: UTF8.self)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(!svg.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF })
    }
}

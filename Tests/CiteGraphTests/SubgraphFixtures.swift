import CiteGraph

/// Hand-built subgraphs shaped like real query results, small enough to read in a golden file.
enum SubgraphFixtures {
    /// A slice of 67/195's ancestry: every kind, most relations, a document known
    /// only by citation, one without a date, and an edge a longer path implies
    /// (67/195 → 56/183 also runs through 57/238).
    static let ancestry: CitationSubgraph = {
        let nodes: [CitationSubgraph.Node] = [
            .init(symbol: "A/RES/67/195", kind: .gaResolution,
                  title: "Information and communications technologies for development",
                  adopted: "2012-12-21", body: "General Assembly", isRead: true),
            .init(symbol: "A/RES/56/183", kind: .gaResolution, title: "World Summit on the Information Society",
                  adopted: "2001-12-21", body: "General Assembly"),
            .init(symbol: "A/RES/57/238", kind: .gaResolution,
                  title: "Information and communication technologies for development",
                  adopted: "2002-12-20", body: "General Assembly", isRead: true),
            .init(symbol: "E/RES/2012/5", kind: .ecosocResolution,
                  title: "Assessment of the progress made in the implementation of and follow-up to the outcomes "
                      + "of the World Summit on the Information Society",
                  adopted: "2012-07-24", body: "Economic and Social Council"),
            .init(symbol: "A/67/66-E/2012/49", kind: .document,
                  title: "Progress made in the implementation of and follow-up to the outcomes of the World "
                      + "Summit on the Information Society at the regional and international levels: "
                      + "report of the Secretary-General",
                  adopted: "2012"),
            .init(symbol: "S/RES/1325 (2000)", kind: .scResolution, title: "Women and peace and security",
                  adopted: "2000-10-31", body: "Security Council"),
            .init(symbol: "A/60/687", kind: .document, title: "Tunis Agenda for the Information Society"),
            .init(symbol: "A/HRC/RES/20/8", kind: .hrcResolution,
                  title: "The promotion, protection and enjoyment of human rights on the Internet",
                  adopted: "2012-07-05", body: "Human Rights Council"),
            .init(symbol: "A/67/434"),
        ]
        let edges: [CitationSubgraph.Edge] = [
            .init(from: 0, to: 1, occurrences: [.init(relation: .recalls, location: .preambular(1)),
                                                .init(relation: .reaffirms, location: .operative(2))]),
            .init(from: 0, to: 2, occurrences: [.init(relation: .recalls, location: .preambular(1))]),
            .init(from: 2, to: 1, occurrences: [.init(relation: .recalls, location: .preambular(2))]),
            .init(from: 0, to: 3, occurrences: [.init(relation: .takesNote, location: .preambular(5))]),
            .init(from: 0, to: 4, occurrences: [.init(relation: .takesNote, location: .operative(1),
                                                      footnote: 2, pinpoint: "paras. 4-6")]),
            .init(from: 0, to: 6, occurrences: [.init(relation: .references, location: .footnote(9))]),
            .init(from: 0, to: 5, occurrences: [.init(relation: .welcomes, location: .preambular(7))]),
            .init(from: 0, to: 7, occurrences: [.init(relation: .notes, location: .preambular(9))]),
            .init(from: 0, to: 8, occurrences: [.init(relation: .onReportOf, location: .header)]),
            .init(from: 4, to: 1, occurrences: [.init(relation: .references, location: .footnote(1))]),
        ]
        return CitationSubgraph(nodes: nodes, edges: edges, caption: "Ancestors of A/RES/67/195, depth 2")
    }()

    /// Every character Graphviz, XML, CSV or Mermaid treat specially, in IDs and titles.
    static let hostile: CitationSubgraph = {
        let nodes: [CitationSubgraph.Node] = [
            .init(symbol: "A/RES/\"quoted\"\\", kind: .gaResolution,
                  title: "Escapes \\N \\G \\E \\T \\H \\L \\n \\l and \"quotes\", <b>tags</b> & entities &amp; {a|b}",
                  adopted: "1999-01-01", isRead: true),
            .init(symbol: "line\nbreak, comma;semicolon", kind: .document,
                  title: "Résolution — 决议 — قرار — резолюция #1 `code` ' apostrophe", adopted: "1998"),
        ]
        let edges = [CitationSubgraph.Edge(from: 0, to: 1, occurrences: [
            .init(relation: .recalls, location: .preambular(1), pinpoint: "para. \"3\" \\N"),
        ])]
        return CitationSubgraph(nodes: nodes, edges: edges, caption: "Caption with \\G and \"quotes\"")
    }()
}

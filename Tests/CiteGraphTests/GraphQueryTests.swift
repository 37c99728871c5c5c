import Testing
@testable import CiteGraph

/// Queries on small corpora whose answers can be worked out by hand.
@Suite("Graph queries on hand-built corpora")
struct GraphQueryTests {
    /// A GA series (56/183 → 57/238 → 59/220 → 67/195, same title), a report it
    /// takes note of, an unrelated resolution, and a later descendant.
    static let series = CitationGraph(documents: [
        document("A/RES/57/238", title: "Information and communication technologies for development",
                 adopted: "2002-12-20", cites: [cite("A/RES/56/183", adopted: "2001-12-21")]),
        document("A/RES/59/220", title: "Information and communication technologies for development",
                 adopted: "2004-12-22", cites: [cite("A/RES/57/238"), cite("A/RES/56/183", adopted: "2001-12-21")]),
        document("A/RES/67/195", title: "Information and communications technologies for development",
                 adopted: "2012-12-21", cites: [
                     cite("A/RES/59/220", at: .preambular(1)),
                     cite("A/RES/55/2", .reaffirms, at: .preambular(3), adopted: "2000-09-08"),
                     cite("A/67/66", .takesNote, kind: .document, at: .operative(2)),
                     cite("A/RES/59/220", .welcomes, at: .operative(4)),
                 ], unresolved: 2),
        document("A/RES/55/2", title: "United Nations Millennium Declaration", adopted: "2000-09-08"),
        document("A/RES/70/1", title: "Transforming our world", adopted: "2015-09-25",
                 cites: [cite("A/RES/67/195", .references), cite("A/RES/55/2")]),
    ])

    var g: CitationGraph { Self.series }

    @Test("nodes are numbered in time order and know whether they were read")
    func numbering() {
        #expect(g.symbols(Array(0..<g.nodeCount)) ==
                ["A/RES/55/2", "A/RES/56/183", "A/RES/57/238", "A/RES/59/220", "A/RES/67/195", "A/67/66", "A/RES/70/1"])
        // A/67/66 has no date; its symbol places it in 2012, after the dated documents of that year.
        #expect(g.nodes[g.id("A/RES/56/183")].isRead == false)
        #expect(g.nodes[g.id("A/RES/67/195")].isRead == true)
    }

    @Test("a citing text's date fills a node only known by citation; its own text wins otherwise")
    func metadata() {
        #expect(g.nodes[g.id("A/RES/56/183")].adopted == "2001-12-21")
        #expect(g.nodes[g.id("A/RES/56/183")].kind == .gaResolution)
        let conflicting = CitationGraph(documents: [
            document("A/RES/10/1", adopted: "1955-12-01", cites: [cite("A/RES/9/1", adopted: "1954-01-01")]),
            document("A/RES/9/1", adopted: "1954-12-14"),
        ])
        #expect(conflicting.nodes[conflicting.id("A/RES/9/1")].adopted == "1954-12-14")
    }

    @Test("ancestors and descendants walk opposite ways, by depth then time")
    func closures() {
        let x = g.id("A/RES/67/195")
        #expect(g.symbols(g.ancestors(of: x).map(\.node)) ==
                ["A/RES/55/2", "A/RES/59/220", "A/67/66", "A/RES/56/183", "A/RES/57/238"])
        // 59/220 cites 56/183 directly, so 56/183 is at depth 2 like 57/238, not 3.
        #expect(g.ancestors(of: x).map(\.depth) == [1, 1, 1, 2, 2])
        #expect(g.symbols(g.ancestors(of: x, depth: 1).map(\.node)) == ["A/RES/55/2", "A/RES/59/220", "A/67/66"])
        #expect(g.symbols(g.descendants(of: g.id("A/RES/56/183")).map(\.node)) ==
                ["A/RES/57/238", "A/RES/59/220", "A/RES/67/195", "A/RES/70/1"])
    }

    @Test("filters: relations choose edges, kinds and years choose what is listed")
    func filters() {
        let x = g.id("A/RES/67/195")
        let recalls = g.ancestors(of: x, filter: GraphFilter(relations: [.recalls]))
        #expect(g.symbols(recalls.map(\.node)) == ["A/RES/59/220", "A/RES/56/183", "A/RES/57/238"])
        let documents = g.ancestors(of: x, filter: GraphFilter(kinds: [.document]))
        #expect(g.symbols(documents.map(\.node)) == ["A/67/66"])
        let since2002 = g.ancestors(of: x, filter: GraphFilter(since: 2002, until: 2004))
        #expect(g.symbols(since2002.map(\.node)) == ["A/RES/59/220", "A/RES/57/238"])
    }

    @Test("cites and cited-by carry every occurrence")
    func neighbours() {
        let x = g.id("A/RES/67/195")
        let cited = g.cites(x)
        let on59 = cited.first { $0.node == g.id("A/RES/59/220") }
        #expect(on59?.occurrences.map(\.relation) == [.recalls, .welcomes])
        #expect(on59?.occurrences.map(\.location) == [.preambular(1), .operative(4)])
        #expect(g.symbols(g.citedBy(g.id("A/RES/55/2")).map(\.node)) == ["A/RES/67/195", "A/RES/70/1"])
        #expect(g.citedBy(x, filter: GraphFilter(relations: [.recalls])).isEmpty)
    }

    @Test("path finds a shortest chain, or none against the direction of citation")
    func paths() {
        let chain = g.path(from: g.id("A/RES/70/1"), to: g.id("A/RES/56/183"))
        #expect(chain.map(g.symbols) == ["A/RES/70/1", "A/RES/67/195", "A/RES/59/220", "A/RES/56/183"])
        #expect(g.path(from: g.id("A/RES/56/183"), to: g.id("A/RES/70/1")) == nil)
        #expect(g.path(from: g.id("A/RES/70/1"), to: g.id("A/RES/56/183"), filter: GraphFilter(relations: [.recalls])) == nil)
    }

    @Test("longest chain goes as far back as citations go")
    func longest() {
        #expect(g.symbols(g.longestChain(from: g.id("A/RES/70/1"))) ==
                ["A/RES/70/1", "A/RES/67/195", "A/RES/59/220", "A/RES/57/238", "A/RES/56/183"])
        // Ties go to the older document.
        let tie = CitationGraph(documents: [
            document("A/RES/3/1", adopted: "1948-01-01", cites: [cite("A/RES/2/2"), cite("A/RES/2/1")]),
        ])
        #expect(tie.symbols(tie.longestChain(from: tie.id("A/RES/3/1"))) == ["A/RES/3/1", "A/RES/2/1"])
    }

    @Test("lineage is the same-titled recall series, oldest first")
    func lineage() throws {
        let members = try g.lineage(of: g.id("A/RES/67/195"))
        // 55/2 is reaffirmed but has another title; 70/1 only references; the report is no resolution.
        #expect(g.symbols(members) == ["A/RES/56/183", "A/RES/57/238", "A/RES/59/220", "A/RES/67/195"])
        #expect(try g.lineage(of: g.id("A/RES/56/183")) == members)
        #expect(throws: LineageError.self) { try g.lineage(of: g.id("A/67/66")) }
    }

    @Test("top ranks by in-degree, and PageRank sums to one")
    func top() {
        let ranked = g.top(limit: 3)
        // 57/238 and 59/220 are both cited once: the older one wins the tie.
        #expect(g.symbols(ranked.map(\.node)) == ["A/RES/55/2", "A/RES/56/183", "A/RES/57/238"])
        #expect(ranked.map(\.citedBy) == [2, 2, 1])
        #expect(g.symbols(g.top(limit: 1, filter: GraphFilter(kinds: [.document])).map(\.node)) == ["A/67/66"])
        let pr = g.pageRank()
        #expect(abs(pr.reduce(0, +) - 1) < 1e-9)
        // 56/183 is cited by 57/238 and 59/220, which 67/195 cites in turn: it collects the most rank.
        #expect(g.top(by: .pageRank, limit: 1).first?.node == g.id("A/RES/56/183"))
    }

    @Test("cycles report each group once with a real witness")
    func cycles() {
        let cyclic = CitationGraph(documents: [
            document("A/RES/1/1", cites: [cite("A/RES/1/2")]),
            document("A/RES/1/2", cites: [cite("A/RES/1/3")]),
            document("A/RES/1/3", cites: [cite("A/RES/1/1"), cite("A/RES/1/4")]),
            document("A/RES/1/4", cites: [cite("A/RES/1/5")]),
            document("A/RES/1/5", cites: [cite("A/RES/1/4"), cite("A/RES/1/5")]),
        ])
        let cycles = cyclic.citationCycles()
        #expect(cycles.map { cyclic.symbols($0.members) } == [["A/RES/1/1", "A/RES/1/2", "A/RES/1/3"], ["A/RES/1/4", "A/RES/1/5"]])
        #expect(cycles.map { cyclic.symbols($0.witness) } == [["A/RES/1/1", "A/RES/1/2", "A/RES/1/3"], ["A/RES/1/4", "A/RES/1/5"]])
        #expect(g.citationCycles().isEmpty)
    }

    @Test("stats count kinds, relations, read and unresolved")
    func stats() {
        let s = g.statistics()
        #expect(s.nodes == 7 && s.edges == 8 && s.occurrences == 9)
        #expect(s.read == 5 && s.onlyCited == 2 && s.unresolved == 2 && s.cycles == 0)
        #expect(s.nodesByKind.map(\.kind) == ["ga-resolution", "document"])
        #expect(s.nodesByKind.map(\.count) == [6, 1])
        let recalls = s.edgesByRelation.first { $0.relation == .recalls }
        #expect(recalls?.edges == 5 && recalls?.occurrences == 5)
    }

    @Test("no self-loops, however the self-citation is spelled")
    func selfLoops() {
        let s = CitationGraph(documents: [document("A/RES/67/195", cites: [cite("a/res/67/195"), cite("A/RES/66/1")])])
        #expect(s.edgeCount == 1)
    }

    @Test("subgraphs carry the selection, its edges and a caption")
    func subgraphs() throws {
        let x = g.id("A/RES/67/195")
        let anc = try g.subgraph(.ancestors(of: x, depth: 1))
        #expect(anc.nodes.map(\.symbol) == ["A/RES/55/2", "A/RES/59/220", "A/RES/67/195", "A/67/66"])
        #expect(anc.edges.count == 3)
        #expect(anc.caption == "ancestors of A/RES/67/195 (documents it cites), depth 1")
        let welcomes = anc.edges.first { anc.nodes[$0.to].symbol == "A/RES/59/220" }
        #expect(welcomes?.occurrences.count == 2 && welcomes?.relation == .recalls)
        let path = try g.subgraph(.path(from: g.id("A/RES/70/1"), to: g.id("A/RES/56/183")))
        // 59/220 → 56/183 is a step; 57/238 is not on the chain, and the shortcut 70/1 → ... is not drawn.
        #expect(path.nodes.count == 4 && path.edges.count == 3)
        #expect(throws: SubgraphError.self) { try g.subgraph(.path(from: g.id("A/RES/56/183"), to: x)) }
        let lineage = try g.subgraph(.lineage(of: x))
        #expect(lineage.nodes.count == 4 && lineage.edges.count == 4)
        let whole = try g.subgraph(.whole)
        #expect(whole.nodes.count == g.nodeCount && whole.edges.count == g.edgeCount)
    }
}

import Testing
@testable import CiteGraph

@Suite struct DOTWriterTests {
    @Test(arguments: [
        ("ancestry-timeline.dot", DOTWriter.Options(yearRanks: true)),
        ("ancestry-lr-no-legend.dot", DOTWriter.Options(rankDirection: .leftToRight, legend: false)),
        ("ancestry-sfdp.dot", DOTWriter.Options(engine: "sfdp")),
    ])
    func ancestryMatchesGolden(name: String, options: DOTWriter.Options) throws {
        try GoldenFile.check(DOTWriter(options: options).write(SubgraphFixtures.ancestry), against: name)
    }

    @Test func reducedAncestryMatchesGolden() throws {
        let reduced = SubgraphFixtures.ancestry.transitivelyReduced()
        try GoldenFile.check(DOTWriter(options: .init(yearRanks: true)).write(reduced), against: "ancestry-reduced.dot")
    }

    @Test func hostileLabelsMatchGolden() throws {
        try GoldenFile.check(DOTWriter(options: .init(yearRanks: true)).write(SubgraphFixtures.hostile),
                             against: "hostile.dot")
    }

    @Test func outputDoesNotDependOnInputOrder() {
        let graph = SubgraphFixtures.ancestry
        let permutation = Array(graph.nodes.indices.reversed())
        var position = [Int](repeating: 0, count: graph.nodes.count)
        for (new, old) in permutation.enumerated() { position[old] = new }
        let shuffled = CitationSubgraph(
            nodes: permutation.map { graph.nodes[$0] },
            edges: graph.edges.reversed().map { .init(from: position[$0.from], to: position[$0.to], occurrences: $0.occurrences) },
            caption: graph.caption)
        let writer = DOTWriter(options: .init(yearRanks: true))
        #expect(writer.write(shuffled) == writer.write(graph))
    }

    @Test func everyNodeLinksToItsOfficialDocument() {
        let dot = DOTWriter().write(SubgraphFixtures.ancestry)
        #expect(dot.contains("URL=\"https://undocs.org/A/RES/67/195\""))
        #expect(dot.contains("URL=\"https://undocs.org/S/RES/1325%20(2000)\""))
        #expect(!dot.contains("label=\"recalls"), "relations are shown by style, not edge labels")
    }

    @Test func timelinePutsEachYearOnOneRank() {
        let dot = DOTWriter(options: .init(yearRanks: true)).write(SubgraphFixtures.ancestry)
        #expect(dot.contains("{ rank=same; \"timeline:2001\"; \"A/RES/56/183\"; }"))
        #expect(dot.contains("{ rank=same; \"timeline:2005\"; \"A/60/687\"; }"), "undated: placed by its symbol's session")
        #expect(dot.contains("\"timeline:2001\" -> \"timeline:2000\" [style=invis];"))
        #expect(!DOTWriter().write(SubgraphFixtures.ancestry).contains("rank=same"))
    }

    /// 67/195 (21 December 2012) cites documents of July 2012: one row for 2012
    /// would force those citations sideways, so 2012 gets a row per date, and
    /// the documents dated 2012 alone a row above them.
    @Test func aYearWhoseDocumentsCiteEachOtherGetsARowPerDate() {
        let dot = DOTWriter(options: .init(yearRanks: true)).write(SubgraphFixtures.ancestry)
        #expect(dot.contains("{ rank=same; \"timeline:2012\"; \"A/67/434\"; \"A/67/66-E/2012/49\"; }"))
        #expect(dot.contains("{ rank=same; \"timeline:2012-07-24\"; \"E/RES/2012/5\"; }"))
        #expect(dot.contains("{ rank=same; \"timeline:2012-12-21\"; \"A/RES/67/195\"; }"))
        #expect(dot.contains("\"timeline:2012-07-05\" -> \"timeline:2012\" [style=invis];"))
        // A year without such citations keeps one row.
        #expect(!dot.contains("timeline:2001-"))
    }

    @Test func edgeTooltipNamesTheVerbAndPlaces() {
        let edge = SubgraphFixtures.ancestry.edges[4]
        #expect(DOTWriter.tooltipLines(edge, from: "A/RES/67/195", to: "A/67/66-E/2012/49")
            == ["A/RES/67/195 takes note of A/67/66-E/2012/49 (OP1 fn 2, paras. 4-6)"])
        let both = SubgraphFixtures.ancestry.edges[0]
        #expect(DOTWriter.tooltipLines(both, from: "x", to: "y") == ["x recalls y (PP1)", "x reaffirms y (OP2)"])
    }
}

@Suite struct LayoutPolicyTests {
    @Test func smallGraphsGetDotAndATimeline() {
        #expect(LayoutPolicy.plan(nodes: 30, edges: 60, work: 200, requestedEngine: nil) == LayoutPlan(engine: "dot", yearRanks: true))
        #expect(LayoutPolicy.plan(for: SubgraphFixtures.ancestry, requestedEngine: nil) == LayoutPlan(engine: "dot", yearRanks: true))
    }

    @Test func largeGraphsSwitchToTheTimelineAndSayWhy() {
        let plan = LayoutPolicy.plan(nodes: 400, edges: 986, work: 14_705, requestedEngine: nil)
        #expect(plan.engine == "timeline")
        #expect(!plan.yearRanks)
        #expect(plan.note == "400 documents are more than the 150 a hierarchical 'dot' diagram keeps readable; drawing the "
            + "400 documents on a timeline by adoption date, one lane per organ (--engine dot insists)")
        // Each limit is named when it is the one passed.
        #expect(LayoutPolicy.plan(nodes: 120, edges: 500, work: 900, requestedEngine: nil).note?
            .hasPrefix("500 citations are more than the 400") == true)
        #expect(LayoutPolicy.plan(nodes: 120, edges: 300, work: 7_000, requestedEngine: nil).note?
            .hasPrefix("an estimated layout work of 7000 is more than the 6000") == true)
        #expect(LayoutPolicy.plan(nodes: 150, edges: 400, work: 6_000, requestedEngine: nil) == LayoutPlan(engine: "dot", yearRanks: true))
        #expect(LayoutPolicy.plan(nodes: 2_000, edges: 1_999, work: 2_000, requestedEngine: nil).engine == "timeline")
        #expect(LayoutPolicy.plan(nodes: 2_000, edges: 1_999, work: 2_000, requestedEngine: "timeline").note == nil)
    }

    @Test func anExplicitEngineIsHonoured() {
        let plan = LayoutPolicy.plan(nodes: 10_000, edges: 30_000, work: 90_000, requestedEngine: "dot")
        #expect(plan == LayoutPlan(engine: "dot", yearRanks: false))
    }

    /// Each long edge costs `dot` a virtual node per rank it crosses.
    @Test func workCountsTheRanksLongEdgesCross() {
        let years = [1990, 1991, 1995, 2000]
        let nodes = years.map { CitationSubgraph.Node(symbol: "X/\($0)", adopted: "\($0)") }
        let occurrence = [CitationSubgraph.Occurrence(relation: .recalls, location: .preambular(1))]
        // 2000 → 1990 crosses the ranks of 1991 and 1995; 1991 → 1990 is adjacent.
        let graph = CitationSubgraph(nodes: nodes, edges: [.init(from: 3, to: 0, occurrences: occurrence),
                                                           .init(from: 1, to: 0, occurrences: occurrence)])
        #expect(LayoutPolicy.estimatedDotWork(graph) == 4 + 2)
    }
}

@Suite struct TimelineDOTWriterTests {
    /// The pinned-position DOT of the ancestry fixture, byte for byte
    /// (regenerate with CITEGRAPH_UPDATE_GOLDEN=1 and review the diff).
    @Test func ancestryMatchesGolden() throws {
        var graph = SubgraphFixtures.ancestry
        graph.focus = [0]
        try GoldenFile.check(TimelineDOTWriter().write(graph), against: "ancestry-pinned.dot")
    }

    @Test func everyNodeAndEdgeIsPinned() {
        let dot = TimelineDOTWriter().write(SubgraphFixtures.ancestry)
        let lines = dot.split(separator: "\n")
        let nodeLines = lines.filter { $0.contains("URL=\"https://undocs.org/") }
        let edgeLines = lines.filter { $0.contains(" -> ") }
        #expect(nodeLines.count == SubgraphFixtures.ancestry.nodes.count)
        #expect(nodeLines.allSatisfy { $0.contains(" pos=\"") })
        #expect(edgeLines.allSatisfy { $0.contains("pos=\"") })
        #expect(dot.contains("layout=nop2"))
    }

    @Test(arguments: [(0.0, "0"), (1.5, "1.5"), (12.345, "12.35"), (-0.25, "-0.25"), (100.05, "100.05"), (3.1, "3.1")])
    func numbersAreShortAndStable(value: Double, text: String) {
        #expect(TimelineDOTWriter.number(value) == text)
    }
}

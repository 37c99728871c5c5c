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
        #expect(dot.contains("{ rank=same; \"timeline:2012\"; \"A/67/434\"; \"A/67/66-E/2012/49\"; \"A/HRC/RES/20/8\"; \"A/RES/67/195\"; \"E/RES/2012/5\"; }"),
                "A/67/434 has no date; session 67 places it in 2012")
        #expect(dot.contains("\"timeline:2001\" -> \"timeline:2000\" [style=invis];"))
        #expect(!DOTWriter().write(SubgraphFixtures.ancestry).contains("rank=same"))
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
        #expect(LayoutPolicy.plan(nodes: 30, edges: 60, requestedEngine: nil) == LayoutPlan(engine: "dot", yearRanks: true))
    }

    @Test func largeGraphsSwitchToSfdpAndSaySo() {
        let plan = LayoutPolicy.plan(nodes: 1_000, edges: 3_000, requestedEngine: nil)
        #expect(plan.engine == "sfdp")
        #expect(!plan.yearRanks)
        #expect(plan.note?.contains("sfdp") == true)
    }

    @Test func anExplicitEngineIsHonoured() {
        let plan = LayoutPolicy.plan(nodes: 10_000, edges: 30_000, requestedEngine: "dot")
        #expect(plan == LayoutPlan(engine: "dot", yearRanks: false))
    }
}

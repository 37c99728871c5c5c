import Testing
@testable import CiteGraph

/// A random corpus shaped like the UN's: resolutions of several organs over
/// decades, many adopted on the same day, some dated by year only, some
/// undated, each citing a few older ones.
func randomTimelineGraph(seed: UInt64, nodes count: Int) -> CitationSubgraph {
    var rng = SeededGenerator(seed: seed)
    let kinds: [CitationKind?] = [.gaResolution, .gaResolution, .scResolution, .ecosocResolution, .document, nil]
    var nodes: [CitationSubgraph.Node] = []
    for i in 0..<count {
        let year = 1946 + rng.int(below: 60)
        // A handful of dates per year, so same-day clusters are common.
        let month = 1 + rng.int(below: 3) * 5
        let day = 1 + rng.int(below: 2) * 14
        let adopted: String? = switch rng.int(below: 10) {
        case 0: nil
        case 1: "\(year)"
        default: "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
        let kind = kinds[rng.int(below: kinds.count)]
        let symbol = adopted == nil && rng.int(below: 2) == 0 ? "X/\(i)" : "A/RES/\(year - 1945)/\(i)"
        nodes.append(.init(symbol: symbol, kind: kind, adopted: adopted, isRead: rng.int(below: 2) == 0))
    }
    var edges: [CitationSubgraph.Edge] = []
    for i in 0..<count {
        for _ in 0..<rng.int(below: 4) {
            let j = rng.int(below: count)
            if j != i { edges.append(.init(from: i, to: j, occurrences: [.init(relation: .recalls, location: .preambular(1))])) }
        }
    }
    return CitationSubgraph(nodes: nodes, edges: edges, caption: "random \(seed)", focus: [0])
}

@Suite struct TimelineLayoutTests {
    static let cases: [(UInt64, Int)] = [(1, 10), (2, 60), (3, 300), (4, 1_500)]

    /// No two documents share any area, however many are adopted on one day.
    @Test(arguments: cases)
    func boxesNeverOverlap(seed: UInt64, size: Int) {
        let geometry = TimelineLayout().layout(randomTimelineGraph(seed: seed, nodes: size))
        // Sweep by left edge: compare each box only with boxes whose x ranges meet.
        let order = geometry.boxes.indices.sorted { geometry.boxes[$0].minX < geometry.boxes[$1].minX }
        var active: [Int] = []
        var overlaps = 0
        for i in order {
            let box = geometry.boxes[i]
            active.removeAll { geometry.boxes[$0].maxX <= box.minX }
            overlaps += active.filter { geometry.boxes[$0].overlaps(box) }.count
            active.append(i)
        }
        #expect(overlaps == 0)
        #expect(geometry.boxes.allSatisfy { $0.minX >= 0 && $0.maxX <= geometry.width && $0.minY >= 0 && $0.maxY <= geometry.height })
    }

    /// An earlier date never stands to the right of a later one, in any lane;
    /// undated documents come after all dated ones.
    @Test(arguments: cases)
    func xIsMonotoneInDate(seed: UInt64, size: Int) {
        let graph = randomTimelineGraph(seed: seed, nodes: size)
        let geometry = TimelineLayout().layout(graph)
        func key(_ node: CitationSubgraph.Node) -> (Int, Double)? {
            guard let year = DiagramOrder.year(node) else { return nil }
            return (year, TimelineLayout.dayFraction(node.adopted))
        }
        let dated = graph.nodes.indices.filter { key(graph.nodes[$0]) != nil }
            .sorted { key(graph.nodes[$0])! < key(graph.nodes[$1])! }
        var violations = 0
        for (a, b) in zip(dated, dated.dropFirst()) where key(graph.nodes[a])! < key(graph.nodes[b])! {
            if geometry.boxes[a].center.x > geometry.boxes[b].center.x { violations += 1 }
        }
        #expect(violations == 0)
        let lastDated = dated.map { geometry.boxes[$0].center.x }.max() ?? 0
        for i in graph.nodes.indices where key(graph.nodes[i]) == nil {
            #expect(geometry.boxes[i].center.x > lastDated)
        }
    }

    /// Same-day documents are spread by symbol: S/RES/9 left of S/RES/10.
    @Test func sameDayDocumentsRunInSymbolOrder() {
        let nodes = (1...12).map { CitationSubgraph.Node(symbol: "S/RES/\($0) (1946)", kind: .scResolution, adopted: "1946-06-01") }
        let geometry = TimelineLayout().layout(CitationSubgraph(nodes: nodes, edges: []))
        let xs = geometry.boxes.map(\.center.x)
        #expect(xs == xs.sorted())
        #expect(Set(xs).count == 12)
    }

    /// The same documents in another order get the same places.
    @Test func deterministicWhateverTheInputOrder() {
        let graph = randomTimelineGraph(seed: 9, nodes: 200)
        let permutation = Array(graph.nodes.indices.reversed())
        var position = [Int](repeating: 0, count: graph.nodes.count)
        for (new, old) in permutation.enumerated() { position[old] = new }
        let shuffled = CitationSubgraph(nodes: permutation.map { graph.nodes[$0] },
                                        edges: graph.edges.map { .init(from: position[$0.from], to: position[$0.to], occurrences: $0.occurrences) },
                                        caption: graph.caption, focus: graph.focus.map { position[$0] })
        let a = TimelineLayout().layout(graph), b = TimelineLayout().layout(shuffled)
        for i in graph.nodes.indices { #expect(a.boxes[i] == b.boxes[position[i]]) }
        #expect(a.ticks == b.ticks && a.lanes == b.lanes && a.width == b.width && a.height == b.height)
        #expect(TimelineLayout().layout(graph) == a)
    }

    /// One lane per organ present, in a fixed order, each box inside its lane.
    @Test func lanesAreOrgans() {
        let geometry = TimelineLayout().layout(SubgraphFixtures.ancestry)
        #expect(geometry.lanes.map(\.name) == ["General Assembly", "Economic and Social Council", "Security Council",
                                               "Human Rights Council and others", "Reports and other documents", "Unknown kind"])
        for (i, node) in SubgraphFixtures.ancestry.nodes.enumerated() {
            let box = geometry.boxes[i]
            let lane = geometry.lanes[box.lane]
            #expect(lane.name == TimelineLayout.laneName(node))
            #expect(box.minY >= lane.top && box.maxY <= lane.top + lane.height)
        }
        for (upper, lower) in zip(geometry.lanes, geometry.lanes.dropFirst()) { #expect(upper.top + upper.height < lower.top) }
    }

    /// A tick for every year from the first to the last, left to right.
    @Test func everyYearHasATick() {
        let geometry = TimelineLayout().layout(SubgraphFixtures.ancestry)
        #expect(geometry.ticks.map(\.year) == Array(2000...2012))
        #expect(geometry.ticks.map(\.x) == geometry.ticks.map(\.x).sorted())
        #expect(geometry.ticks.first?.labelled == true)
    }

    /// Curves start at the citing box and end at the cited one; the focus's are flagged.
    @Test func curvesJoinTheirDocumentsAndMarkTheFocus() {
        let graph = SubgraphFixtures.ancestry
        var focused = graph
        focused.focus = [0]
        let geometry = TimelineLayout().layout(focused)
        for (edge, curve) in zip(graph.edges, geometry.curves) {
            let (a, b) = (geometry.boxes[edge.from], geometry.boxes[edge.to])
            #expect(curve.points.count == 4)
            // The middle of a side: left or right at mid-height, or top or bottom at mid-width.
            func onBorder(_ p: TimelineGeometry.Point, _ box: TimelineGeometry.Box) -> Bool {
                ((p.x == box.minX || p.x == box.maxX) && p.y == box.center.y)
                    || ((p.y == box.minY || p.y == box.maxY) && p.x == box.center.x)
            }
            #expect(onBorder(curve.points[0], a) && onBorder(curve.points[3], b))
            #expect(curve.isFocus == (edge.from == 0 || edge.to == 0))
        }
    }

    @Test func boxesHoldTheirSymbols() {
        #expect(TimelineLayout.boxWidth("S/RES/242 (1967)", fontSize: 8) > TimelineLayout.textWidth("S/RES/242 (1967)", fontSize: 8))
        #expect(TimelineLayout.textWidth("A/RES/56/183", fontSize: 8) < TimelineLayout.textWidth("A/RES/56/183/Add.1", fontSize: 8))
    }

    @Test(arguments: [("S/RES/9", "S/RES/10", true), ("S/RES/10", "S/RES/9", false), ("A/RES/56/183", "A/RES/56/183 B", true),
                      ("E/RES/2006/46", "E/RES/2006/5", false), ("A/1", "A/1", false)])
    func symbolsCompareNumbersAsNumbers(a: String, b: String, less: Bool) {
        #expect(SymbolOrder.less(a, b) == less)
    }

    @Test func emptyAndUndatedGraphsLayOut() {
        let empty = TimelineLayout().layout(CitationSubgraph(nodes: [], edges: []))
        #expect(empty.boxes.isEmpty && empty.ticks.isEmpty && empty.width > 0)
        let undated = TimelineLayout().layout(CitationSubgraph(nodes: [.init(symbol: "X/1"), .init(symbol: "X/2")], edges: []))
        #expect(undated.undatedX != nil && undated.ticks.isEmpty)
        #expect(!undated.boxes[0].overlaps(undated.boxes[1]))
    }
}

import Foundation

/// Places the documents of a citation subgraph on a time axis, computed by
/// citegraph itself so that a diagram of 10,000 documents takes a second
/// rather than the minutes (or hours) a general graph layout needs, and so
/// that position means something: left to right is adoption date.
///
/// The rules, each of which a test names:
/// - **x is time.** Every year is a band of the axis, in order, with a tick at
///   its start. Within a year a document's place mixes its day of the year with
///   its rank among that year's documents, so December resolutions sit at the
///   year's right end while a hundred resolutions adopted on one day are spread
///   side by side instead of piled up. Years holding many documents are
///   widened (an empty decade stays narrow but present), so the axis is
///   monotone in date though not uniform in scale; the ticks say where each
///   year is.
/// - **Lanes are organs.** General Assembly, ECOSOC, Security Council, other
///   councils, reports, unknown: one horizontal band each, only those present.
/// - **No overlaps.** Within a lane, documents are packed into tracks first-fit
///   in x order: a box goes on the first track whose last box ends before it
///   begins, so no two boxes share area and x stays exactly as computed.
/// - **Edges are light curves.** A citation is one cubic Bézier from the citing
///   document back to the cited one; one spanning more than a quarter of the
///   axis is flagged long and drawn thin and faint, and one touching the
///   selection's focus is flagged to be drawn strong.
/// - **Deterministic.** Nothing depends on hashing order or the order of the
///   input's nodes beyond their (date, symbol) order: the same subgraph gives
///   the same geometry.
public struct TimelineLayout: Sendable {
    public struct Options: Sendable, Hashable {
        public var fontSize: Double
        public var boxHeight: Double
        /// Vertical space between tracks, horizontal space between boxes on one track.
        public var trackGap: Double
        public var boxGap: Double
        /// Space above each lane for its name.
        public var laneHeader: Double
        public var laneGap: Double
        public var margin: Double
        /// The width of a year with no document, so empty stretches of time stay visible.
        public var minimumYearWidth: Double
        /// Room above the lanes for the axis and its year labels, and for a caption.
        public var axisHeight: Double
        /// The width over height the diagram aims at (a landscape page or screen).
        public var aspect: Double

        public init(fontSize: Double = 8, boxHeight: Double = 14, trackGap: Double = 4, boxGap: Double = 4,
                    laneHeader: Double = 18, laneGap: Double = 14, margin: Double = 16,
                    minimumYearWidth: Double = 10, axisHeight: Double = 44, aspect: Double = 1.8) {
            self.fontSize = fontSize
            self.boxHeight = boxHeight
            self.trackGap = trackGap
            self.boxGap = boxGap
            self.laneHeader = laneHeader
            self.laneGap = laneGap
            self.margin = margin
            self.minimumYearWidth = minimumYearWidth
            self.axisHeight = axisHeight
            self.aspect = aspect
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The lane a document goes in: its organ, as the diagram's colours show it.
    public static func laneName(_ node: CitationSubgraph.Node) -> String {
        switch DiagramStyle.NodeGroup(node.kind) {
        case .generalAssembly: "General Assembly"
        case .ecosoc: "Economic and Social Council"
        case .securityCouncil: "Security Council"
        case .otherResolution: "Human Rights Council and others"
        case .document: "Reports and other documents"
        case .unknown: "Unknown kind"
        }
    }

    /// How many tracks a lane may use in its busiest year: the year widths
    /// follow from it (a year holding more documents than that per lane gets
    /// more columns). Chosen so the whole diagram comes out close to `aspect`
    /// (width over height): few tracks make a long strip, many a tall tower.
    static func trackTarget(laneBusiest: [Int], slots: Int, aspect: Double, rowHeight: Double, laneHeader: Double,
                            totalWidth: (Int) -> Double) -> Int {
        let most = laneBusiest.max() ?? 0
        guard most > 1 else { return 1 }
        var best = 1
        var bestError = Double.infinity
        var t = 1
        while t <= most {
            let height = laneBusiest.reduce(0.0) { $0 + laneHeader + Double(min(t, $1)) * rowHeight }
            let error = abs(log(totalWidth(t) / height) - log(aspect))
            if error < bestError { (best, bestError) = (t, error) }
            // Every track count up to 64, then in steps of an eighth.
            t += max(1, t / 8)
        }
        return best
    }

    public func layout(_ graph: CitationSubgraph) -> TimelineGeometry {
        let n = graph.nodes.count
        let o = options
        let years = graph.nodes.map(DiagramOrder.year)
        let days = graph.nodes.map { Self.dayFraction($0.adopted) }
        let groups = graph.nodes.map { DiagramStyle.NodeGroup($0.kind) }
        let widths = graph.nodes.map { Self.boxWidth($0.symbol, fontSize: o.fontSize) }
        let laneGroups = DiagramStyle.NodeGroup.allCases.filter { Set(groups).contains($0) }
        let laneIndex = groups.map { g in laneGroups.firstIndex(of: g)! }
        let focus = Set(graph.focus.filter { $0 >= 0 && $0 < n })

        // The years of the axis: every year from the first to the last, then undated documents.
        let dated = years.compactMap { $0 }
        let firstYear = dated.min() ?? 0
        let lastYear = dated.max() ?? -1
        let yearCount = max(0, lastYear - firstYear + 1)
        let hasUndated = years.contains(nil)
        let slots = yearCount + (hasUndated ? 1 : 0)
        func slot(_ i: Int) -> Int { years[i].map { $0 - firstYear } ?? yearCount }

        // Rank of each document within its year, in (day, symbol) order.
        var members = Array(repeating: [Int](), count: slots)
        for i in 0..<n { members[slot(i)].append(i) }
        var within = Array(repeating: 0.5, count: n)
        var yearWidth = Array(repeating: o.minimumYearWidth, count: slots)
        var widest = Array(repeating: 0.0, count: slots)
        var busiest = Array(repeating: 0, count: slots)
        var laneBusiest = Array(repeating: 0, count: laneGroups.count)
        // Summed in sorted order: the same total whatever order the nodes come in.
        let meanWidth = n == 0 ? 60 : widths.sorted().reduce(0, +) / Double(n)
        for s in 0..<slots {
            members[s].sort { a, b in
                days[a] != days[b] ? days[a] < days[b] : SymbolOrder.less(graph.nodes[a].symbol, graph.nodes[b].symbol)
            }
            let count = members[s].count
            for (rank, i) in members[s].enumerated() {
                within[i] = s == yearCount ? (Double(rank) + 0.5) / Double(count)
                                           : 0.5 * days[i] + 0.5 * (Double(rank) + 0.5) / Double(count)
            }
            var perLane = Array(repeating: 0, count: laneGroups.count)
            for i in members[s] { perLane[laneIndex[i]] += 1 }
            for l in perLane.indices { laneBusiest[l] = max(laneBusiest[l], perLane[l]) }
            busiest[s] = perLane.max() ?? 0
            widest[s] = members[s].map { widths[$0] }.max() ?? 0
        }
        func width(_ s: Int, tracks: Int) -> Double {
            guard busiest[s] > 0 else { return o.minimumYearWidth }
            let columns = (Double(busiest[s]) / Double(tracks)).rounded(.up)
            return max(o.minimumYearWidth, widest[s] + 2 * o.boxGap, (meanWidth + o.boxGap) * columns + 2 * o.boxGap)
        }
        let tracks = Self.trackTarget(laneBusiest: laneBusiest, slots: slots, aspect: o.aspect, rowHeight: o.boxHeight + o.trackGap,
                                      laneHeader: o.laneHeader + o.laneGap) { t in (0..<slots).reduce(0.0) { $0 + width($1, tracks: t) } }
        for s in 0..<slots { yearWidth[s] = width(s, tracks: tracks) }
        let axisLeft = o.margin + 8
        var yearStart = Array(repeating: axisLeft, count: slots + 1)
        for s in 0..<slots { yearStart[s + 1] = yearStart[s] + yearWidth[s] }
        let axisRight = yearStart[slots]

        // x, then tracks first-fit per lane in x order.
        var centerX = Array(repeating: 0.0, count: n)
        for i in 0..<n {
            let s = slot(i)
            // Centres run over the part of the year where the widest box still
            // fits, so x grows with `within` whatever the boxes' widths.
            let inner = yearWidth[s] - widest[s] - 2 * o.boxGap
            centerX[i] = yearStart[s] + o.boxGap + widest[s] / 2 + within[i] * inner
        }
        var track = Array(repeating: 0, count: n)
        var laneTracks = Array(repeating: 0, count: laneGroups.count)
        var byLane = Array(repeating: [Int](), count: laneGroups.count)
        for i in 0..<n { byLane[laneIndex[i]].append(i) }
        for l in byLane.indices {
            let order = byLane[l].sorted { a, b in
                let (la, lb) = (centerX[a] - widths[a] / 2, centerX[b] - widths[b] / 2)
                return la != lb ? la < lb : SymbolOrder.less(graph.nodes[a].symbol, graph.nodes[b].symbol)
            }
            var ends: [Double] = []
            for i in order {
                let left = centerX[i] - widths[i] / 2
                var t = 0
                while t < ends.count && ends[t] + o.boxGap > left { t += 1 }
                if t == ends.count { ends.append(0) }
                ends[t] = centerX[i] + widths[i] / 2
                track[i] = t
            }
            laneTracks[l] = max(1, ends.count)
        }

        // Lanes stacked under the axis.
        var lanes: [TimelineGeometry.Lane] = []
        var top = o.margin + o.axisHeight
        let rowHeight = o.boxHeight + o.trackGap
        for (l, group) in laneGroups.enumerated() {
            let height = o.laneHeader + Double(laneTracks[l]) * rowHeight
            let name = Self.laneName(CitationSubgraph.Node(symbol: "", kind: Self.representative(group)))
            lanes.append(.init(name: name, top: top, height: height, tracks: laneTracks[l]))
            top += height + o.laneGap
        }
        let boxes = (0..<n).map { i in
            let lane = lanes[laneIndex[i]]
            let y = lane.top + o.laneHeader + Double(track[i]) * rowHeight + o.boxHeight / 2
            return TimelineGeometry.Box(center: .init(x: centerX[i], y: y), width: widths[i], height: o.boxHeight,
                                        lane: laneIndex[i], track: track[i])
        }

        let span = max(1, axisRight - axisLeft)
        let curves = graph.edges.map { edge in
            Self.curve(from: boxes[edge.from], to: boxes[edge.to], axisSpan: span, boxHeight: o.boxHeight,
                       isFocus: focus.contains(edge.from) || focus.contains(edge.to))
        }

        // Labels for the years that hold documents first, then every fifth year where there is room.
        let labelWidth = 34.0
        var labelled = Array(repeating: false, count: yearCount)
        var labelXs: [Double] = []
        func room(_ x: Double) -> Bool { labelXs.allSatisfy { abs($0 - x) >= labelWidth } }
        for s in 0..<yearCount where !members[s].isEmpty && room(yearStart[s]) {
            labelled[s] = true
            labelXs.append(yearStart[s])
        }
        for s in 0..<yearCount where !labelled[s] && ((firstYear + s) % 5 == 0 || s == 0) && room(yearStart[s]) {
            labelled[s] = true
            labelXs.append(yearStart[s])
        }
        let ticks = (0..<yearCount).map { s in
            TimelineGeometry.Tick(year: firstYear + s, x: yearStart[s], labelled: labelled[s])
        }
        return TimelineGeometry(boxes: boxes, curves: curves, lanes: lanes, ticks: ticks,
                                axisY: o.margin + o.axisHeight - 8,
                                undatedX: hasUndated ? yearStart[yearCount] : nil, focus: focus,
                                width: max(axisRight, curves.lazy.flatMap(\.points).map(\.x).max() ?? 0) + o.margin,
                                height: top - o.laneGap + o.margin)
    }

    static func representative(_ group: DiagramStyle.NodeGroup) -> CitationKind? {
        switch group {
        case .generalAssembly: .gaResolution
        case .ecosoc: .ecosocResolution
        case .securityCouncil: .scResolution
        case .otherResolution: .hrcResolution
        case .document: .document
        case .unknown: nil
        }
    }

    /// From the citing box's side facing the cited one, to the cited box's
    /// side facing back. Boxes on one track get an arc above the track, so the
    /// curve does not run through the boxes between them; others an S with
    /// horizontal ends, which keeps arrows readable where many converge.
    static func curve(from a: TimelineGeometry.Box, to b: TimelineGeometry.Box, axisSpan: Double,
                      boxHeight: Double, isFocus: Bool) -> TimelineGeometry.Curve {
        let leftward = a.center.x >= b.center.x
        let sameRow = abs(a.center.y - b.center.y) < boxHeight / 2
        // Boxes that stand over one another (a document citing one of the
        // same days, in another lane) are joined by an arc out to the right,
        // wider the further apart they are, so arcs nest instead of running
        // through the boxes between them.
        if !sameRow && b.maxX > a.minX - boxHeight && a.maxX > b.minX - boxHeight {
            let start = TimelineGeometry.Point(x: a.maxX, y: a.center.y)
            let end = TimelineGeometry.Point(x: b.maxX, y: b.center.y)
            let bulge = min(12 + abs(end.y - start.y) * 0.12, 90)
            let right = max(start.x, end.x) + bulge
            return .init(points: [start, .init(x: right, y: start.y), .init(x: right, y: end.y), end],
                         isLong: false, isFocus: isFocus)
        }
        let start = TimelineGeometry.Point(x: leftward ? a.minX : a.maxX, y: a.center.y)
        let end = TimelineGeometry.Point(x: leftward ? b.maxX : b.minX, y: b.center.y)
        let dx = abs(start.x - end.x)
        let sign: Double = leftward ? -1 : 1
        let points: [TimelineGeometry.Point]
        if sameRow {
            let bow = min(max(dx * 0.18, boxHeight * 0.8), 140)
            points = [start, .init(x: start.x + sign * dx * 0.25, y: start.y - bow),
                      .init(x: end.x - sign * dx * 0.25, y: end.y - bow), end]
        } else {
            let pull = max(dx * 0.5, boxHeight)
            points = [start, .init(x: start.x + sign * pull, y: start.y), .init(x: end.x - sign * pull, y: end.y), end]
        }
        return .init(points: points, isLong: dx > axisSpan / 4, isFocus: isFocus)
    }

    /// Where in its year a date falls, 0 at 1 January and close to 1 at
    /// 31 December; the middle of the year when only the year is known.
    static func dayFraction(_ adopted: String?) -> Double {
        guard let adopted, adopted.count == 10 else { return 0.5 }
        let parts = adopted.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return 0.5 }
        let before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1]
        return (Double(before + day) - 0.5) / 366
    }

    /// The box that holds `symbol` at `fontSize` in Helvetica, from the font's
    /// advance widths (estimated per character class), with padding. Graphviz
    /// draws the box this size, so it must not be smaller than the text.
    public static func boxWidth(_ symbol: String, fontSize: Double) -> Double {
        // Bold (the focus) is up to 8% wider than regular Helvetica.
        textWidth(symbol, fontSize: fontSize) * 1.08 + fontSize * 1.2
    }

    public static func textWidth(_ text: String, fontSize: Double) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": em += 0.556
            case "I": em += 0.278
            case "M", "W": em += 0.833
            case "A"..."Z": em += 0.722
            case "i", "j", "l": em += 0.222
            case "m", "w": em += 0.833
            case "f", "t", "r": em += 0.333
            case "a"..."z": em += 0.556
            case "/", ".", " ", ",", ":", ";": em += 0.278
            case "(", ")", "-", "[", "]": em += 0.333
            case "_": em += 0.556
            default: em += scalar.value < 0x80 ? 0.584 : 1.0
            }
        }
        return em * fontSize
    }
}

/// Document symbols in the order a reader expects: numbers compared as
/// numbers, so S/RES/9 comes before S/RES/10.
public enum SymbolOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        var i = a.unicodeScalars.makeIterator()
        var j = b.unicodeScalars.makeIterator()
        var x = i.next()
        var y = j.next()
        while let p = x, let q = y {
            if p.properties.numericType != nil, ("0"..."9").contains(p), ("0"..."9").contains(q) {
                var m: UInt64 = 0, k: UInt64 = 0
                var pp: Unicode.Scalar? = p, qq: Unicode.Scalar? = q
                while let c = pp, ("0"..."9").contains(c) { m = m &* 10 &+ UInt64(c.value - 48); pp = i.next() }
                while let c = qq, ("0"..."9").contains(c) { k = k &* 10 &+ UInt64(c.value - 48); qq = j.next() }
                if m != k { return m < k }
                x = pp
                y = qq
                continue
            }
            if p != q { return p.value < q.value }
            x = i.next()
            y = j.next()
        }
        if x == nil && y == nil { return a < b }
        return x == nil
    }
}

/// Where everything of a timeline diagram goes, in points, with y growing
/// downwards (as in SVG and HTML). Computed once by `TimelineLayout` and
/// shared by every picture of it — Graphviz's pinned-position rendering and
/// the interactive HTML view — so both show the same diagram.
public struct TimelineGeometry: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A document's box: its centre and size.
    public struct Box: Sendable, Hashable {
        public var center: Point
        public var width: Double
        public var height: Double
        /// The lane (index into `lanes`) and the track within it, top track 0.
        public var lane: Int
        public var track: Int

        public var minX: Double { center.x - width / 2 }
        public var maxX: Double { center.x + width / 2 }
        public var minY: Double { center.y - height / 2 }
        public var maxY: Double { center.y + height / 2 }

        /// Whether the two boxes share any area (touching edges do not count).
        public func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    /// A horizontal band of documents of one organ or series.
    public struct Lane: Sendable, Hashable {
        public var name: String
        public var top: Double
        public var height: Double
        public var tracks: Int
    }

    /// A year on the time axis: where it starts, and whether it is labelled
    /// (narrow years of an empty stretch carry a tick without a label).
    public struct Tick: Sendable, Hashable {
        public var year: Int
        public var x: Double
        public var labelled: Bool
    }

    /// An edge drawn as one cubic Bézier curve from the citing document to the cited one.
    public struct Curve: Sendable, Hashable {
        /// Start, two control points, end (at the cited box's border).
        public var points: [Point]
        /// Spans more than a quarter of the axis: drawn thin and light so the
        /// short, local citations stay readable under them.
        public var isLong: Bool
        /// Touches a focus document of the selection.
        public var isFocus: Bool
    }

    /// One per node of the subgraph, in its order.
    public var boxes: [Box]
    /// One per edge of the subgraph, in its order.
    public var curves: [Curve]
    public var lanes: [Lane]
    public var ticks: [Tick]
    /// Where the axis line runs (above the first lane) and where the year band of undated documents starts, if any.
    public var axisY: Double
    public var undatedX: Double?
    /// The focus documents of the selection, emphasised (node indices).
    public var focus: Set<Int>
    public var width: Double
    public var height: Double
}

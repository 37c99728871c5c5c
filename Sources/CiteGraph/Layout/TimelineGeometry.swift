/// Where everything of a timeline diagram goes, in points, with y growing
/// downwards (as in SVG and HTML). Computed once by `TimelineLayout` and
/// shared by every picture of it — Graphviz's pinned-position rendering and
/// the interactive HTML view — so both show the same diagram.
public struct TimelineGeometry: Sendable, Hashable {
    /// A position in points, y growing downwards as in SVG.
    public struct Point: Sendable, Hashable {
        /// Points from the left edge.
        public var x: Double
        /// Points from the top edge.
        public var y: Double

        /// A point.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A document's box: its centre and size.
    public struct Box: Sendable, Hashable {
        /// The box's centre, where Graphviz pins the node.
        public var center: Point
        /// Wide enough for the symbol in bold, so the focus never overflows its box.
        public var width: Double
        /// The box's height, one track.
        public var height: Double
        /// The lane (index into `lanes`) and the track within it, top track 0.
        public var lane: Int
        /// The track within the lane, top track 0.
        public var track: Int

        /// The left edge.
        public var minX: Double { center.x - width / 2 }
        /// The right edge.
        public var maxX: Double { center.x + width / 2 }
        /// The top edge.
        public var minY: Double { center.y - height / 2 }
        /// The bottom edge.
        public var maxY: Double { center.y + height / 2 }

        /// Whether the two boxes share any area (touching edges do not count).
        public func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    /// A horizontal band of documents of one organ or series.
    public struct Lane: Sendable, Hashable {
        /// The lane's name, drawn above it (the organ).
        public var name: String
        /// Where the lane starts.
        public var top: Double
        /// The lane's height, all its tracks.
        public var height: Double
        /// How many tracks documents of the same dates needed to stay apart.
        public var tracks: Int
    }

    /// A year on the time axis: where it starts, and whether it is labelled
    /// (narrow years of an empty stretch carry a tick without a label).
    public struct Tick: Sendable, Hashable {
        /// The year.
        public var year: Int
        /// Where the year starts on the axis.
        public var x: Double
        /// Whether the year is labelled; narrow years of an empty stretch only carry a tick.
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
    /// The lanes, top to bottom.
    public var lanes: [Lane]
    /// The years of the axis, oldest first.
    public var ticks: [Tick]
    /// Where the axis line runs (above the first lane) and where the year band of undated documents starts, if any.
    public var axisY: Double
    /// Where the band of undated documents starts, right of the last year; `nil` when every document is dated.
    public var undatedX: Double?
    /// The focus documents of the selection, emphasised (node indices).
    public var focus: Set<Int>
    /// The diagram's width, margins included.
    public var width: Double
    /// The diagram's height, margins included.
    public var height: Double
}

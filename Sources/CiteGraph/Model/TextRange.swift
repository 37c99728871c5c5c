/// A span of a document's text, in Unicode scalar offsets from the start of the
/// decoded text (the unit Python's `str` and most JSON consumers index by).
public struct TextRange: Hashable, Sendable, Codable {
    /// The first scalar's offset.
    public var start: Int
    /// The offset just past the last scalar.
    public var end: Int

    /// A half-open range of scalar offsets.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

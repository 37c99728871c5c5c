/// A span of a document's text, in Unicode scalar offsets from the start of the
/// decoded text (the unit Python's `str` and most JSON consumers index by).
public struct TextRange: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// The top-level object of `citegraph extract --format json`: `{"documents": [...]}`.
public struct ExtractionReport: Codable, Sendable, Hashable {
    /// The documents in the order they were read, so a report diffs cleanly against the last one.
    public var documents: [ExtractedDocument]

    /// A report of these documents, in this order.
    public init(documents: [ExtractedDocument]) {
        self.documents = documents
    }
}

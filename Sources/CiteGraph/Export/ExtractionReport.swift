/// The top-level object of `citegraph extract --format json`: `{"documents": [...]}`.
public struct ExtractionReport: Codable, Sendable, Hashable {
    public var documents: [ExtractedDocument]

    public init(documents: [ExtractedDocument]) {
        self.documents = documents
    }
}

/// Finds every citation in a document's text.
///
/// PLACEHOLDER while the skeleton is laid: returns no citations. Replaced by the real extractor.
public struct CitationExtractor: Sendable {
    public init() {}

    public func extract(_ document: DocumentText) -> ExtractedDocument {
        ExtractedDocument(source: document.source)
    }
}

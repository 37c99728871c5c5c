extension ExtractedDocument {
    /// What a user should hear about a document that was read but not understood
    /// as a UN document: a README or a table in a corpus folder becomes a node
    /// named by its path, and that should never happen silently.
    public var warnings: [String] {
        (symbol == nil ? ["\(source): no UN document symbol found (is it a resolution?); it is named by its path"] : [])
            + notes.map { "\(source): \($0)" }
    }
}

extension ExtractedDocument {
    /// What a user should hear about a document that was read but not understood
    /// as a UN document: a README or a table in a corpus folder becomes a node
    /// named by its path, and that should never happen silently.
    public var warnings: [String] {
        var out = symbol == nil ? ["\(source): no UN document symbol found (is it a resolution?); it is named by its path"] : []
        // A link the words contradict is a lead for a person: either the editors or the extractor erred.
        for c in linkConflicts {
            out.append("\(source): \(c.location): the UN links \"\(c.text)\" to \(c.linked), the text reads \(c.read.joined(separator: ", ")); the text's reading is kept")
        }
        out += notes.map { "\(source): \($0)" }
        return out
    }
}

/// The format a document's text came in; extraction adapts its footnote and
/// page-furniture rules to it.
public enum DocumentFormat: String, Sendable, Codable {
    case plainText = "text"
    case markdown
    case pdf
    /// Akoma Ntoso (AKN4UN) XML, written as text by `AKNReader`.
    case akn
}

/// A document's text, decoded and ready for extraction.
///
/// Every reader (plain text, Markdown, PDF) produces this one shape. A PDF reader
/// that knows the page layout writes footnote markers as `[^n]` and the notes as
/// `[^n]: ...` lines at the end, the Markdown convention the extractor already reads.
public struct DocumentText: Sendable, Hashable {
    /// The path (or other name) the text was read from.
    public var source: String
    public var text: String
    public var format: DocumentFormat
    /// Things the reader had to guess or repair ("not UTF-8: read as Windows-1252").
    public var warnings: [String]
    /// What the file's markup states beyond the words (identity, paragraph structure,
    /// the editors' links); nil for formats that have none.
    public var markup: DocumentMarkup?

    public init(source: String, text: String, format: DocumentFormat, warnings: [String] = [],
                markup: DocumentMarkup? = nil) {
        self.source = source
        self.text = text
        self.format = format
        self.warnings = warnings
        self.markup = markup
    }
}

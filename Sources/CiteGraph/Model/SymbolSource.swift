/// Where a document's own symbol was read from, most trusted first.
///
/// A symbol taken from a file name is a guess about the file, not a fact the text
/// states; keeping the source lets a user (and the graph) tell the two apart.
public enum SymbolSource: String, Hashable, Sendable, Codable {
    /// The format's own metadata: ODS markers, the AKN FRBR identification.
    case markup
    /// The text itself: the title line, the heading, the masthead.
    case text
    /// The file's name ("S_RES_0687_1991.txt"), the last resort.
    case fileName = "file-name"
}

import Foundation

/// Reads one kind of file into a `DocumentText`.
///
/// Readers are values registered with a `CorpusReader`, so that a reader with a
/// C dependency (PDF through poppler) can live in its own target and the core
/// library stays usable without it.
public protocol DocumentReader: Sendable {
    /// File name extensions (lower case, no dot) this reader handles.
    var extensions: Set<String> { get }
    /// The file's text, or a `ReadError` naming the file and the problem: a reader
    /// never crashes on bad input, so one bad file cannot stop a batch.
    func read(_ url: URL) throws(ReadError) -> DocumentText
}

/// Reads `.txt` and `.md` files.
public struct TextFileReader: DocumentReader {
    /// A reader holds no state, so one serves a whole corpus.
    public init() {}

    /// The extensions read as text; Markdown is text with footnotes the extractor reads.
    public var extensions: Set<String> { ["txt", "md", "markdown", "text"] }

    /// The decoded text of the file, with a warning for each repair, or the reason it cannot be read.
    public func read(_ url: URL) throws(ReadError) -> DocumentText {
        let path = url.relativePath
        let bytes: [UInt8]
        if let read = FileBytes.read(url, relativePath: path) {
            bytes = read
        } else {
            do {
                bytes = [UInt8](try Data(contentsOf: url, options: .mappedIfSafe))
            } catch {
                throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
        }
        let decoded = try TextDecoding.decode(bytes, path: path)
        let ext = FileExtension.of(url)
        let format: DocumentFormat = (ext == "md" || ext == "markdown") ? .markdown : .plainText
        return DocumentText(source: path, text: decoded.text, format: format, warnings: decoded.warnings)
    }
}

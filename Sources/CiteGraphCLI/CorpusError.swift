import Foundation

/// Inputs that gave no document at all, though none of them failed (an empty
/// directory, or one without a file any reader takes): said in one line, because
/// an empty answer with status 0 would look like a corpus without citations.
enum CorpusError: Error, LocalizedError {
    case emptyCorpus(paths: [String])
    case nothingToExtract(paths: [String], extensions: Set<String>)

    var errorDescription: String? {
        switch self {
        case .emptyCorpus(let paths):
            "no document could be read from \(paths.joined(separator: ", ")); the corpus is empty, nothing to query"
        case .nothingToExtract(let paths, let extensions):
            "no document (\(extensions.sorted().map { "." + $0 }.joined(separator: ", "))) in \(paths.joined(separator: ", ")); nothing to extract"
        }
    }
}

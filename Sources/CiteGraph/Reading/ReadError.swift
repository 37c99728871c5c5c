import Foundation

/// Why a document could not be read. Each message names the file, so that one
/// line on stderr is enough for a user to find and fix the input.
public enum ReadError: Error, LocalizedError, Hashable, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case empty(path: String)
    case unsupportedFormat(path: String)
    case undecodable(path: String, reason: String)
    case pdf(path: String, reason: String)
    /// A `.json` input that is not what `citegraph extract --format json` writes.
    case notAReport(path: String, reason: String)
    /// An `.xml` input that is not well-formed; `line` is where the parser stopped.
    case malformedXML(path: String, line: Int, reason: String)
    /// Well-formed XML that is not an Akoma Ntoso document.
    case notAkomaNtoso(path: String, reason: String)
    /// A directory named as an input that holds no document of a known type.
    case noDocuments(path: String, extensions: [String])

    public var path: String {
        switch self {
        case .notFound(let p), .unreadable(let p, _), .binary(let p), .empty(let p),
             .unsupportedFormat(let p), .undecodable(let p, _), .pdf(let p, _),
             .notAReport(let p, _), .malformedXML(let p, _, _), .notAkomaNtoso(let p, _),
             .noDocuments(let p, _):
            p
        }
    }

    public var errorDescription: String? {
        switch self {
        case .notFound(let p): "\(p): no such file or directory"
        case .unreadable(let p, let reason): "\(p): cannot be read (\(reason))"
        case .binary(let p): "\(p): binary data, not a text document"
        case .empty(let p): "\(p): empty file, nothing to extract"
        case .unsupportedFormat(let p): "\(p): unsupported file type (expected .txt, .text, .md, .markdown, .pdf or .xml)"
        case .undecodable(let p, let reason): "\(p): text cannot be decoded (\(reason))"
        case .pdf(let p, let reason): "\(p): \(reason)"
        case .notAReport(let p, let reason): "\(p): not a citegraph extraction report (\(reason))"
        case .malformedXML(let p, let line, let reason): "\(p):\(line): not well-formed XML (\(reason))"
        case .notAkomaNtoso(let p, let reason): "\(p): not an Akoma Ntoso document (\(reason))"
        case .noDocuments(let p, let extensions):
            "\(p): directory with no document (\(extensions.sorted().map { "." + $0 }.joined(separator: ", ")))"
        }
    }
}

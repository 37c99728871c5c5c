import CiteGraphRendering
import Foundation

/// The ways `render` refuses its arguments, each as one line naming the problem.
enum RenderCommandError: Error, LocalizedError {
    case unknownFormat(String)
    case formatNotInferable(String)
    case badRankdir(String)
    case directoryMissing(path: String, directory: String)
    case notWritable(path: String, directory: String)
    case isDirectory(String)
    case csvToStandardOutput
    case binaryToTerminal(String)
    case emptySelection(String)
    case writeFailed(path: String, reason: String)
    case optionNotForFormat(option: String, format: String, formats: String)

    var errorDescription: String? {
        switch self {
        case .unknownFormat(let format):
            "unknown format '\(format)'; use one of \(Self.formats)"
        case .formatNotInferable(let path):
            "cannot tell the format from '\(path)'; give --format (\(Self.formats)) or a file extension"
        case .badRankdir(let value):
            "unknown --rankdir '\(value)'; use TB (older at the top) or LR (older at the left)"
        case .directoryMissing(let path, let directory):
            "cannot write \(path): directory \(directory) does not exist"
        case .notWritable(let path, let directory):
            "cannot write \(path): directory \(directory) is not writable"
        case .isDirectory(let path):
            "cannot write \(path): it is a directory (only --format csv writes into a directory)"
        case .csvToStandardOutput:
            "csv writes two files (nodes and edges); give -o a directory or a file name, not '-'"
        case .binaryToTerminal(let format):
            "not writing \(format) to a terminal; redirect standard output or give -o a file"
        case .emptySelection(let what):
            "nothing to draw: \(what)"
        case .writeFailed(let path, let reason):
            "cannot write \(path): \(reason)"
        case .optionNotForFormat(let option, let format, let formats):
            "\(option) has no effect on \(format) output; it applies to \(formats)"
        }
    }

    /// From the format type itself, so a new format cannot be missing from the message.
    private static var formats: String { ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") }
}

import Foundation

/// Collects the warnings of a run and prints them the way `DiagnosticOptions`
/// asks: by default one line per kind with a count, so that 344 texts with the
/// same problem are one line rather than a screenful that hides an error.
///
/// A kind is the message without the file it names and with its numbers
/// blanked ("3 NUL bytes removed" and "1 NUL byte removed" are one kind).
/// The line of a kind is its first warning, then how many more there are.
/// Every reader's warning starts with the path it is about and ": ".
struct WarningLog {
    enum Mode { case summary, verbose, quiet }

    let mode: Mode
    private var kinds: [String] = []
    private var byKind: [String: [(path: String?, message: String)]] = [:]
    private var skipped: [String] = []

    init(mode: Mode) { self.mode = mode }

    mutating func warn(_ warning: String) {
        switch mode {
        case .quiet: return
        case .verbose: Diagnostics.warn(warning)
        case .summary:
            let (path, message) = Self.split(warning)
            let kind = Self.kind(message)
            if byKind[kind] == nil { kinds.append(kind) }
            byKind[kind, default: []].append((path, message))
        }
    }

    /// A file a folder walk left out because it is not a UN document.
    mutating func skip(_ path: String) {
        switch mode {
        case .quiet: return
        case .verbose: Diagnostics.note("skipped \(path): not a UN document (no symbol in its text or its name)")
        case .summary: skipped.append(path)
        }
    }

    /// Prints the summary lines; call once, when the inputs have been read.
    mutating func finish() {
        defer { kinds = []; byKind = [:]; skipped = [] }
        guard mode == .summary else { return }
        for kind in kinds {
            let items = byKind[kind]!
            let first = items[0].path.map { "\($0): \(items[0].message)" } ?? items[0].message
            if items.count == 1 {
                Diagnostics.warn(first)
            } else {
                Diagnostics.warn("\(first) (and \(items.count - 1) more like it; --verbose lists each)")
            }
        }
        if !skipped.isEmpty {
            let shown = skipped.prefix(3).joined(separator: ", ") + (skipped.count > 3 ? ", ..." : "")
            let what = skipped.count == 1 ? "1 file found in folders that is not a UN document"
                                          : "\(skipped.count) files found in folders that are not UN documents"
            Diagnostics.note("skipped \(what) (no symbol in the text or the name): \(shown); "
                + "name a file to read it anyway")
        }
    }

    /// The path a warning is about (the longest leading part before ": " that
    /// exists on disk) and the rest of the message.
    static func split(_ warning: String) -> (path: String?, message: String) {
        var found: (String, String)?
        var search = warning.startIndex..<warning.endIndex
        while let colon = warning.range(of: ": ", range: search) {
            let prefix = String(warning[..<colon.lowerBound])
            if FileManager.default.fileExists(atPath: prefix) { found = (prefix, String(warning[colon.upperBound...])) }
            search = colon.upperBound..<warning.endIndex
        }
        return found.map { ($0.0, $0.1) } ?? (nil, warning)
    }

    /// The message with what varies from one instance to the next blanked:
    /// quoted text (the damaged print that was read), runs of digits, and the
    /// plural endings of the counted words.
    static func kind(_ message: String) -> String {
        var out = ""
        var inDigits = false
        var inQuote = false
        for c in message {
            if c == "\"" {
                inQuote.toggle()
                if inQuote { out.append("\"…\"") }
                inDigits = false
            } else if inQuote {
                continue
            } else if c.isASCII && c.isNumber {
                if !inDigits { out.append("#") }
                inDigits = true
            } else {
                out.append(c)
                inDigits = false
            }
        }
        return out.replacingOccurrences(of: "s ", with: " ")
    }
}

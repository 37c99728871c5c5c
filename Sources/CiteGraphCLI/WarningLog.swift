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
    /// Each kind's first warning and how many there were: what the summary prints, and all a
    /// run keeps, so that the log's memory does not grow with the corpus.
    private var byKind: [String: (first: (path: String?, message: String), count: Int)] = [:]
    private var skipped: [String] = []

    init(mode: Mode) { self.mode = mode }

    mutating func warn(_ warning: String) {
        switch mode {
        case .quiet: return
        case .verbose: Diagnostics.warn(warning)
        case .summary:
            let (path, message) = Self.split(warning)
            let kind = Self.kind(message)
            if let seen = byKind[kind] {
                byKind[kind] = (seen.first, seen.count + 1)
            } else {
                kinds.append(kind)
                byKind[kind] = ((path, message), 1)
            }
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
            let (item, count) = byKind[kind]!
            let first = item.path.map { "\($0): \(item.message)" } ?? item.message
            if count == 1 {
                Diagnostics.warn(first)
            } else {
                Diagnostics.warn("\(first) (and \(count - 1) more like it; --verbose lists each)")
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
        message.utf8.allSatisfy({ $0 < 0x80 }) ? asciiKind(message) : kindByCharacters(message)
    }

    /// `kind`, read by `Character`: what a message with other than ASCII needs.
    static func kindByCharacters(_ message: String) -> String {
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
        return withoutPlurals(Array(out.utf8))
    }

    /// The bytes with each "s" before a space dropped ("3 NUL bytes removed" and "1 NUL byte
    /// removed" are one kind), byte for byte: Foundation's `replacingOccurrences` bridged each
    /// message to NSString, 80 µs a warning.
    private static func withoutPlurals(_ utf8: [UInt8]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for (i, byte) in utf8.enumerated() where !(byte == UInt8(ascii: "s") && i + 1 < utf8.count && utf8[i + 1] == UInt8(ascii: " ")) {
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `kind` of an ASCII message, byte by byte: every character of it is one byte ("\r\n"
    /// aside, which both readings copy), and reading it by `Character` was 5% of a first
    /// `index` run's last second (9,000 warnings).
    static func asciiKind(_ message: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(message.utf8.count)
        var inDigits = false, inQuote = false
        for byte in message.utf8 {
            if byte == UInt8(ascii: "\"") {
                inQuote.toggle()
                if inQuote { out += Array("\"…\"".utf8) }
                inDigits = false
            } else if inQuote {
                continue
            } else if (0x30...0x39).contains(byte) {
                if !inDigits { out.append(UInt8(ascii: "#")) }
                inDigits = true
            } else {
                out.append(byte)
                inDigits = false
            }
        }
        return withoutPlurals(out)
    }
}

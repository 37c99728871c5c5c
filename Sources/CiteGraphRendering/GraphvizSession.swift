internal import CGraphviz
import Foundation

/// The process's one Graphviz context, and the lock every Graphviz call runs under.
///
/// libgvc and libcgraph keep global state (the error buffer, the current
/// graph discipline, plugin tables) and are not thread-safe, so all access goes
/// through `withLock`. The context is created once, on first use, because
/// loading the plugin configuration costs more than laying out a small graph.
final class GraphvizSession: @unchecked Sendable {
    static let shared = GraphvizSession()

    private let lock = NSLock()
    /// Only touched under `lock`.
    private var context: OpaquePointer?

    private init() {}

    /// Runs `body` with exclusive access to Graphviz and its context; the
    /// messages Graphviz reported meanwhile are collected instead of printed
    /// and handed to `body` through the `GraphvizMessages` it receives.
    /// `body` also receives Graphviz's functions (`GraphvizLibrary`), opened on first use.
    func withLock<T>(_ body: (OpaquePointer, GraphvizMessages, CGGraphvizAPI) throws(RenderError) -> T) throws(RenderError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let gv = try GraphvizLibrary.api()
        let previous = gv.agseterrf!(collectGraphvizMessage)
        defer { _ = gv.agseterrf!(previous) }
        collectedMessages = ""
        _ = gv.agreseterrors!()
        defer { collectedMessages = "" }
        let capture = StandardErrorCapture()
        defer { capture?.restore() }
        let messages = GraphvizMessages(capture: capture)
        if context == nil {
            context = gv.gvContext!()
            guard context != nil else {
                throw .unavailable(messages.text ?? "gvContext() returned no context")
            }
        }
        return try body(context!, messages, gv)
    }
}

/// Some Graphviz plugins bypass its error callback and `fprintf` to stderr
/// (the cairo renderer's "graph is too large for cairo-renderer bitmaps").
/// While Graphviz runs, file descriptor 2 points at a temporary file instead,
/// so those lines become part of the Swift error or warnings too.
final class StandardErrorCapture {
    private let saved: Int32
    private let file: UnsafeMutablePointer<FILE>

    init?() {
        fflush(nil)
        guard let file = tmpfile() else { return nil }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(fileno(file), STDERR_FILENO) >= 0 else {
            if saved >= 0 { close(saved) }
            fclose(file)
            return nil
        }
        self.saved = saved
        self.file = file
    }

    /// Everything written to stderr since the capture began.
    var text: String {
        fflush(nil)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var offset: off_t = 0
        while true {
            let n = pread(fileno(file), &buffer, buffer.count, offset)
            if n <= 0 { break }
            bytes += buffer[0..<n]
            offset += off_t(n)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func restore() {
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        fclose(file)
    }
}

/// What Graphviz has reported since the lock was taken. Valid only inside `withLock`.
struct GraphvizMessages {
    let capture: StandardErrorCapture?

    /// The messages, one per line, with Graphviz's "Error:"/"Warning:" prefixes
    /// trimmed; `nil` when there were none.
    var text: String? {
        let lines = (collectedMessages + (capture?.text ?? ""))
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .map { line -> String in
                for prefix in ["Error: ", "Warning: ", "(null): "] where line.hasPrefix(prefix) {
                    return String(line.dropFirst(prefix.count))
                }
                return line
            }
            .filter { !$0.isEmpty }
        return lines.isEmpty ? nil : lines.joined(separator: "; ")
    }
}

/// Graphviz's messages since the lock was taken. A C callback cannot capture
/// context, so this is a global; it is read and written only under the
/// session's lock, which is why the unchecked access is sound.
nonisolated(unsafe) private var collectedMessages = ""

/// Installed with `agseterrf` while Graphviz runs, so that its errors and
/// warnings become part of the Swift error instead of lines on stderr.
private func collectGraphvizMessage(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let message else { return 0 }
    collectedMessages += String(cString: message)
    return 0
}

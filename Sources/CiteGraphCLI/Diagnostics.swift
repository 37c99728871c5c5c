import Foundation

/// One line per problem on stderr, prefixed with the program's name.
enum Diagnostics {
    static func error(_ error: any Error) {
        write("citegraph: error: \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
    }

    /// An argument the command cannot take, with the help command that explains them.
    static func usage(_ message: String) {
        write("citegraph: error: \(message) (see --help)")
    }

    static func warn(_ message: String) {
        write("citegraph: warning: \(message)")
    }

    static func note(_ message: String) {
        write("citegraph: \(message)")
    }

    /// One line whatever the message holds: a file name or a library's message
    /// with a line break in it would otherwise split one problem over two lines,
    /// and a reader of stderr would count two. Breaks are shown escaped, so the
    /// file can still be found by the name printed.
    private static func write(_ message: String) {
        let line = message.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
        // Not FileHandle.write, which traps when stderr cannot be written (a full
        // disk, a closed pipe); a message that cannot be shown is dropped, and the
        // exit status still tells.
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = Foundation.write(STDERR_FILENO, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                done += n
            }
        }
    }
}

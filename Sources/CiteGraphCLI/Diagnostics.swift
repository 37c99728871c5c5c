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
        // A message that cannot be shown (stderr full or closed) is dropped; the exit status still tells.
        _ = FileDescriptorOutput.write(Array((line + "\n").utf8), to: STDERR_FILENO)
    }
}

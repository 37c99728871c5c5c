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
        // Byte for byte: Foundation's `replacingOccurrences` bridged every message to NSString.
        var line: [UInt8] = []
        line.reserveCapacity(message.utf8.count + 1)
        for byte in message.utf8 {
            switch byte {
            case UInt8(ascii: "\r"): line += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\n"): line += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            default: line.append(byte)
            }
        }
        line.append(UInt8(ascii: "\n"))
        // A message that cannot be shown (stderr full or closed) is dropped; the exit status still tells.
        _ = FileDescriptorOutput.write(line, to: STDERR_FILENO)
    }
}

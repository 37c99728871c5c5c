import Foundation

/// One line per problem on stderr, prefixed with the program's name.
enum Diagnostics {
    static func error(_ error: any Error) {
        write("citegraph: error: \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
    }

    /// An argument the command cannot take, with the help command that explains them.
    static func usage(_ message: String) {
        let line = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        write("citegraph: error: \(line) (see --help)")
    }

    static func warn(_ message: String) {
        write("citegraph: warning: \(message)")
    }

    static func note(_ message: String) {
        write("citegraph: \(message)")
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

import Foundation

/// One line per problem on stderr, prefixed with the program's name.
enum Diagnostics {
    static func error(_ error: any Error) {
        write("citegraph: error: \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
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

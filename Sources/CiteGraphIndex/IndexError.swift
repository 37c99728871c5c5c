import Foundation

/// Why an index could not be opened, written or read. Every message names the
/// database file, so that one line on stderr is enough to find it.
public enum IndexError: Error, LocalizedError, Hashable, Sendable {
    case cannotOpen(path: String, reason: String)
    /// The file is not a citegraph index: another application's database, or no database at all.
    case notAnIndex(path: String, reason: String)
    /// A citegraph index written by a newer version, whose tables this one does not know.
    case unsupportedVersion(path: String, found: Int, supported: Int)
    /// The file is damaged (SQLite's integrity check or a snapshot that does not decode).
    case corrupt(path: String, reason: String)
    /// An index that was never completed: no graph has been stored yet.
    case empty(path: String)
    case missing(path: String)
    case sqlite(path: String, code: Int32, message: String)

    public var path: String {
        switch self {
        case .cannotOpen(let p, _), .notAnIndex(let p, _), .unsupportedVersion(let p, _, _),
             .corrupt(let p, _), .empty(let p), .missing(let p), .sqlite(let p, _, _):
            p
        }
    }

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let p, let reason): "\(p): cannot open the index (\(reason))"
        case .notAnIndex(let p, let reason): "\(p): not a citegraph index (\(reason)); give another --db file, or delete this one to build a new index"
        case .unsupportedVersion(let p, let found, let supported):
            "\(p): index format \(found) is newer than this citegraph reads (\(supported)); rebuild it with `citegraph index --rebuild`"
        case .corrupt(let p, let reason): "\(p): the index is damaged (\(reason)); rebuild it with `citegraph index --rebuild`"
        case .empty(let p): "\(p): the index holds no graph yet; run `citegraph index PATH... --db \(p)` first"
        case .missing(let p): "\(p): no such index; build it with `citegraph index PATH... --db \(p)`"
        case .sqlite(let p, let code, let message): "\(p): SQLite error \(code): \(message)"
        }
    }
}

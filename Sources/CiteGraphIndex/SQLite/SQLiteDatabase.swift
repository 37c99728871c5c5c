import CSQLite
import Foundation

/// One SQLite connection: the few calls the index needs, each failure raised as
/// an `IndexError` that names the database file.
///
/// A connection is used by one task at a time (the index's single writer, or a
/// query); SQLite's own locking keeps readers and the writer of other
/// processes apart, and WAL lets them run at the same time.
final class SQLiteDatabase {
    let path: String
    private(set) var handle: OpaquePointer?
    private var cache: [String: SQLiteStatement] = [:]

    /// Opens (`create`: creating when missing) the file at `path`.
    init(path: String, readOnly: Bool, create: Bool) throws(IndexError) {
        self.path = path
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        flags |= SQLITE_OPEN_NOMUTEX
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        if rc != SQLITE_OK {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(db)
            throw .cannotOpen(path: path, reason: message)
        }
        handle = db
        // A writer holding the lock for a batch should make a reader wait, not fail.
        sqlite3_busy_timeout(db, 10_000)
    }

    deinit { close() }

    func close() {
        cache.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    var lastMessage: String { handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed" }

    /// Runs statements that return no rows.
    func execute(_ sql: String) throws(IndexError) {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(message)
            throw IndexError.sqlite(path: path, code: rc, message: text)
        }
    }

    /// A prepared statement, kept for reuse: the writer runs the same few
    /// statements millions of times.
    func statement(_ sql: String) throws(IndexError) -> SQLiteStatement {
        if let cached = cache[sql] {
            cached.reset()
            return cached
        }
        let statement = try SQLiteStatement(self, sql)
        cache[sql] = statement
        return statement
    }

    /// Runs `sql` with `arguments` and returns nothing.
    func run(_ sql: String, _ arguments: SQLiteValue...) throws(IndexError) {
        let s = try statement(sql)
        try s.bind(arguments)
        while try s.step() {}
    }

    /// The first column of the first row, or nil when there is no row.
    func scalar(_ sql: String, _ arguments: SQLiteValue...) throws(IndexError) -> SQLiteValue? {
        let s = try statement(sql)
        try s.bind(arguments)
        guard try s.step() else { return nil }
        let value = s.value(0)
        // A statement left on a row holds a read transaction open.
        s.reset()
        return value
    }

    var changes: Int { Int(sqlite3_changes(handle)) }
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Runs `body` inside one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}

/// A value bound to or read from a statement.
enum SQLiteValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    var int: Int? { if case .integer(let v) = self { return Int(v) } else { return nil } }
    var string: String? { if case .text(let v) = self { return v } else { return nil } }
}

extension SQLiteValue {
    static func optional(_ text: String?) -> SQLiteValue { text.map(SQLiteValue.text) ?? .null }
    static func optional(_ number: Int?) -> SQLiteValue { number.map { .integer(Int64($0)) } ?? .null }
    static func int(_ number: Int) -> SQLiteValue { .integer(Int64(number)) }
}

/// SQLite's destructor marker for "copy the bytes now".
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

final class SQLiteStatement {
    private let database: SQLiteDatabase
    private var handle: OpaquePointer?
    let sql: String

    fileprivate init(_ database: SQLiteDatabase, _ sql: String) throws(IndexError) {
        self.database = database
        self.sql = sql
        let rc = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        if rc != SQLITE_OK {
            throw .sqlite(path: database.path, code: rc, message: database.lastMessage)
        }
    }

    deinit { sqlite3_finalize(handle) }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func bind(_ values: [SQLiteValue]) throws(IndexError) {
        for (i, value) in values.enumerated() { try bind(value, at: Int32(i + 1)) }
    }

    func bind(_ value: SQLiteValue, at index: Int32) throws(IndexError) {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .integer(let v): rc = sqlite3_bind_int64(handle, index, v)
        case .real(let v): rc = sqlite3_bind_double(handle, index, v)
        // By length, not up to a NUL: a text holding U+0000 is stored whole.
        case .text(let v): rc = sqlite3_bind_text64(handle, index, v, UInt64(v.utf8.count), transient, UInt8(SQLITE_UTF8))
        case .blob(let v):
            rc = v.withUnsafeBytes { sqlite3_bind_blob64(handle, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64($0.count), transient) }
        }
        if rc != SQLITE_OK { throw .sqlite(path: database.path, code: rc, message: database.lastMessage) }
    }

    /// Advances to the next row: true when there is one, false when done.
    func step() throws(IndexError) -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let message = database.lastMessage
        sqlite3_reset(handle)
        throw .sqlite(path: database.path, code: rc, message: message)
    }

    var columnCount: Int { Int(sqlite3_column_count(handle)) }

    func value(_ column: Int) -> SQLiteValue {
        let c = Int32(column)
        switch sqlite3_column_type(handle, c) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, c))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, c))
        case SQLITE_TEXT: return .text(text(column) ?? "")
        case SQLITE_BLOB: return .blob(blob(column))
        default: return .null
        }
    }

    func int(_ column: Int) -> Int? {
        sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, Int32(column)))
    }

    func text(_ column: Int) -> String? {
        guard let p = sqlite3_column_text(handle, Int32(column)) else { return nil }
        let n = Int(sqlite3_column_bytes(handle, Int32(column)))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    /// Calls `body` with the text's UTF-8 bytes in place, without making a String; nil for NULL.
    func withText<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T?) rethrows -> T? {
        guard let p = sqlite3_column_text(handle, Int32(column)) else { return nil }
        return try body(UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(handle, Int32(column)))))
    }

    func blob(_ column: Int) -> [UInt8] {
        let n = Int(sqlite3_column_bytes(handle, Int32(column)))
        guard n > 0, let p = sqlite3_column_blob(handle, Int32(column)) else { return [] }
        return Array(UnsafeRawBufferPointer(start: p, count: n))
    }

    /// Calls `body` with the blob's bytes in place, without copying them.
    func withBlob<T>(_ column: Int, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let n = Int(sqlite3_column_bytes(handle, Int32(column)))
        let p = sqlite3_column_blob(handle, Int32(column))
        return try body(UnsafeRawBufferPointer(start: n > 0 ? p : nil, count: n))
    }
}

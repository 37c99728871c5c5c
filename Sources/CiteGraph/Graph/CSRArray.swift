#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One of `AdjacencyCSR`'s flat `Int32` arrays: owned, or read in place from
/// memory that another object keeps alive (a snapshot mapped from a file), so
/// that opening a stored graph of ten million edges copies none of them.
///
/// It reads like an array (a random-access collection of `Int32`, with
/// `withUnsafeBufferPointer` for hot loops); `Array(_:)` gives a copy.
/// Equality and hashing compare the values, wherever they live.
public struct CSRArray: RandomAccessCollection, Sendable, Hashable {
    @usableFromInline
    enum Storage: @unchecked Sendable {
        case owned([Int32])
        /// Read-only memory kept alive by `owner` for as long as this array exists;
        /// nothing writes to it, which is why sharing it between threads is safe.
        case borrowed(UnsafeBufferPointer<Int32>, owner: AnyObject)
    }

    @usableFromInline let storage: Storage

    /// An owned array.
    public init(_ values: [Int32]) { storage = .owned(values) }

    /// Values read in place from `buffer`, which must stay valid and unchanged as
    /// long as `owner` lives (the array keeps `owner` alive).
    public init(unsafeBorrowing buffer: UnsafeBufferPointer<Int32>, owner: AnyObject & Sendable) {
        storage = .borrowed(buffer, owner: owner)
    }

    /// Whether the values are read in place from memory this array does not own.
    public var isBorrowed: Bool {
        if case .borrowed = storage { return true }
        return false
    }

    /// Always 0.
    public var startIndex: Int { 0 }
    /// The number of values.
    public var endIndex: Int { count }

    /// The number of values, in either storage.
    @inlinable public var count: Int {
        switch storage {
        case .owned(let values): values.count
        case .borrowed(let buffer, _): buffer.count
        }
    }

    /// Bounds-checked in both storages (a borrowed buffer's own subscript is not, in release builds).
    @inlinable public subscript(i: Int) -> Int32 {
        switch storage {
        case .owned(let values):
            return values[i]
        case .borrowed(let buffer, _):
            precondition(i >= 0 && i < buffer.count, "CSRArray index out of range")
            return buffer[i]
        }
    }

    /// Calls `body` with the values as one contiguous buffer, without copying.
    @inlinable public func withUnsafeBufferPointer<R, E: Error>(
        _ body: (UnsafeBufferPointer<Int32>) throws(E) -> R
    ) throws(E) -> R {
        switch storage {
        case .owned(let values):
            // `Array.withUnsafeBufferPointer` rethrows untyped; keep the typed error.
            var result: Result<R, E>?
            values.withUnsafeBufferPointer { buffer in
                do throws(E) { result = .success(try body(buffer)) } catch { result = .failure(error) }
            }
            return try result!.get()
        case .borrowed(let buffer, let owner):
            return try withExtendedLifetime(owner) { () throws(E) -> R in try body(buffer) }
        }
    }

    /// The same values in the same order, owned or borrowed.
    public static func == (a: CSRArray, b: CSRArray) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.elementsEqual(y) } }
    }

    /// Hashes the count and the values, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        withUnsafeBufferPointer { buffer in
            hasher.combine(buffer.count)
            for v in buffer { hasher.combine(v) }
        }
    }
}

/// Where a graph read in place came from, and what to tell the user when its
/// contents turn out to be damaged as a query reads them.
public struct StoredGraphSource: Sendable, Hashable {
    /// One sentence naming the file and how to repair it, such as
    /// "the index's graph file /x.sqlite-graph is damaged; rebuild it with `citegraph index --rebuild`".
    public var damageMessage: String

    /// A source whose damage is reported with `damageMessage`.
    public init(damageMessage: String) { self.damageMessage = damageMessage }

    /// Ends the process with the message and `what` was found wrong. Stored
    /// contents read in place are checked as they are read, so nothing is read
    /// outside them whatever their bytes; but a walk that meets a row or record
    /// out of range cannot give a true answer, and the queries that read them do
    /// not throw. The message goes to standard error and the exit status is 65
    /// (`EX_DATAERR`): the process does not trap or dump core.
    public func stop(_ what: String) -> Never {
        let text = "error: \(damageMessage) (\(what))\n"
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
        exit(65)
    }
}

extension AdjacencyCSR {
    /// Ends the process with `source`'s message (see `StoredGraphSource.stop`).
    @usableFromInline
    func damaged(_ what: String) -> Never {
        (source ?? StoredGraphSource(damageMessage: "the stored graph is damaged")).stop(what)
    }
}

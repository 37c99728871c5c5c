import Foundation

/// A value computed on a thread of its own while the caller goes on with other work,
/// then waited for: the index's last transaction packs the graph snapshot this way
/// while SQLite resolves the citations and builds the indexes on the calling thread.
///
/// A thread, not a task: the caller blocks in `value`, and it may itself be running on
/// Swift's cooperative pool, which must not be asked to run the work it waits for.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Value?

    init(name: String, _ make: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let made = make()
            condition.lock()
            result = made
            condition.broadcast()
            condition.unlock()
        }
        thread.name = name
        thread.start()
    }

    /// The value, waiting until it is made.
    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}

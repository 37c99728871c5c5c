import CiteGraph
import Foundation

/// One file to read and extract, and what the index already knows of it.
struct ExtractionJob: Sendable {
    /// The file's path as `FoundFile` holds it; its URL is made by the worker that reads it.
    let path: String
    /// The content hash stored for this file, when it is indexed already: a
    /// file whose time changed but whose text did not is not extracted again.
    let knownHash: String?
    /// The file's size as the walk found it (0 when unknown): batches are bounded in bytes too.
    let size: Int

    init(path: String, knownHash: String?, size: Int = 0) {
        self.path = path
        self.knownHash = knownHash
        self.size = size
    }
}

/// What a worker made of one file.
enum ExtractionOutcome: Sendable {
    case document(ExtractedDocument, keys: DocumentKeys, format: DocumentFormat, hash: String, warnings: [String])
    /// The text hashes to what is stored: only its size and time need updating.
    case sameContent(hash: String)
    case failure(ReadError)
}

/// Reads and extracts files on a bounded pool of workers (a task group, at most
/// `workers` batches of consecutive items in flight) and hands the results to one consumer, the
/// index's writer, **in the order of the items**, whatever order the workers
/// finish in. The writer runs on the calling thread; at most `window` finished
/// batches wait for it, so memory stays bounded.
///
/// The items come from a sequence pulled as the batches are formed, on the thread that
/// feeds the workers: the index's walk of the paths (a `stat` per file) runs while the
/// first files are extracted instead of before, and the list of every file is never held.
/// An item that is no file to read (a failure of the walk, its end) reaches the writer in
/// its place with no outcome.
///
/// The task group runs on threads of its own (`WorkerThreads`, a task
/// executor), not on Swift's shared cooperative pool: the writer blocks its
/// thread while it waits, and a caller that is itself a task on that pool
/// (a test, a server) must not be able to starve the workers it waits for.
struct ParallelExtraction: Sendable {
    let reader: CorpusReader
    let extractor: CitationExtractor
    let workers: Int
    /// Makes each job's URL against the working directory of the run's start.
    let fileURL = CorpusReader.FileURL()

    /// Runs `items` through the pool: `job` says what of an item is to be read (nil: nothing),
    /// and `consume` gets each item, in order, with what a worker made of its job.
    func run<Items: IteratorProtocol & Sendable>(
        _ items: Items, job: @escaping @Sendable (Items.Element) -> ExtractionJob?,
        consume: (Items.Element, ExtractionOutcome?) throws -> Void
    ) throws where Items.Element: Sendable {
        if workers <= 1 {
            // One worker: no task, no queue, the plain loop.
            var items = items
            while let item = items.next() { try consume(item, job(item).map(process)) }
            return
        }
        typealias Batch = [(Items.Element, ExtractionOutcome?)]
        let queue = OrderedHandoff<Batch>(window: max(4, workers * 4))
        let pool = self
        // One thread per worker, and one for the task that walks and feeds them.
        let threads = WorkerThreads(count: workers + 1)
        defer { threads.shutdown() }
        let producer = Task(executorPreference: threads) {
            var batcher = Batcher(items: items, workers: pool.workers) { job($0)?.size ?? 0 }
            await withTaskGroup(of: (Int, Batch).self) { group in
                var next = 0
                var running = 0
                var exhausted = false
                while true {
                    // A batch is started only within `window` of the one the writer needs next,
                    // so finished results never pile up beyond it.
                    while running < pool.workers && !exhausted && queue.hasRoom(for: next) {
                        guard let batch = batcher.next() else { exhausted = true; break }
                        let b = next
                        group.addTask { (b, batch.map { ($0, job($0).map(pool.process)) }) }
                        next += 1
                        running += 1
                    }
                    if running > 0 {
                        guard let (b, outcomes) = await group.next() else { break }
                        running -= 1
                        queue.put(b, outcomes)
                    } else if !exhausted {
                        // Every started batch is handed over: wait for the writer to take some.
                        guard queue.waitForRoom(for: next) else { break }
                    } else {
                        break
                    }
                }
            }
            queue.finish()
        }
        defer { queue.cancel() }
        var expected = 0
        while let batch = queue.take(expected) {
            for (item, outcome) in batch { try consume(item, outcome) }
            expected += 1
        }
        _ = producer
    }

    /// Runs `jobs` through the pool; `consume` gets each job's index and outcome, in order.
    func run(_ jobs: [ExtractionJob], consume: (Int, ExtractionOutcome) throws -> Void) throws {
        try run(jobs.enumerated().makeIterator(), job: { $0.element }) { item, outcome in
            try consume(item.offset, outcome!)
        }
    }

    /// Cuts the items into the runs one task reads and extracts. Each hand-over between
    /// threads costs a few futex calls and a wake-up; one per file was about 9 system calls
    /// per file and most of the second core's idle time on 2.2 KB texts. Batch `b` holds at
    /// most `limit(b)` items (one at first, then more as the run goes on, up to 32: a small
    /// corpus is still shared out, a large one goes in few hand-overs, and how many items
    /// there are is not known while they are walked) and at most `batchBytes` of input (a
    /// larger file is a batch of its own), so that the window of finished batches stays a
    /// few megabytes whatever the files' sizes.
    struct Batcher<Items: IteratorProtocol> {
        var items: Items
        let workers: Int
        let size: (Items.Element) -> Int
        private var carried: Items.Element?
        private var made = 0

        init(items: Items, workers: Int, size: @escaping (Items.Element) -> Int) {
            self.items = items
            self.workers = max(1, workers)
            self.size = size
        }

        static func limit(_ batch: Int, workers: Int) -> Int { min(32, 1 + batch / max(1, workers)) }

        mutating func next() -> [Items.Element]? {
            guard let first = carried ?? items.next() else { return nil }
            carried = nil
            let most = Self.limit(made, workers: workers)
            made += 1
            var batch = [first], bytes = size(first)
            while batch.count < most, let item = items.next() {
                let n = size(item)
                if bytes + n > ParallelExtraction.batchBytes {
                    carried = item
                    break
                }
                batch.append(item)
                bytes += n
            }
            return batch
        }
    }

    /// The bytes of input a batch of more than one file may hold.
    static let batchBytes = 1 << 20

    /// Reads, hashes and extracts one file (the work a worker does).
    func process(_ job: ExtractionJob) -> ExtractionOutcome {
        let text: DocumentText
        do { text = try reader.read(fileURL.make(job.path)) } catch { return .failure(error) }
        let hash = ContentHash.of(text.text)
        if hash == job.knownHash { return .sameContent(hash: hash) }
        let document = extractor.extract(text)
        return .document(document, keys: DocumentKeys(document), format: text.format, hash: hash,
                         warnings: text.warnings + document.warnings)
    }
}

/// Results handed from the workers to the writer in file order; the producer
/// starts a file only while fewer than `window` results are ahead of the one
/// the writer needs next.
final class OrderedHandoff<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [Int: Value] = [:]
    private var nextTaken = 0
    private var finished = false
    private(set) var isCancelled = false
    let window: Int

    init(window: Int) { self.window = window }

    func put(_ index: Int, _ value: Value) {
        condition.lock()
        slots[index] = value
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the result `index` may be started now; false once cancelled.
    func hasRoom(for index: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return !isCancelled && index - nextTaken < window
    }

    /// Waits until `index` may be started; false when the writer gave up.
    func waitForRoom(for index: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while index - nextTaken >= window && !isCancelled { condition.wait() }
        return !isCancelled
    }

    /// The result for `index`, waiting for it; nil when the producer finished without it.
    func take(_ index: Int) -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil && !finished { condition.wait() }
        guard let value = slots.removeValue(forKey: index) else { return nil }
        nextTaken = index + 1
        condition.broadcast()
        return value
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The writer stopped (an error): workers stop waiting and no new files are started.
    func cancel() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

/// A 64-bit hash of a document's decoded text, eight bytes at a time: enough to
/// tell an edited file from a touched one, far cheaper than extraction.
enum ContentHash {
    static func of(_ text: String) -> String {
        var copy = text
        let h = copy.withUTF8 { buffer -> UInt64 in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(buffer.count)
            let raw = UnsafeRawBufferPointer(buffer)
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
                i += 8
            }
            while i < raw.count {
                h = (h ^ UInt64(raw[i])) &* 0x100_0000_01B3
                i += 1
            }
            h ^= h >> 32
            h = h &* 0xD6E8_FEB8_6659_FD93
            h ^= h >> 32
            return h
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// A task executor of its own threads: the jobs of the tasks that prefer it
/// (and of their child tasks) run there, first come first served.
final class WorkerThreads: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var head = 0
    private var stopping = false

    init(count: Int) {
        for i in 0..<count {
            let thread = Thread { [self] in work() }
            thread.name = "citegraph-index-\(i)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Threads leave once no job is queued; tasks still running enqueue their
    /// remaining jobs before they finish, so none is dropped.
    func shutdown() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while head == jobs.count && !stopping { condition.wait() }
            if head == jobs.count {
                condition.unlock()
                return
            }
            let job = jobs[head]
            head += 1
            if head > 1024 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}

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
/// `workers` batches of consecutive files in flight) and hands the results to one consumer, the
/// index's writer, **in the order of the files**, whatever order the workers
/// finish in. The writer runs on the calling thread; at most `window` finished
/// batches wait for it, so memory stays bounded.
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

    func run(_ jobs: [ExtractionJob], consume: (Int, ExtractionOutcome) throws -> Void) throws {
        if workers <= 1 {
            // One worker: no task, no queue, the plain loop.
            for (i, job) in jobs.enumerated() { try consume(i, process(job)) }
            return
        }
        let ranges = Self.batches(sizes: jobs.map(\.size), workers: workers)
        let batches = ranges.count
        let queue = OrderedHandoff<[ExtractionOutcome]>(window: max(4, workers * 4))
        let pool = self
        // One thread per worker, and one for the task that feeds them.
        let threads = WorkerThreads(count: workers + 1)
        defer { threads.shutdown() }
        let producer = Task(executorPreference: threads) {
            await withTaskGroup(of: (Int, [ExtractionOutcome]).self) { group in
                var next = 0
                var running = 0
                while true {
                    // A batch is started only within `window` of the one the writer needs next,
                    // so finished results never pile up beyond it.
                    while running < pool.workers && next < batches && queue.hasRoom(for: next) {
                        let b = next
                        let range = ranges[b]
                        group.addTask { (b, jobs[range].map(pool.process)) }
                        next += 1
                        running += 1
                    }
                    if running > 0 {
                        guard let (b, outcomes) = await group.next() else { break }
                        running -= 1
                        queue.put(b, outcomes)
                    } else if next < batches {
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
        while let outcomes = queue.take(expected) {
            for (k, outcome) in outcomes.enumerated() { try consume(ranges[expected].lowerBound + k, outcome) }
            expected += 1
        }
        _ = producer
    }

    /// The runs of consecutive files one task reads and extracts. Each hand-over between
    /// threads costs a few futex calls and a wake-up; one per file was about 9 system calls
    /// per file and most of the second core's idle time on 2.2 KB texts. A batch holds at most
    /// `batchSize` files and at most `batchBytes` of input (a larger file is a batch of its own),
    /// so that the window of finished batches stays a few megabytes whatever the files' sizes.
    static func batches(sizes: [Int], workers: Int) -> [Range<Int>] {
        let most = batchSize(files: sizes.count, workers: workers)
        var out: [Range<Int>] = []
        out.reserveCapacity(sizes.count / most + 1)
        var start = 0
        while start < sizes.count {
            var end = start + 1, bytes = sizes[start]
            while end < sizes.count && end - start < most && bytes + sizes[end] <= batchBytes {
                bytes += sizes[end]
                end += 1
            }
            out.append(start..<end)
            start = end
        }
        return out
    }

    /// At most 32 files, and few enough that every worker gets eight batches, so a small
    /// corpus is still shared out.
    static func batchSize(files: Int, workers: Int) -> Int {
        max(1, min(32, files / max(1, workers * 8)))
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

import Foundation

/// General Assembly resolution texts in the wording the extractor reads, each
/// citing one to four older ones (the shape of scripts/synthetic-corpus.py),
/// written to a directory: a corpus of any size for index tests, without ../shared.
public enum SyntheticCorpus {
    public static let perSession = 40
    /// The Assembly has numbered its resolutions by session ("31/1") since its thirty-first
    /// session; a corpus of that numbering starts there.
    public static let firstSession = 31

    /// The text of resolution number `i` (0-based) of a corpus.
    public static func text(_ i: Int, seed: UInt64 = 1, extra: String = "") -> String {
        var rng = SplitMix64(seed: seed &+ UInt64(i) &* 7919)
        let session = firstSession + i / perSession, number = 1 + i % perSession
        var targets = Set<Int>()
        if session > firstSession { targets.insert(i - perSession) }
        for _ in 0..<rng.int(below: 4) where i >= perSession {
            targets.insert(rng.int(below: (session - firstSession) * perSession))
        }
        var lines = ["Resolution adopted by the General Assembly on 20 December \(1945 + session)",
                     "\(session)/\(number).\tSynthetic series \(number)", "\tThe General Assembly,"]
        let verbs = ["Recalling its resolution", "Reaffirming its resolution", "Taking note of its resolution"]
        for (k, t) in targets.sorted().enumerated() {
            let ts = firstSession + t / perSession, tn = 1 + t % perSession
            lines.append("\t\(verbs[k % verbs.count]) \(ts)/\(tn) of 20 December \(1945 + ts),")
        }
        lines.append("\t1.\tDecides to remain seized of the matter.\(extra)")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func fileName(_ i: Int) -> String {
        "A_RES_\(firstSession + i / perSession)_\(1 + i % perSession).txt"
    }

    /// Writes resolutions `range` into `directory` (in subdirectories of 500, like a real collection).
    public static func write(_ range: Range<Int>, to directory: URL, seed: UInt64 = 1) throws {
        for i in range {
            let folder = directory.appendingPathComponent(String(format: "s%03d", firstSession + i / perSession))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text(i, seed: seed).write(to: folder.appendingPathComponent(fileName(i)), atomically: false, encoding: .utf8)
        }
    }

    public static func url(_ i: Int, in directory: URL) -> URL {
        directory.appendingPathComponent(String(format: "s%03d", firstSession + i / perSession)).appendingPathComponent(fileName(i))
    }
}

@testable import CiteGraph
import CiteGraphTestSupport
import Testing

/// Paths and keys sort by their UTF-8 bytes, as the generic comparison of their bytes sorts them.
@Suite struct ByteOrderTests {
    @Test(arguments: [("a", "b", true), ("b", "a", false), ("a", "a", false), ("", "a", true), ("a", "", false),
                      ("ab", "abc", true), ("Z", "a", true), ("é", "z", false), ("e\u{301}", "é", true)])
    func utf8Order(a: String, b: String, precedes: Bool) {
        #expect(a.utf8Precedes(b) == precedes)
    }

    @Test(arguments: 0..<4)
    func agreesWithComparingTheBytes(seed: Int) {
        let pieces = ["", "a", "A", "/", "S_RES_0", "é", "e\u{301}", "中", "\u{0}", "zz", "1946"]
        var rng = SplitMix64(seed: UInt64(seed) &+ 9)
        for _ in 0..<3_000 {
            let a = (0..<rng.int(below: 5)).map { _ in pieces[rng.int(below: pieces.count)] }.joined()
            let b = (0..<rng.int(below: 5)).map { _ in pieces[rng.int(below: pieces.count)] }.joined()
            #expect(a.utf8Precedes(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a.debugDescription) \(b.debugDescription)")
        }
    }
}

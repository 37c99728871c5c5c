import CiteGraphTestSupport
import Foundation
import Testing

@testable import CiteGraphIndex

/// A file's identity in the index is its absolute, standardised path. The walk computes it
/// from the string; it must be what Foundation's `standardizedFileURL.path` gives, or a
/// second run would see every file as new.
@Suite struct StandardizedPathTests {
    static func foundation(_ path: String, _ cwd: String) -> String {
        URL(fileURLWithPath: path, isDirectory: false, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true)).standardizedFileURL.path
    }

    @Test(arguments: [
        "/tmp/real/d000/doc000001.txt", "../shared/corpus/unsc/S_RES_242_1967.txt", "corpus/a.txt", "./a.txt",
        "/a/./b.txt", "/a/b/../c.txt", "/../a.txt", "a/../../../../../../b.txt", "/a/.hidden/b.txt",
        "/a/b..txt", "/a/..b/c.txt", "/a/b c/d%20e.txt", "/é/ü/ß.txt", "a", "..", ".", "/a/b/..", "/a/b/.",
    ])
    func asFoundationStandardises(path: String) {
        for cwd in ["/work/main", "/", "/a b/c"] {
            let ours = IndexWalk.standardizedPath(path, workingDirectory: cwd)
            #expect(ours == nil || ours == Self.foundation(path, cwd), "\(path) in \(cwd)")
        }
        // The common shapes never need Foundation.
        if !path.hasSuffix("/") { #expect(IndexWalk.standardizedPath(path, workingDirectory: "/work/main") != nil) }
    }

    @Test(arguments: ["", "/a/", "~/a.txt", "a/b/", "/a//b.txt", "a//..", "x/a//../b"])
    func leftToFoundation(path: String) {
        #expect(IndexWalk.standardizedPath(path, workingDirectory: "/work") == nil)
    }

    /// Random paths of names, dots, slashes and spaces agree with Foundation wherever they are read.
    @Test func randomPathsAgree() {
        let pieces = ["/", "//", ".", "..", "a", "bc", " ", "é", "%2F", "x.txt", "-", "~"]
        var rng = SplitMix64(seed: 3)
        var read = 0
        for _ in 0..<5_000 {
            let path = (0..<(1 + rng.int(below: 8))).map { _ in pieces[rng.int(below: pieces.count)] }.joined()
            guard let ours = IndexWalk.standardizedPath(path, workingDirectory: "/w/x") else { continue }
            read += 1
            #expect(ours == Self.foundation(path, "/w/x"), "\(path.debugDescription)")
        }
        #expect(read > 2_000)
    }
}

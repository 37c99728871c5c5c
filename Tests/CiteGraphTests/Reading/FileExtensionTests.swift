import CiteGraphTestSupport
import Foundation
import Testing
@testable import CiteGraph

/// A file's extension is what `URL.pathExtension` says, lower case, on every path.
@Suite struct FileExtensionTests {
    @Test(arguments: [("a/b.txt", "txt"), ("B.TXT", "txt"), ("b.tar.gz", "gz"), ("dir.d/", "d"), ("a.b/c", ""),
                      (".txt", ""), ("..txt", ""), ("b. txt", ""), ("b.", ""), ("ü.tXt", "txt")])
    func extensionOfAPath(path: String, expected: String) {
        #expect(FileExtension.of(URL(fileURLWithPath: path, isDirectory: false)) == expected)
    }

    @Test(arguments: 0..<4)
    func agreesWithURLOnRandomPaths(seed: Int) {
        let pieces = ["a", "B", ".", "..", "/", " ", "txt", "TXT", "md", "ü", "ｔ", "%20", "\t", "-", "x.y"]
        var rng = SplitMix64(seed: UInt64(seed) &+ 3)
        for _ in 0..<2_000 {
            let path = (0..<(1 + rng.int(below: 7))).map { _ in pieces[rng.int(below: pieces.count)] }.joined()
            for relative in [true, false] {
                let url = relative ? URL(fileURLWithPath: path, isDirectory: false, relativeTo: URL(fileURLWithPath: "/tmp", isDirectory: true))
                                   : URL(fileURLWithPath: path, isDirectory: false)
                #expect(FileExtension.of(url) == url.pathExtension.lowercased(), "\(path.debugDescription)")
            }
        }
    }
}

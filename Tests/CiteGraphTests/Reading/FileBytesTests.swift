import Foundation
import Testing
import CiteGraphTestSupport
@testable import CiteGraph

/// A file is read by its path with `open(2)` only where that opens the file its URL names;
/// otherwise (and on any failure) through `Data(contentsOf:)`, as before.
@Suite struct FileBytesTests {
    let root: URL

    init() throws {
        // The physical path: the temporary directory may itself be reached through a link.
        let made = try ScratchDirectory.make("citegraph-bytes")
        root = URL(fileURLWithPath: made.resolvingSymlinksInPath().path, isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("corpus/sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("elsewhere/deep"), withIntermediateDirectories: true)
        try Data("corpus text".utf8).write(to: root.appendingPathComponent("corpus/a.txt"))
        try Data("elsewhere text".utf8).write(to: root.appendingPathComponent("elsewhere/a.txt"))
        try Data("sub text".utf8).write(to: root.appendingPathComponent("corpus/sub/b.txt"))
        // "link/../a.txt": the URL reads it as corpus/a.txt, the file system as elsewhere/a.txt.
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("corpus/link").path,
                                                   withDestinationPath: root.appendingPathComponent("elsewhere/deep").path)
    }

    private func bytes(_ url: URL) -> [UInt8]? { FileBytes.read(url, relativePath: url.relativePath) }

    @Test func absoluteAndRelativePathsAreReadDirectly() throws {
        let absolute = URL(fileURLWithPath: root.path + "/corpus/a.txt", isDirectory: false)
        #expect(bytes(absolute) == Array("corpus text".utf8))
        let relative = URL(fileURLWithPath: "sub/b.txt", isDirectory: false, relativeTo: root.appendingPathComponent("corpus", isDirectory: true))
        #expect(bytes(relative) == Array("sub text".utf8))
        let doubled = URL(fileURLWithPath: "sub//b.txt", isDirectory: false, relativeTo: root.appendingPathComponent("corpus", isDirectory: true))
        #expect(bytes(doubled) == Array("sub text".utf8))
    }

    /// Where the URL's rules and the file system's differ, the URL is left to `Data`.
    @Test func pathsTheURLReadsOtherwiseAreLeftToData() throws {
        let base = root.appendingPathComponent("corpus", isDirectory: true)
        let throughLink = URL(fileURLWithPath: "link/../a.txt", isDirectory: false, relativeTo: base)
        #expect(bytes(throughLink) == nil)
        #expect(try TextFileReader().read(throughLink).text == "corpus text", "as the URL names it, as before")
        #expect(bytes(URL(fileURLWithPath: root.path + "/corpus/link/../a.txt", isDirectory: false)) == nil)
        // A leading ".." is read directly only against the working directory, a physical path.
        #expect(bytes(URL(fileURLWithPath: "../corpus/a.txt", isDirectory: false, relativeTo: base)) == nil)
        #expect(bytes(URL(fileURLWithPath: "~/a.txt", isDirectory: false, relativeTo: base)) == nil)
        #expect(bytes(URL(fileURLWithPath: "sub", isDirectory: true, relativeTo: base)) == nil, "a directory")
        #expect(bytes(URL(fileURLWithPath: "missing.txt", isDirectory: false, relativeTo: base)) == nil)
    }

    @Test func leadingDotsAgainstTheWorkingDirectory() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let up = Array(repeating: "..", count: cwd.pathComponents.count - 1).joined(separator: "/")
        let url = URL(fileURLWithPath: up + root.path + "/corpus/a.txt", isDirectory: false, relativeTo: cwd)
        #expect(bytes(url) == Array("corpus text".utf8))
    }

    /// Errors are what `Data(contentsOf:)` made of them: the direct read gives way on failure.
    @Test func aMissingFileIsTheSameError() {
        let url = URL(fileURLWithPath: root.path + "/corpus/missing.txt", isDirectory: false)
        #expect(throws: ReadError.self) { try TextFileReader().read(url) }
    }
}

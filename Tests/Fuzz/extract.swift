// Fuzz target: the extractor, on text and on Markdown. Invariants (Fuzz.checkedExtraction):
// ranges inside the text and matching it, deterministic results, linear work.
import Foundation
@testable import CiteGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    Fuzz.checkedExtraction(text, format: .plainText)
    // Determinism is checked on the text reading; the Markdown one shares every stage but layout.
    Fuzz.checkedExtraction(text, format: .markdown, source: "fuzz.md", twice: false)
    return 0
}

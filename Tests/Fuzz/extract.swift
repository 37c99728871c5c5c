// Fuzz target: the extractor, on text and on Markdown. Invariants (Fuzz.checkedExtraction):
// ranges inside the text and matching it, deterministic results, linear work.
//
// Every input is extracted as text with all invariants. The second extraction that checks
// determinism, and the Markdown reading (which shares every stage but layout), run on a share
// of the inputs chosen by a hash of their bytes — one in four and one in two — so the choice is
// the same for the same bytes, and the fuzzer spends its time on new inputs: 660 executions
// per second in the fuzz loop with both on every input (quiet machine); on 1,500 corpus
// inputs run once, 1.74 s of CPU with both and 1.33 s this way.
import Foundation
@testable import CiteGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    let h = Fuzz.hash(bytes)
    Fuzz.checkedExtraction(text, format: .plainText, twice: h % 4 == 0)
    if h & 0x10 == 0 { Fuzz.checkedExtraction(text, format: .markdown, source: "fuzz.md", twice: false) }
    return 0
}

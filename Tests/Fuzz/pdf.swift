// Fuzz target: the PDF reader (poppler in-process) and the extractor behind it. Any bytes
// give a text or a ReadError, never a crash; a text keeps every extraction invariant.
// scripts/fuzz.sh bounds each input's time (-timeout) and memory (-rss_limit_mb).
import Foundation
@testable import CiteGraph
import CiteGraphPDF

let scratch: URL = {
    let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return URL(fileURLWithPath: dir).appendingPathComponent("citegraph-fuzz-\(getpid()).pdf")
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard (try? Data(Fuzz.bytes(data, size)).write(to: scratch)) != nil else { return 0 }
    defer { try? FileManager.default.removeItem(at: scratch) }
    guard let text = FuzzTiming.measure({ try? PDFReader().read(scratch) }) else { return 0 }
    Fuzz.checkedExtraction(text.text, format: text.format, source: "fuzz.pdf")
    return 0
}

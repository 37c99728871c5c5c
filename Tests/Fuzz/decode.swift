// Fuzz target: text decoding (UTF-8, UTF-16 with and without a byte order mark,
// Windows-1252, line ends). Invariants: a decoded text has no CR, decoding is
// deterministic, and a text that decodes is extracted with every invariant.
import Foundation
@testable import CiteGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(Fuzz.bytes(data, size))
    guard let decoded = try? TextDecoding.decode(bytes, path: "fuzz.txt") else { return 0 }
    Fuzz.require(!decoded.text.unicodeScalars.contains("\r"), "a CR survived decoding")
    let again = try? TextDecoding.decode(bytes, path: "fuzz.txt")
    Fuzz.require(again?.text == decoded.text && again?.warnings == decoded.warnings, "decoding is not deterministic")
    return 0
}

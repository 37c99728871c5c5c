// Fuzz target: the Akoma Ntoso (AKN4UN) XML reader and the extraction behind it. Any bytes
// give a text or a ReadError, never a crash; each editor's link that is placed lies inside
// the text; the text, with its markup, keeps every extraction invariant; reading is deterministic.
import Foundation
@testable import CiteGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(Fuzz.bytes(data, size))
    guard let text = try? AKNReader.read(bytes, path: "fuzz.xml") else { return 0 }
    let scalars = text.text.unicodeScalars.count, utf8 = text.text.utf8.count
    for link in text.markup?.links ?? [] {
        if let r = link.range { Fuzz.require(0 <= r.start && r.start <= r.end && r.end <= scalars, "link range \(r) outside the text") }
        if let u = link.utf8 { Fuzz.require(0 <= u.lowerBound && u.upperBound <= utf8, "link bytes \(u) outside the text") }
        Fuzz.require(!link.symbol.isEmpty, "a link with no symbol")
    }
    let again = try? AKNReader.read(bytes, path: "fuzz.xml")
    Fuzz.require(again == text, "two readings of the same XML differ")
    Fuzz.checkedExtraction(text, twice: false)
    return 0
}

/// The text as the scanners see it: UTF-8 bytes with the typographic variants of
/// symbol characters folded to ASCII, and a map back to the original offsets.
///
/// UN texts write "A/RES/80/4" with a non-breaking hyphen (U+2011), glue symbols
/// with no-break spaces, and converters leave soft hyphens inside words. Folding
/// them once here keeps every rule below ASCII-only, while `origin` lets each
/// citation still report where it stands in the text the user gave.
struct NormalizedText {
    /// Folded bytes; page furniture is later blanked to spaces in place.
    var bytes: [UInt8]
    /// `origin[i]` is the byte offset in the original UTF-8 of folded byte `i`;
    /// one extra entry marks the end.
    var origin: [Int32]
    private let original: [UInt8]

    init(_ text: String) {
        let source = Array(text.utf8)
        original = source
        let n = source.count
        // Written through buffers, each folded byte once: this runs over every byte
        // of every document, and appending to two arrays checked capacity twice per byte.
        var origin: [Int32] = []
        bytes = [UInt8](unsafeUninitializedCapacity: n) { out, written in
            origin = [Int32](unsafeUninitializedCapacity: n + 1) { from, recorded in
                source.withUnsafeBufferPointer { original in
                    var i = 0, o = 0
                    @inline(__always) func emit(_ b: UInt8, from at: Int) {
                        out[o] = b
                        from[o] = Int32(at)
                        o += 1
                    }
                    while i < n {
                        let b = original[i]
                        if b < 0x80 {
                            emit(b == 0 ? Byte.space : b, from: i)
                            i += 1
                            continue
                        }
                        if b == 0xC2, i + 1 < n {
                            let c = original[i + 1]
                            if c == 0xA0 { emit(Byte.space, from: i); i += 2; continue }   // no-break space
                            if c == 0xAD { i += 2; continue }                              // soft hyphen: drop
                        }
                        if b == 0xE2, i + 2 < n, original[i + 1] == 0x80 {
                            let c = original[i + 2]
                            switch c {
                            case 0x90, 0x91: emit(Byte.hyphen, from: i); i += 3; continue  // hyphen, non-breaking hyphen
                            case 0xAF, 0x87, 0x89, 0x8A: emit(Byte.space, from: i); i += 3; continue // narrow/figure/thin spaces
                            case 0x8B: i += 3; continue                                     // zero-width space
                            default: break
                            }
                        }
                        if b == 0xEF, i + 2 < n, original[i + 1] == 0xBB, original[i + 2] == 0xBF { i += 3; continue } // stray BOM
                        emit(b, from: i)
                        i += 1
                    }
                    from[o] = Int32(n)
                    written = o
                    recorded = o + 1
                }
            }
        }
        self.origin = origin
    }

    /// Converts folded byte ranges to Unicode scalar offsets of the original text,
    /// in one pass over the original however many ranges there are.
    func scalarRanges(_ ranges: [Range<Int>]) -> [TextRange] {
        var wanted: [(offset: Int, slot: Int)] = []
        wanted.reserveCapacity(ranges.count * 2)
        for (k, r) in ranges.enumerated() {
            wanted.append((Int(origin[r.lowerBound]), 2 * k))
            wanted.append((Int(origin[r.upperBound]), 2 * k + 1))
        }
        wanted.sort { $0.offset < $1.offset }
        var result = [Int](repeating: 0, count: ranges.count * 2)
        original.withUnsafeBufferPointer { original in
            var scalars = 0, byte = 0
            for w in wanted {
                // Eight bytes at a time: a scalar starts at every byte that is not a
                // continuation byte (10xxxxxx), and those are counted by their high bits.
                while byte + 8 <= w.offset {
                    let word = UnsafeRawPointer(original.baseAddress! + byte).loadUnaligned(as: UInt64.self)
                    let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                    scalars += 8 - continuation.nonzeroBitCount
                    byte += 8
                }
                while byte < w.offset {
                    if original[byte] & 0xC0 != 0x80 { scalars += 1 }
                    byte += 1
                }
                result[w.slot] = scalars
            }
        }
        return ranges.indices.map { TextRange(start: result[2 * $0], end: result[2 * $0 + 1]) }
    }
}

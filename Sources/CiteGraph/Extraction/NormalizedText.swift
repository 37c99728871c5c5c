/// The text as the scanners see it: UTF-8 bytes with the typographic variants of
/// symbol characters folded to ASCII, and a map back to the original offsets.
///
/// UN texts write "A/RES/80/4" with a non-breaking hyphen (U+2011), glue symbols
/// with no-break spaces, and converters leave soft hyphens inside words. Folding
/// them once here keeps every rule below ASCII-only, while `origin(_:)` lets each
/// citation still report where it stands in the text the user gave.
struct NormalizedText {
    /// Folded bytes; page furniture is later blanked to spaces in place.
    var bytes: [UInt8]
    /// Where folding changed lengths: from folded byte `at` on (up to the next entry),
    /// a folded byte stands `shift` bytes later in the original; before the first
    /// entry, at the same offset. Folds are rare, so this replaces a per-byte table.
    private var shifts: [(at: Int, shift: Int)] = []
    /// Where characters were dropped (soft hyphens, zero-width spaces, direction marks): the
    /// original bytes dropped just before folded byte `at`. A citation's range ends after its
    /// last character, not after the marks that follow it (found by the extract fuzz target:
    /// "A/60006" followed by a right-to-left override had a range one scalar too long).
    private var drops: [(at: Int, bytes: Int)] = []
    private let original: [UInt8]

    init(_ text: String) {
        let source = Array(text.utf8)
        original = source
        let n = source.count
        var shifts: [(at: Int, shift: Int)] = []
        var drops: [(at: Int, bytes: Int)] = []
        bytes = [UInt8](unsafeUninitializedCapacity: n) { out, written in
            source.withUnsafeBufferPointer { original in
                var i = 0, o = 0
                /// After a fold: the bytes from `o` on stand `i - o` later in the original.
                func shifted() {
                    if let last = shifts.last, last.at == o { shifts.removeLast() }
                    shifts.append((o, i - o))
                }
                func dropped(_ count: Int) {
                    if let last = drops.last, last.at == o { drops[drops.count - 1].bytes += count } else { drops.append((o, count)) }
                }
                while i < n {
                    // ASCII with no NUL, the bulk of any text, is copied eight bytes at a time.
                    while i + Block.width <= n {
                        let word = UnsafeRawPointer(original.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        guard word & Block.highs == 0, Block.equal(word, 0) == 0 else { break }
                        UnsafeMutableRawPointer(out.baseAddress! + o).storeBytes(of: word, as: UInt64.self)
                        i += Block.width
                        o += Block.width
                    }
                    guard i < n else { break }
                    let b = original[i]
                    if b < 0x80 {
                        out[o] = b == 0 ? Byte.space : b
                        o += 1; i += 1
                        continue
                    }
                    if b == 0xC2, i + 1 < n {
                        let c = original[i + 1]
                        if c == 0xA0 { out[o] = Byte.space; o += 1; i += 2; shifted(); continue }  // no-break space
                        if c == 0xAD { i += 2; dropped(2); shifted(); continue }                    // soft hyphen: drop
                    }
                    if b == 0xE2, i + 2 < n, original[i + 1] == 0x80 {
                        let c = original[i + 2]
                        switch c {
                        case 0x90, 0x91: out[o] = Byte.hyphen; o += 1; i += 3; shifted(); continue   // hyphen, non-breaking hyphen
                        case 0xAF, 0x87, 0x89, 0x8A: out[o] = Byte.space; o += 1; i += 3; shifted(); continue // narrow/figure/thin spaces
                        case 0x8B: i += 3; dropped(3); shifted(); continue                           // zero-width space
                        default: break
                        }
                    }
                    if b == 0xEF, i + 2 < n, original[i + 1] == 0xBB, original[i + 2] == 0xBF { i += 3; dropped(3); shifted(); continue } // stray BOM
                    // The other scripts' forms of symbol characters (see `foldScript`).
                    if b >= 0xD8, b <= 0xEF, i + 1 < n, let fold = Self.foldScript(original, at: i, count: n) {
                        if let c = fold.byte { out[o] = c; o += 1 } else { dropped(fold.length) }
                        i += fold.length
                        shifted()
                        continue
                    }
                    out[o] = b
                    o += 1; i += 1
                }
                written = o
            }
        }
        self.shifts = shifts
        self.drops = drops
    }

    /// What Arabic and Chinese texts write for ASCII symbol characters, and the marks that
    /// only steer display: full-width forms "５６／１８３" (U+FF01–FF5E) and the ideographic
    /// space; Arabic-Indic digits (U+0660–0669, U+06F0–06F9), the Arabic comma and semicolon;
    /// dropped: tatweel (U+0640, the stroke that stretches a word), the vowel marks and shadda
    /// (U+064B–0652, written on a few words only), the Arabic letter mark and
    /// the left-to-right and right-to-left marks, embeddings and isolates. Returns the ASCII
    /// byte (nil to drop) and the length of the sequence at `i`; nil when it is none of these.
    @inline(__always)
    static func foldScript(_ s: UnsafeBufferPointer<UInt8>, at i: Int, count n: Int) -> (byte: UInt8?, length: Int)? {
        let b = s[i], c = s[i + 1]
        switch b {
        case 0xD8:
            if c == 0x8C { return (Byte.comma, 2) }
            if c == 0x9B { return (Byte.semicolon, 2) }
            if c == 0x9C { return (nil, 2) }
        case 0xD9:
            if c >= 0xA0, c <= 0xA9 { return (0x30 + c - 0xA0, 2) }
            if c == 0x80 { return (nil, 2) }
            if c >= 0x8B, c <= 0x92 { return (nil, 2) }   // vowel marks and shadda: "الأوّل" is "الأول"
        case 0xDB:
            if c >= 0xB0, c <= 0xB9 { return (0x30 + c - 0xB0, 2) }
        case 0xE2 where i + 2 < n:
            let d = s[i + 2]
            if c == 0x80, d == 0x8E || d == 0x8F || (0xAA...0xAE).contains(d) { return (nil, 3) }
            if c == 0x81, (0xA6...0xA9).contains(d) { return (nil, 3) }
        case 0xE3 where i + 2 < n:
            if c == 0x80, s[i + 2] == 0x80 { return (Byte.space, 3) }
        case 0xEF where i + 2 < n:
            let d = s[i + 2]
            if c == 0xBC, d >= 0x81 { return (0x21 + d - 0x81, 3) }
            if c == 0xBD, d <= 0x9E { return (0x60 + d - 0x80, 3) }
        default: break
        }
        return nil
    }

    /// The byte offset in the original UTF-8 of folded byte `i` (`bytes.count` for the end).
    func origin(_ i: Int) -> Int {
        var lo = 0, hi = shifts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if shifts[mid].at <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? i : i + shifts[lo - 1].shift
    }

    /// The byte offset in the original UTF-8 just after folded bytes `..<i`: `origin(i)` less
    /// the characters dropped right before folded byte `i`.
    func originEnd(_ i: Int) -> Int {
        var lo = 0, hi = drops.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if drops[mid].at < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < drops.count && drops[lo].at == i ? origin(i) - drops[lo].bytes : origin(i)
    }

    /// Converts folded byte ranges to Unicode scalar offsets of the original text,
    /// in one pass over the original however many ranges there are.
    func scalarRanges(_ ranges: [Range<Int>]) -> [TextRange] {
        var wanted: [(offset: Int, slot: Int)] = []
        wanted.reserveCapacity(ranges.count * 2)
        for (k, r) in ranges.enumerated() {
            let start = origin(r.lowerBound)
            wanted.append((start, 2 * k))
            wanted.append((r.upperBound > r.lowerBound ? max(start, originEnd(r.upperBound)) : start, 2 * k + 1))
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

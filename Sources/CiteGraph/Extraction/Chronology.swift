/// Which documents a document can cite: none adopted after it.
///
/// Only comparisons the symbols settle are made: within one numbered series, where
/// a higher number is a later resolution. The Security Council numbers all its
/// resolutions in one series ("S/RES/47 (1948)" is later than "S/RES/39 (1948)"), the
/// General Assembly by session ("A/RES/68/…" is later than any "A/RES/67/…"), ECOSOC
/// by year ("E/RES/2013/…" after "E/RES/2012/…"). Across series nothing is assumed.
/// The printed volumes of the Council add editors' notes about what happened later
/// ("By its resolution 47 (1948), the Council decided …" under 39 (1948)); this is
/// what tells such a note from a citation.
struct Chronology {
    private enum Position { case council(Int), assembly(Int), ecosoc(Int) }
    private let own: Position?

    init(own symbol: String?) {
        own = symbol.flatMap(Self.position)
    }

    /// Whether `symbol` is later than the citing document, as far as the symbols tell.
    func isLater(_ symbol: String) -> Bool {
        guard let own, let other = Self.position(symbol) else { return false }
        switch (own, other) {
        case (.council(let a), .council(let b)): return b > a
        case (.assembly(let a), .assembly(let b)): return b > a
        case (.ecosoc(let a), .ecosoc(let b)): return b > a
        default: return false
        }
    }

    /// "S/RES/687 (1991)" → (687, 1991); "S/RES/687" → (687, nil). Read from the symbol's UTF-8
    /// bytes: it is asked of every citation, and the `Character` reading (`councilNumberByCharacters`,
    /// the oracle of its tests) was 2.4% of extraction's time on the Security Council texts.
    static func councilNumber(_ symbol: String) -> (Int, Int?)? {
        guard byteReadingIsExact(symbol) else { return councilNumberByCharacters(symbol) }
        var symbol = symbol
        return symbol.withUTF8 { b -> (Int, Int?)? in
            guard b.count > 6, b[0] == UInt8(ascii: "S"), b[1] == Byte.slash, b[2] == UInt8(ascii: "R"),
                  b[3] == UInt8(ascii: "E"), b[4] == UInt8(ascii: "S"), b[5] == Byte.slash,
                  let (n, _) = number(b, from: 6) else { return nil }
            guard let open = b[6...].firstIndex(of: Byte.openParen),
                  let close = b[6...].firstIndex(of: Byte.closeParen), open < close else { return (n, nil) }
            let year = number(b, from: open + 1).flatMap { $0.end == close ? $0.value : nil }
            return (n, year)
        }
    }

    /// The decimal number of ASCII digits starting at `i` and where it ends; nil when no digit
    /// stands there or it does not fit an `Int` (as `Int(_:)` of the digits gives).
    private static func number(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> (value: Int, end: Int)? {
        var value = 0, e = i
        while e < b.count, Byte.isDigit(b[e]) {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(b[e] - UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            value = sum
            e += 1
        }
        return e > i ? (value, e) : nil
    }

    private static func position(_ symbol: String) -> Position? {
        if let (n, _) = councilNumber(symbol) { return .council(n) }
        guard byteReadingIsExact(symbol) else { return positionByCharacters(symbol) }
        var symbol = symbol
        // "A/RES/67/195", not "A/RES/S-10/2" or "A/RES/2200 A (XXI)": a session (or year) of
        // digits only, followed by a further part.
        return symbol.withUTF8 { b -> Position? in
            guard b.count > 6, b[0] == UInt8(ascii: "A") || b[0] == UInt8(ascii: "E"), b[1] == Byte.slash,
                  b[2] == UInt8(ascii: "R"), b[3] == UInt8(ascii: "E"), b[4] == UInt8(ascii: "S"), b[5] == Byte.slash,
                  let (n, end) = number(b, from: 6), end < b.count, b[end] == Byte.slash,
                  b[(end + 1)...].contains(where: { $0 != Byte.slash }) else { return nil }
            if b[0] == UInt8(ascii: "A") { return .assembly(n) }
            return n >= 1946 ? .ecosoc(n) : nil
        }
    }

    /// Whether the byte readings give what the `Character` ones give: an ASCII symbol without a
    /// sign (which `Int(_:)` takes), an empty part ("A//RES", which `split` drops) or a
    /// leading slash. Canonical symbols always are; anything else is read the old way.
    private static func byteReadingIsExact(_ symbol: String) -> Bool {
        var previous: UInt8 = Byte.slash
        for byte in symbol.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "+") || byte == Byte.hyphen || (byte == Byte.slash && previous == Byte.slash) { return false }
            previous = byte
        }
        return true
    }

    private static func positionByCharacters(_ symbol: String) -> Position? {
        if let (n, _) = councilNumberByCharacters(symbol) { return .council(n) }
        let parts = symbol.split(separator: "/")
        if parts.count >= 4, parts[0] == "A", parts[1] == "RES", let s = Int(parts[2]) { return .assembly(s) }
        if parts.count >= 4, parts[0] == "E", parts[1] == "RES", let y = Int(parts[2]), y >= 1946 { return .ecosoc(y) }
        return nil
    }

    /// The `Character` readings the byte ones replaced, kept as their tests' oracle.
    static func councilNumberByCharacters(_ symbol: String) -> (Int, Int?)? {
        guard symbol.hasPrefix("S/RES/") else { return nil }
        let rest = symbol.dropFirst(6)
        guard let n = Int(rest.prefix { $0.isNumber }) else { return nil }
        if let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")"), open < close {
            return (n, Int(rest[rest.index(after: open)..<close]))
        }
        return (n, nil)
    }

    /// Whether `symbol` is later than `own`, read by `Character`s: the oracle of `isLater`.
    static func isLaterByCharacters(_ symbol: String, than own: String) -> Bool {
        guard let a = positionByCharacters(own), let b = positionByCharacters(symbol) else { return false }
        switch (a, b) {
        case (.council(let x), .council(let y)), (.assembly(let x), .assembly(let y)), (.ecosoc(let x), .ecosoc(let y)): return y > x
        default: return false
        }
    }
}

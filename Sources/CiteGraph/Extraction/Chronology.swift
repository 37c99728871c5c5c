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

    /// "S/RES/687 (1991)" → (687, 1991); "S/RES/687" → (687, nil).
    static func councilNumber(_ symbol: String) -> (Int, Int?)? {
        guard symbol.hasPrefix("S/RES/") else { return nil }
        let rest = symbol.dropFirst(6)
        guard let n = Int(rest.prefix { $0.isNumber }) else { return nil }
        if let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")"), open < close {
            return (n, Int(rest[rest.index(after: open)..<close]))
        }
        return (n, nil)
    }

    private static func position(_ symbol: String) -> Position? {
        if let (n, _) = councilNumber(symbol) { return .council(n) }
        let parts = symbol.split(separator: "/")
        // "A/RES/67/195", not "A/RES/S-10/2" or "A/RES/2200 A (XXI)".
        if parts.count >= 4, parts[0] == "A", parts[1] == "RES", let s = Int(parts[2]) { return .assembly(s) }
        if parts.count >= 4, parts[0] == "E", parts[1] == "RES", let y = Int(parts[2]), y >= 1946 { return .ecosoc(y) }
        return nil
    }
}

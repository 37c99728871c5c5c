/// Turns what a text writes into the canonical symbols of `ANNOTATION.md`.
enum CanonicalSymbol {
    enum Keyword { case resolution, decision }

    /// The documents a numbered reference names (several for "68/247 A and B"),
    /// or why it names none.
    static func resolve(_ item: ResolutionNumber, keyword: Keyword, organ: Organ?, citingBody: Organ?)
        -> Result<[(symbol: String, kind: CitationKind)], Unresolvable> {
        let organ = organ ?? citingBody ?? .generalAssembly
        let parts = item.parts.isEmpty ? [nil] : item.parts.map(Optional.some)
        switch item.shape {
        case .yearly(let number, let year):
            // Only the Security Council numbers its resolutions by year.
            guard keyword == .resolution else { return .failure(.init(reason: "a decision numbered like a Security Council resolution")) }
            return .success([("S/RES/\(number) (\(year))", .scResolution)])

        case .roman(let number, let session):
            let series: (String, CitationKind)
            switch organ {
            case .ecosoc: series = ("E", .ecosocResolution)
            case .council where citingBody == .ecosoc: series = ("E", .ecosocResolution)
            case .external(let name): return .failure(.init(reason: "a resolution of the \(name), outside the UN symbol system"))
            default: series = ("A", .gaResolution)
            }
            guard keyword == .resolution else { return .failure(.init(reason: "an old-style decision number")) }
            return .success(parts.map { part in
                ("\(series.0)/RES/\(number)\(part.map { " " + $0 } ?? "") (\(session))", series.1)
            })

        case .sessional(let prefix, let session, let number):
            let yearNumbered = prefix.isEmpty && session >= 1946
            let base: String
            let kind: CitationKind
            switch (organ, keyword) {
            case (.external(let name), _):
                return .failure(.init(reason: "a \(keyword == .resolution ? "resolution" : "decision") of the \(name), outside the UN symbol system"))
            case (.commission(let series), .resolution):
                (base, kind) = ("\(series)/RES", .otherResolution)
            case (.commission(let series), .decision):
                (base, kind) = ("\(series)/DEC", .otherResolution)
            case (.humanRightsCouncil, .resolution):
                (base, kind) = ("A/HRC/RES", .hrcResolution)
            case (.humanRightsCouncil, .decision):
                (base, kind) = ("A/HRC/DEC", .otherResolution)
            case (.ecosoc, .resolution):
                (base, kind) = ("E/RES", .ecosocResolution)
            case (.ecosoc, .decision):
                (base, kind) = ("E/DEC", .ecosocDecision)
            case (_, .resolution) where yearNumbered:
                // A year before the slash: ECOSOC's numbering, never the Assembly's sessions.
                (base, kind) = ("E/RES", .ecosocResolution)
            case (_, .decision) where yearNumbered:
                (base, kind) = ("E/DEC", .ecosocDecision)
            case (_, .resolution):
                (base, kind) = ("A/RES", .gaResolution)
            case (_, .decision):
                (base, kind) = ("A/DEC", .gaDecision)
            }
            // A number's form that no series of the organ has names another body's resolution
            // ("resolution 14/221" of the League of Arab States, "decision 29/101" of an expert group).
            if prefix.isEmpty, let why = Self.outsideSeries(base: base, session: session, number: number, keyword: keyword) {
                return .failure(.init(reason: why))
            }
            return .success(parts.map { part in
                ("\(base)/\(prefix)\(session)/\(number)\(part.map { " " + $0 } ?? "")", kind)
            })
        }
    }

    /// The Assembly has numbered its resolutions and decisions by session since its
    /// thirty-first session (1976; "31/1"); ECOSOC by year since 1978 ("1978/1").
    static func outsideSeries(base: String, session: Int, number: Int, keyword: Keyword) -> String? {
        let word = keyword == .resolution ? "resolution" : "decision"
        switch base {
        case "A/RES", "A/DEC":
            guard session < 31 else { return nil }
            return "no General Assembly \(word) is numbered \(session)/\(number): the Assembly has numbered by session only since its thirty-first session (1976); another body's \(word)"
        case "E/RES", "E/DEC":
            guard session < 1978 || session > 2100 else { return nil }
            return "no Economic and Social Council \(word) is numbered \(session)/\(number): the Council has numbered by year only since 1978; another body's \(word)"
        default:
            return nil
        }
    }

    struct Unresolvable: Error {
        var reason: String
    }

    /// The kind and canonical form of a symbol written out in full.
    static func classify(symbol: String) -> (symbol: String, kind: CitationKind) {
        (symbol, asciiKind(symbol) ?? kind(symbol))
    }

    /// `kind(_:)` for an ASCII symbol (what the scanner reads), on bytes: for ASCII
    /// text upper-casing, `hasPrefix` and `contains` are the byte operations, and
    /// Foundation's `contains` cost more than finding the symbol in the first place.
    static func asciiKind(_ symbol: String) -> CitationKind? {
        var upper: [UInt8] = []
        upper.reserveCapacity(symbol.utf8.count)
        for b in symbol.utf8 {
            guard b < 0x80 else { return nil }
            upper.append(Byte.isLower(b) ? b - 0x20 : b)
        }
        func contains(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount, w = s.utf8Start
            guard n <= upper.count else { return false }
            return (0...(upper.count - n)).contains { i in (0..<n).allSatisfy { upper[i + $0] == w[$0] } }
        }
        func hasPrefix(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount, w = s.utf8Start
            return n <= upper.count && (0..<n).allSatisfy { upper[$0] == w[$0] }
        }
        if Self.joinsSymbols(upper) { return .document }
        // A corrigendum, addendum, revision or amendment of a resolution is a document of its
        // own ("A/RES/60/1/Corr.1"), as it is when read as "and Corr.1" after the resolution.
        if contains("/CORR.") || contains("/ADD.") || contains("/REV.") || contains("/AMEND.") { return .document }
        if hasPrefix("A/RES/") { return .gaResolution }
        if hasPrefix("A/DEC/") { return .gaDecision }
        if hasPrefix("E/RES/") { return .ecosocResolution }
        if hasPrefix("E/DEC/") { return .ecosocDecision }
        if hasPrefix("S/RES/") { return .scResolution }
        if hasPrefix("A/HRC/RES/") { return .hrcResolution }
        // Another body's decisions ("A/HRC/DEC/3/1", "E/CN.3/DEC/51/101") are of the kind its
        // resolutions are, as they are when read from the words ("Human Rights Council decision
        // 3/1"): a symbol written in full gave "document" (found by the extract fuzz target).
        if contains("/RES/") || contains("/DEC/") { return .otherResolution }
        return .document
    }

    /// Whether an upper-cased symbol joins two ("A/67/66-E/2012/49"): it holds a hyphen other
    /// than a special or emergency special session's ("A/RES/ES-10/14", "A/DEC/S-28/11").
    static func joinsSymbols(_ upper: [UInt8]) -> Bool {
        func ends(_ s: StaticString, at i: Int) -> Bool {
            let n = s.utf8CodeUnitCount, w = s.utf8Start
            return i >= n && (0..<n).allSatisfy { upper[i - n + $0] == w[$0] }
        }
        for i in upper.indices where upper[i] == Byte.hyphen {
            if !(ends("/RES/S", at: i) || ends("/DEC/S", at: i) || ends("/RES/ES", at: i) || ends("/DEC/ES", at: i)) { return true }
        }
        return false
    }

    /// The kind of any symbol, Unicode and all.
    static func kind(_ symbol: String) -> CitationKind {
        let upper = symbol.uppercased()
        if joinsSymbols(Array(upper.utf8)) {
            return .document  // joint symbols name reports
        }
        if upper.contains("/CORR.") || upper.contains("/ADD.") || upper.contains("/REV.") || upper.contains("/AMEND.") { return .document }
        if upper.hasPrefix("A/RES/") { return .gaResolution }
        if upper.hasPrefix("A/DEC/") { return .gaDecision }
        if upper.hasPrefix("E/RES/") { return .ecosocResolution }
        if upper.hasPrefix("E/DEC/") { return .ecosocDecision }
        if upper.hasPrefix("S/RES/") { return .scResolution }
        if upper.hasPrefix("A/HRC/RES/") { return .hrcResolution }
        if upper.contains("/RES/") || upper.contains("/DEC/") { return .otherResolution }
        return .document
    }
}

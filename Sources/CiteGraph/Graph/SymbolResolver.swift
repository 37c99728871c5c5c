import Foundation

/// Turns what a user types ("67/195", "resolution 67/195", "1325 (2000)",
/// "A/67/66") into a node, or explains precisely why it cannot.
///
/// Short forms are read the way UN texts read them: "67/195" is General
/// Assembly resolution A/RES/67/195; "1325 (2000)" is Security Council
/// resolution S/RES/1325 (2000); "2200 A (XXI)" is A/RES/2200 A (XXI);
/// "2006/46" is ECOSOC resolution E/RES/2006/46. When that first reading is not
/// in the corpus, the other series the short form could belong to (decisions,
/// ECOSOC, Human Rights Council) are tried; more than one match is ambiguous.
public struct SymbolResolver: Sendable {
    /// The graph whose symbols are resolved.
    public let graph: CitationGraph

    /// A resolver over `graph`'s index of spellings.
    public init(graph: CitationGraph) { self.graph = graph }

    /// The node a person means by `input` ("67/195", "A/RES/67/195", "1325 (2000)"):
    /// throws with the nearest spellings when none matches, and with the candidates when
    /// a short form names several documents, rather than guessing.
    public func resolve(_ input: String) throws(SymbolResolutionError) -> Int {
        let typed = input.trimmingSpaces
        guard !typed.isEmpty else { throw .notASymbol(input: input) }
        let (hint, rest) = Self.stripPreamble(typed)
        let key = SymbolIdentity.normalize(rest)
        if let id = graph.index[key] { return Int(id) }
        guard let readings = Self.readings(of: key, hint: hint) else {
            if Self.hasSymbolShape(key) { throw .unknown(input: typed, suggestions: suggestions(for: key, short: false)) }
            throw .notASymbol(input: typed)
        }
        if let id = graph.index[readings.first] { return Int(id) }
        let found = readings.others.compactMap { graph.index[$0] }
        let distinct = Array(Set(found)).sorted()
        if distinct.count == 1 { return Int(distinct[0]) }
        if distinct.count > 1 {
            throw .ambiguous(input: typed, candidates: distinct.map { graph.nodes[Int($0)].symbol })
        }
        throw .unknown(input: typed, suggestions: suggestions(for: key, short: true))
    }

    /// What a short form may stand for: the usual reading first, then the others.
    static func readings(of key: String, hint: Organ?) -> (first: String, others: [String])? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        // "1325 (2000)", "186 (1964)", "2200 A (XXI)", "1733 (LIV)".
        if parts.count == 1, let open = key.firstIndex(of: "("), key.hasSuffix(")") {
            let head = key[..<open].trimmingSpaces
            let inner = key[key.index(after: open)..<key.index(before: key.endIndex)]
            guard Self.isNumberWithPart(head) else { return nil }
            if inner.count == 4, Int(inner) != nil { return ("S/RES/" + key, []) }
            guard RomanNumeral.value(of: inner) != nil else { return nil }
            return hint == .ecosoc ? ("E/RES/" + key, ["A/RES/" + key]) : ("A/RES/" + key, ["E/RES/" + key])
        }
        // "67/195", "57/270 B", "S-10/2", "ES-10/14", "2006/46".
        guard parts.count == 2, Self.isNumberWithPart(parts[1]) else { return nil }
        let first = parts[0]
        if first.hasPrefix("S-") || first.hasPrefix("ES-") {
            guard Int(first.drop { $0 != "-" }.dropFirst()) != nil else { return nil }
            return ("A/RES/" + key, [])
        }
        guard let n = Int(first) else { return nil }
        let series: [String]
        switch (hint, n >= 1946) {
        case (.decision, false): series = ["A/DEC/", "E/DEC/"]
        case (.decision, true), (.ecosocDecision, _): series = ["E/DEC/", "A/DEC/"]
        case (.ecosoc, _): series = ["E/RES/", "E/DEC/"]
        case (.humanRights, _): series = ["A/HRC/RES/", "A/RES/"]
        case (.security, _): series = ["S/RES/"]
        case (_, true): series = ["E/RES/", "E/DEC/", "A/RES/", "A/DEC/"]
        default: series = ["A/RES/", "A/DEC/", "E/RES/", "E/DEC/", "A/HRC/RES/"]
        }
        return (series[0] + key, series.dropFirst().map { $0 + key })
    }

    /// A full symbol's shape: parts separated by "/", none empty, each with a
    /// letter or digit, and balanced parentheses ("A/67/66", "S/RES/1325 (2000)").
    /// "/" or "67/" is no symbol, and is said to be none rather than looked up.
    static func hasSymbolShape(_ key: String) -> Bool {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        var depth = 0
        for character in key {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
            if depth < 0 || depth > 1 { return false }
        }
        return parts.count > 1 && depth == 0
            && parts.allSatisfy { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// "195", "270 B": a number, optionally a part letter.
    private static func isNumberWithPart(_ text: some StringProtocol) -> Bool {
        let pieces = text.split(separator: " ")
        guard let number = pieces.first, Int(number) != nil, pieces.count <= 2 else { return false }
        return pieces.count == 1 || (pieces[1].count == 1 && pieces[1].first!.isLetter)
    }

    /// The organ a typed reference names before its number.
    enum Organ: Sendable { case decision, ecosoc, ecosocDecision, humanRights, security }

    /// Strips "General Assembly resolution", "Security Council resolution",
    /// "its decision" and the like, remembering which series they point to.
    static func stripPreamble(_ typed: String) -> (Organ?, String) {
        var rest = Substring(typed)
        var organ: Organ?
        var decision = false
        let words: [(String, Organ?)] = [
            ("general assembly", nil), ("security council", .security),
            ("economic and social council", .ecosoc), ("human rights council", .humanRights),
            ("its", nil), ("the", nil), ("resolutions", nil), ("resolution", nil),
            ("decisions", .decision), ("decision", .decision), ("res.", nil),
        ]
        var changed = true
        while changed {
            changed = false
            for (word, o) in words where rest.lowercased().hasPrefix(word + " ") {
                rest = rest.dropFirst(word.count).drop { $0 == " " }
                if o == .decision { decision = true } else if let o { organ = o }
                changed = true
            }
        }
        if decision { organ = organ == .ecosoc ? .ecosocDecision : .decision }
        return (organ, String(rest))
    }

    /// Nodes whose symbols are a few edits away, shown the way the user wrote
    /// the query (short form for short input).
    func suggestions(for key: String, short: Bool) -> [String] {
        let budget = max(2, key.count / 4)
        var best = budget
        var found: [String] = []
        for node in graph.nodes {
            let shown = short ? Self.shortForm(node.symbol) : node.symbol
            let candidate = SymbolIdentity.normalize(shown)
            guard abs(candidate.count - key.count) <= best else { continue }
            let d = EditDistance.levenshtein(key, candidate, limit: best + 1)
            if d > best { continue }
            if d < best { best = d; found = [] }
            found.append(shown)
        }
        return Array(Set(found)).sorted().prefix(3).map { $0 }
    }

    /// The short form a resolution is usually named by: "67/195", "1325 (2000)".
    public static func shortForm(_ symbol: String) -> String {
        for prefix in ["A/RES/", "S/RES/"] where symbol.hasPrefix(prefix) {
            return String(symbol.dropFirst(prefix.count))
        }
        return symbol
    }
}

/// Why a typed symbol names no node.
public enum SymbolResolutionError: Error, LocalizedError, Hashable, Sendable {
    /// The input has no shape of a UN symbol at all.
    case notASymbol(input: String)
    /// A well-formed symbol that no document of the corpus has; with the nearest spellings.
    case unknown(input: String, suggestions: [String])
    /// A short form that several documents answer to.
    case ambiguous(input: String, candidates: [String])

    /// One line naming what was typed and what to try instead.
    public var errorDescription: String? {
        switch self {
        case .notASymbol(let input):
            "\"\(input)\" is not a UN document symbol (try forms like 67/195, A/RES/67/195, 1325 (2000), A/67/434)"
        case .unknown(let input, let suggestions):
            suggestions.isEmpty
                ? "no document \(input) in this corpus"
                : "no document \(input) in this corpus; did you mean \(suggestions.joined(separator: " or "))?"
        case .ambiguous(let input, let candidates):
            "\(input) is ambiguous in this corpus: it could be \(candidates.joined(separator: ", ")); type the full symbol"
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: String { String(self).trimmingCharacters(in: .whitespacesAndNewlines) }
}

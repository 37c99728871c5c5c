/// Levenshtein distance, for "did you mean" suggestions on mistyped symbols
/// and command names: a typo should cost a user one retry, not a search
/// through the help.
public enum EditDistance {
    /// The edit distance of `a` and `b`, or any value ≥ `limit` once it is clear
    /// the distance reaches `limit` (suggestions only need the near ones).
    public static func levenshtein(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin >= limit { return limit }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension EditDistance {
    /// The candidate closest to `word`, when it is close enough to be what
    /// was meant: at most a third of the word's length away (at least 1, at
    /// most 3 edits), and ties broken by the candidates' order.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = min(3, max(1, word.count / 3)) + 1
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = candidate.hasPrefix(word) && !word.isEmpty ? 1 : levenshtein(word, candidate, limit: limit)
            if distance < limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }
}

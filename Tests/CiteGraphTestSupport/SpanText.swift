/// What a citation's text may differ from the text at its range by.
///
/// A citation broken by a page break ("52/102 of 21" … the page's notes, its job number and
/// "Please recycle" … "December 2001") reads as the words around the break, while its range,
/// in the user's text, holds the break: the text is the range's text less some of its inner
/// lines, whole. Nothing else may differ, once white space is folded. The fuzz targets compile
/// this file beside their own support (scripts/fuzz.sh), so it uses the standard library only.
public enum SpanText {
    /// Whether `text` is `slice` with none or some of its inner lines left out, both compared
    /// after `fold` (which folds white space to single spaces and may fold more).
    ///
    /// The first and last lines, where the range starts and ends, are never left out. The
    /// reading keeps every word position the lines read so far can reach, so the answer is
    /// exact: O(lines × words).
    public static func isSlice(_ slice: String, lessInnerLines text: String, fold: (String) -> String) -> Bool {
        // Words by Unicode scalars, not `Character`s: a line may start with a combining mark,
        // which the citation's text, joining the lines with a space, attaches to that space
        // (" \u{1AD3}" is one `Character`), so a split by `Character`s would not see the word
        // break (found by the extract fuzz target after 7.96M executions).
        func words(_ s: String) -> [[Unicode.Scalar]] { s.unicodeScalars.split(separator: " ").map(Array.init) }
        let want = words(fold(text))
        let lines = slice.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        var reach: Set<Int> = [0]
        for (k, line) in lines.enumerated() {
            let words = words(fold(String(String.UnicodeScalarView(line))))
            let inner = k > 0 && k < lines.count - 1
            var next: Set<Int> = []
            for p in reach {
                if p + words.count <= want.count, want[p..<(p + words.count)].elementsEqual(words) { next.insert(p + words.count) }
                if inner { next.insert(p) }
            }
            reach = next
            if reach.isEmpty { return false }
        }
        return reach.contains(want.count)
    }
}

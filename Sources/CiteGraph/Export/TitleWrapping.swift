/// Shortens and wraps document titles for node labels.
///
/// UN titles run to two hundred characters ("Follow-up to and implementation of
/// the outcome of the International Conference on Financing for Development");
/// a node shows the first few words and the tooltip carries the whole title.
public enum TitleWrapping {
    /// The first words of `title`, at most `limit` characters, with an ellipsis when cut.
    public static func shortTitle(_ title: String, limit: Int = 72) -> String {
        let words = DOTEscaping.singleLine(title).split(separator: " ")
        var out = ""
        for word in words {
            let candidate = out.isEmpty ? String(word) : out + " " + word
            if candidate.count > limit {
                if out.isEmpty { return String(word.prefix(limit - 1)) + "…" }
                return out + " …"
            }
            out = candidate
        }
        return out
    }

    /// The lines a node label shows: the title wrapped to `width`, at most
    /// `maxLines` of them, the last ending in an ellipsis when the title goes on.
    public static func labelLines(_ title: String, width: Int = 28, maxLines: Int = 3) -> [String] {
        let lines = wrap(title, width: width)
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        var last = Substring(kept[maxLines - 1])
        while last.count + 2 > width, let space = last.lastIndex(of: " ") { last = last[..<space] }
        kept[maxLines - 1] = String(last.prefix(width - 2)) + " …"
        return kept
    }

    /// `text` broken at spaces into lines of at most `width` characters; a word
    /// longer than a line is split so no line overflows.
    public static func wrap(_ text: String, width: Int = 26) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in DOTEscaping.singleLine(text).split(separator: " ") {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if word.isEmpty { continue }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

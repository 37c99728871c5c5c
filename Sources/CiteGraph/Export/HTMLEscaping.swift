/// Text for HTML pages citegraph writes (the interactive view, annotated texts).
///
/// Document strings — titles, symbols, the text of a resolution — are data,
/// never markup: a title holding `<script>` or `"` must show as those
/// characters. Element text and attribute values escape the five specials;
/// JSON embedded in a `<script type="application/json">` escapes `<`, `>`
/// and `&` as `\u003c`-style escapes so that no `</script>` or `<!--` can end
/// the block early, plus U+2028/U+2029, which older parsers take as line ends.
public enum HTMLEscaping {
    /// For element content and for attribute values in double quotes.
    public static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and line ends are not allowed in HTML text.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                if (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// JSON text made safe to sit inside a `<script>` element. The escapes are
    /// JSON's own, so `JSON.parse` returns the original strings unchanged.
    public static func scriptJSON(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

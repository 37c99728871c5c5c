/// Turns arbitrary document text into DOT that Graphviz reads back as exactly that text.
///
/// Graphviz runs several passes over an attribute value, and each kind of value
/// goes through different ones, so each gets its own function. The rules were
/// established against Graphviz 2.42 and are pinned by the rendering tests:
///
/// - every quoted string: the parser turns `\"` into `"` and keeps other backslashes;
/// - plain labels: HTML entities are decoded, then `\N`, `\G`, `\E`, `\T`, `\H`
///   are substituted and `\n`, `\l`, `\r` break lines, and `\\` becomes `\`;
/// - tooltips: backslashes are unescaped twice before substitution, so a literal
///   backslash needs four in the source;
/// - HTML-like labels: XML, then the escapes of plain labels.
public enum DOTEscaping {
    /// A quoted DOT ID. Distinct strings give distinct IDs, and any string parses,
    /// including one ending in a backslash or holding a line break.
    ///
    /// Other control characters are written `\xHH`: Graphviz's scanner ends a string at a NUL
    /// byte, and XML (the SVG it writes) forbids the rest. U+FFFE and U+FFFF, which XML forbids
    /// too, are written `\uFFFE` and `\uFFFF` (found by the `svg` fuzz target: a text of
    /// valid UTF-8 may encode them, and Graphviz copies them into the SVG). `&` is written `&amp;`:
    /// Graphviz writes an ID into the SVG's titles with every `&` escaped except those that look
    /// like the start of an entity, and it takes "&;" for one, which no XML reader accepts (found
    /// by the `svg` fuzz target on the ID "2001&;"). A literal backslash is doubled, so
    /// `\x00` written here cannot be the text of another ID (found by the `writers` fuzz target
    /// on a symbol read back from a JSON report).
    public static func id(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "&": out += "&amp;"
            case _ where scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F:
                out += "\\x" + String(repeating: "0", count: scalar.value < 0x10 ? 1 : 0) + String(scalar.value, radix: 16, uppercase: true)
            case _ where XMLEscaping.isNoncharacter(scalar):
                out += "\\u" + String(scalar.value, radix: 16, uppercase: true)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// A quoted plain-text label showing `lines` one under another, centred,
    /// with no Graphviz escape or HTML entity in the text ever interpreted.
    public static func plainLabel(_ lines: [String]) -> String {
        "\"" + lines.map { escapeText($0, backslash: "\\\\") }.joined(separator: "\\n") + "\""
    }

    /// A quoted tooltip (SVG `xlink:title`) showing `lines` one under another, verbatim.
    public static func tooltip(_ lines: [String]) -> String {
        "\"" + lines.map { escapeText($0, backslash: "\\\\\\\\") }.joined(separator: "\\n") + "\""
    }

    /// Text for inside an HTML-like label (`<...>`): XML-escaped, and with
    /// backslashes doubled because Graphviz applies its escapes to HTML labels too.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in singleLine(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Line breaks and tabs inside a title come from the layout of the source
    /// text, not from its meaning, so they become single spaces; control
    /// characters and U+FFFE, U+FFFF (which XML and Graphviz reject) are dropped.
    public static func singleLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || XMLEscaping.isNoncharacter(scalar) { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    private static func escapeText(_ text: String, backslash: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in singleLine(text).unicodeScalars {
            switch scalar {
            case "\\": out += backslash
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

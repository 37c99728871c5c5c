/// Text for XML element content and attribute values (GraphML).
enum XMLEscaping {
    /// Escapes the five XML specials and drops the control characters XML 1.0
    /// forbids outright, which PDF-extracted titles sometimes carry.
    /// In an attribute (`attribute: true`), line breaks and tabs are written as
    /// character references, because XML readers turn literal ones into spaces.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r":
                if attribute { out += "&#\(scalar.value);" } else { out.unicodeScalars.append(scalar) }
            default:
                if scalar.value < 0x20 || isNoncharacter(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// U+FFFE and U+FFFF: valid UTF-8, but not characters XML 1.0 allows anywhere (the DOT
    /// escaping drops them too, since Graphviz copies a DOT file's text into the SVG).
    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}

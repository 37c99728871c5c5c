/// A resolution's identity from its AKN4UN metadata.
///
/// The FRBR work URI names the work for good:
/// `/akn/un/statement/deliberation/unga/2021-12-01/76-10/!main/` is General Assembly
/// resolution 76/10, adopted on 1 December 2021. The adopting body is the URI's
/// fourth part (`unga`, `unecosoc`, `unsc`, `unhrc`), the number its sixth with "-"
/// for "/" ("76-10", "ES-11-1", "2022-1") and part letters after it
/// ("76-84A-B": parts A and B of 76/84, one document). The cover page repeats the
/// symbol (`<docNumber refersTo="#symbol">`), which is checked against the URI.
enum AKNIdentity {
    static let bodies: [String: (prefix: String, name: String)] = [
        "unga": ("A/RES/", "General Assembly"), "ga": ("A/RES/", "General Assembly"),
        "unecosoc": ("E/RES/", "Economic and Social Council"), "ecosoc": ("E/RES/", "Economic and Social Council"),
        "unsc": ("S/RES/", "Security Council"), "sc": ("S/RES/", "Security Council"),
        "unhrc": ("A/HRC/RES/", "Human Rights Council"), "hrc": ("A/HRC/RES/", "Human Rights Council"),
    ]

    static func read(_ root: XMLElement, path: String) -> MarkupIdentity {
        var id = MarkupIdentity()
        let work = root.descendant("FRBRWork")
        let uri = work?.first("FRBRthis")?.attributes["value"] ?? work?.first("FRBRuri")?.attributes["value"]
        if let uri, let parsed = symbol(fromWorkURI: uri) {
            id.symbol = parsed.symbol
            id.body = parsed.body
        }
        if let work {
            for date in work.elements where date.name == "FRBRdate" && date.attributes["name"] == "adoption" {
                id.adopted = isoDate(date.attributes["date"])
            }
            if id.adopted == nil, let date = work.first("FRBRdate") { id.adopted = isoDate(date.attributes["date"]) }
        }
        let cover = root.descendant("coverPage")
        var coverSymbol: String?
        cover?.forEach { el in
            switch el.name {
            case "docNumber" where el.attributes["refersTo"] == "#symbol":
                if coverSymbol == nil { coverSymbol = collapse(el.allText) }
            case "session":
                if id.session == nil, let v = el.attributes["value"] { id.session = Int(v) }
            case "inline" where el.attributes["name"] == "agenda item":
                if id.agendaItem == nil { id.agendaItem = agendaItem(collapse(el.allText)) }
            case "docDate" where el.attributes["refersTo"] == "#dateOfIssuance":
                if id.distributed == nil { id.distributed = isoDate(el.attributes["date"]) }
            default: break
            }
        }
        if let title = root.descendant("preface")?.descendant("docTitle") {
            let t = collapse(title.allText)
            if !t.isEmpty { id.title = t }
        }
        root.descendant("conclusions")?.forEach { el in
            if el.name == "inline", el.attributes["name"] == "adoptionMeeting", id.meeting == nil {
                id.meeting = collapse(el.allText)
            }
        }
        if id.symbol == nil, let coverSymbol, let canonical = canonicalResolution(coverSymbol) {
            id.symbol = canonical
            id.warnings.append("\(path): no FRBR work URI naming a resolution; its symbol \(canonical) is read from the cover page")
        } else if let symbol = id.symbol, let coverSymbol, let canonical = canonicalResolution(coverSymbol),
                  SymbolKey(canonical).halves != SymbolKey(symbol).halves {
            id.warnings.append("\(path): the cover page says \(coverSymbol), the FRBR work URI \(symbol); \(symbol) is used")
        }
        if id.session == nil, let symbol = id.symbol, symbol.hasPrefix("A/RES/") {
            id.session = Int(symbol.dropFirst(6).prefix { $0.isNumber })
        }
        return id
    }

    /// "/akn/un/statement/deliberation/unga/2021-12-01/76-10/!main/" -> A/RES/76/10.
    static func symbol(fromWorkURI uri: String) -> (symbol: String, body: String)? {
        let parts = uri.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // The body is the part before the date; the number follows the date.
        for k in parts.indices.dropLast(2) {
            guard let body = bodies[parts[k].lowercased()], isoDate(parts[k + 1]) != nil else { continue }
            var number = parts[k + 2]
            if let bang = number.firstIndex(of: "!") { number = String(number[..<bang]) }
            guard let n = resolutionNumber(number, prefix: body.prefix) else { return nil }
            return (body.prefix + n, body.name)
        }
        return nil
    }

    /// "76-10" -> "76/10", "ES-11-1" -> "ES-11/1", "76-84A-B" -> "76/84", "2334-2016" (SC) -> "2334 (2016)".
    static func resolutionNumber(_ raw: String, prefix: String) -> String? {
        var s = Array(raw)
        // Part letters after the last digit: "A", "A-B", "A/B".
        var i = s.count
        while i > 0, s[i - 1].isUppercase, s[i - 1].isLetter {
            i -= 1
            guard i >= 2, s[i - 1] == "-" || s[i - 1] == "/", s[i - 2].isUppercase, s[i - 2].isLetter else { break }
            i -= 1
        }
        if i < s.count, i > 0, s[i - 1].isNumber { s = Array(s[..<i]) }
        guard let cut = s.lastIndex(of: "-") else { return nil }
        let head = String(s[..<cut]), tail = String(s[(cut + 1)...])
        guard !head.isEmpty, !tail.isEmpty, tail.allSatisfy(\.isNumber) else { return nil }
        if prefix == "S/RES/" { return head.allSatisfy(\.isNumber) ? "\(head) (\(tail))" : nil }
        return "\(head)/\(tail)"
    }

    /// "A/RES/76/84 A-B" -> "A/RES/76/84".
    static func canonicalResolution(_ s: String) -> String? {
        let t = s.split(separator: " ").first.map(String.init) ?? s
        return t.contains("/RES/") ? t : nil
    }

    /// "Agenda item 39" -> "39".
    static func agendaItem(_ s: String) -> String? {
        let lower = s.lowercased()
        guard lower.hasPrefix("agenda item") else { return s.isEmpty ? nil : s }
        let rest = s.dropFirst("agenda item".count).drop { $0 == " " || $0 == "s" }
        return rest.isEmpty ? nil : String(rest)
    }

    static func isoDate(_ s: String?) -> String? {
        guard let s, s.count == 10 else { return nil }
        let c = Array(s.utf8)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard c[4] == UInt8(ascii: "-"), c[7] == UInt8(ascii: "-"), digits.allSatisfy({ Byte.isDigit(c[$0]) }) else { return nil }
        return s
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

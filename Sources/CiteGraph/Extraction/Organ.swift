/// The UN organ a resolution or decision number belongs to.
///
/// Numbers alone are ambiguous: "2010/2" is an ECOSOC resolution, "20/8" may be
/// the Human Rights Council's, "its resolution" is the citing organ's own. The
/// organ named just before the keyword settles it; failing that, the body that
/// adopted the citing document and the shape of the number do.
enum Organ: Hashable, Sendable {
    case generalAssembly
    case securityCouncil
    case ecosoc
    case humanRightsCouncil
    /// "Council" alone: ECOSOC or the Security Council, by the citing body and the number's shape.
    case council
    /// A functional commission whose resolutions have their own series (`E/CN.6/RES/...`).
    case commission(series: String)
    /// An organ outside the UN symbol system (UNESCO's General Conference, the World Health Assembly).
    case external(name: String)

    /// Names as they stand right before "resolution": longest first, so that
    /// "Economic and Social Council" wins over "Council".
    static let names: [(name: [UInt8], organ: Organ)] = ([
        ("Economic and Social Council", .ecosoc),
        ("Human Rights Council", .humanRightsCouncil),
        ("Security Council", .securityCouncil),
        ("General Assembly", .generalAssembly),
        ("Commission on the Status of Women", .commission(series: "E/CN.6")),
        ("Commission on Human Rights", .commission(series: "E/CN.4")),
        ("Commission on Narcotic Drugs", .commission(series: "E/CN.7")),
        ("Commission for Social Development", .commission(series: "E/CN.5")),
        ("Commission on Population and Development", .commission(series: "E/CN.9")),
        ("Commission on Crime Prevention and Criminal Justice", .commission(series: "E/CN.15")),
        ("Commission on Science and Technology for Development", .commission(series: "E/CN.16")),
        ("Statistical Commission", .commission(series: "E/CN.3")),
        ("Commission on Sustainable Development", .commission(series: "E/CN.17")),
        ("Trusteeship Council", .external(name: "Trusteeship Council")),
        // Regional organizations and the regional commissions, whose resolutions have no UN
        // symbol series: "League of Arab States resolution 14/221", "ECLAC resolution 574 (XXVII)".
        ("Council of the League of Arab States", .external(name: "League of Arab States")),
        ("League of Arab States", .external(name: "League of Arab States")),
        ("African Union", .external(name: "African Union")),
        ("Organization of American States", .external(name: "Organization of American States")),
        ("Organization of Islamic Cooperation", .external(name: "Organization of Islamic Cooperation")),
        ("Economic Commission for Latin America and the Caribbean", .external(name: "Economic Commission for Latin America and the Caribbean")),
        ("Economic Commission for Africa", .external(name: "Economic Commission for Africa")),
        ("Economic Commission for Europe", .external(name: "Economic Commission for Europe")),
        ("Economic and Social Commission for Asia and the Pacific", .external(name: "Economic and Social Commission for Asia and the Pacific")),
        ("Economic and Social Commission for Western Asia", .external(name: "Economic and Social Commission for Western Asia")),
        ("ECLAC", .external(name: "Economic Commission for Latin America and the Caribbean")),
        ("ESCAP", .external(name: "Economic and Social Commission for Asia and the Pacific")),
        ("ESCWA", .external(name: "Economic and Social Commission for Western Asia")),
        ("Conference of the Parties", .external(name: "Conference of the Parties")),
        ("Group of Experts", .external(name: "Group of Experts")),
        ("World Health Assembly", .external(name: "World Health Assembly")),
        ("General Conference", .external(name: "General Conference")),
        ("Executive Board", .external(name: "Executive Board")),
        ("Board of Governors", .external(name: "Board of Governors")),
        ("Governing Council", .external(name: "Governing Council")),
        ("Assembly", .generalAssembly),
        ("Council", .council),
    ] as [(String, Organ)]).map { ($0.0.bytes.map(Byte.lower), $0.1) }

    /// The indices into `names`, in its order, of the names ending in each (lower-case) byte.
    /// The extractor asks `named(endingAt:)` at the end of every word before a keyword, and
    /// almost no word ends like an organ's name: comparing each of the 37 names there was 6% of
    /// extraction's time on the Security Council texts.
    static let namesByLastByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (index, entry) in names.enumerated() { table[Int(entry.name.last!)].append(index) }
        return table
    }()

    /// The organ whose name ends at `end` (exclusive), ignoring a possessive "'s". A line or
    /// page break may stand between the name's words ("Human\nRights Council").
    static func named(endingAt end: Int, in b: [UInt8], from start: Int) -> (organ: Organ, start: Int)? {
        var e = end
        if e - 2 >= start, b[e - 1] == UInt8(ascii: "s"), b[e - 2] == UInt8(ascii: "'") { e -= 2 }
        guard e > start else { return nil }
        for index in namesByLastByte[Int(Byte.lower(b[e - 1]))] {
            let (name, organ) = names[index]
            // "the United Nations-African Union Partnership": a name glued by a hyphen is part
            // of a compound, not the organ.
            guard let s = nameStart(name, endingAt: e, in: b, from: start),
                  s == 0 || !Byte.isAlnum(b[s - 1]) && b[s - 1] != Byte.hyphen else { continue }
            // "Council" alone must be capitalised: "the council" is no organ.
            if !Byte.isUpper(b[s]) { continue }
            return (organ, s)
        }
        return nil
    }

    /// The organ whose full name (more than "Council" or "Assembly" alone) starts at `n` as a
    /// capitalised whole word, and where the name ends: what follows "the" in "the resolutions
    /// of the Human Rights Council", "The General Assembly,".
    static func fullName(at n: Int, in b: [UInt8], limit: Int) -> (organ: Organ, end: Int)? {
        guard n < limit, Byte.isUpper(b[n]) else { return nil }
        for (name, organ) in names where name.count > 8 {
            guard b.matches(name, at: n) else { continue }
            let e = n + name.count
            if e < limit, Byte.isAlnum(b[e]) { continue }
            return (organ, e)
        }
        return nil
    }

    /// Where `name` (lower case, single spaces) starts if it ends at `e`, compared backwards and
    /// case-insensitively, any run of white space up to 400 bytes (a line break, a page's blanked
    /// furniture) standing for each of its spaces; nil where it does not stand there.
    @inline(__always)
    static func nameStart(_ name: [UInt8], endingAt e: Int, in b: [UInt8], from start: Int) -> Int? {
        var i = e, k = name.count
        while k > 0 {
            let c = name[k - 1]
            if c == Byte.space {
                guard i > start, Byte.isSpace(b[i - 1]) else { return nil }
                let run = i
                while i > start, Byte.isSpace(b[i - 1]), run - i < 400 { i -= 1 }
            } else {
                guard i > start, Byte.lower(b[i - 1]) == c else { return nil }
                i -= 1
            }
            k -= 1
        }
        return i
    }

    /// The organ named last in `start..<end` as a whole word, for "its resolution" after "the Council, in ...".
    /// The extractor asks `ClauseOrgan`, which gives the same answers without scanning a clause
    /// again for each "its"; this full scan is the oracle its tests compare with.
    static func lastNamed(in b: [UInt8], from start: Int, to end: Int) -> Organ? {
        var i = end
        while i > start {
            i -= 1
            guard Byte.isAlpha(b[i]), i + 1 == end || !Byte.isAlnum(b[i + 1]) else { continue }
            if let hit = named(endingAt: i + 1, in: b, from: start) {
                if case .council = hit.organ { return .council }
                return hit.organ
            }
        }
        return nil
    }
}

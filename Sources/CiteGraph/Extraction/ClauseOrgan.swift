/// The organ the current clause names last, carried forward as a segment's scan moves on:
/// what "its resolution" refers to ("the Council, ..., recalling its resolution 1373").
///
/// Each "its <keyword>" used to scan back to the clause's start and over that stretch again,
/// so a clause of n bytes with k of them cost n·k: a line repeating "Recalling its resolution
/// 1373 (2001) and S/2020/12, " with no ";" took 112 s for 1 MiB. The answer for a later
/// "its" in the same clause is the answer for the earlier one unless an organ is named in
/// between, so only the bytes since the previous query are visited: linear in the segment.
/// The answers are the ones the full backward scan gives (`Organ.lastNamed`).
struct ClauseOrgan {
    /// The segment's start, where every clause search stops.
    private let floor: Int
    /// Where the previous query stood (an "its" began there), the start of its clause, and
    /// the organ named last in `clauseStart..<end`.
    private var end: Int
    private var clauseStart: Int
    private var organ: Organ?
    /// The bytes the backward searches visited: the work the linear-time test counts.
    private(set) var visited = 0

    init(segment: Range<Int>) {
        floor = segment.lowerBound
        end = segment.lowerBound
        clauseStart = segment.lowerBound
    }

    /// The organ named last before `p` in `p`'s clause (up to the last ";" or the "." of a
    /// sentence's end, or the segment's start). `p` is where "its" begins, so the byte before it
    /// is no letter or digit. Queries come in increasing order; an earlier one starts afresh.
    mutating func named(before p: Int, in b: [UInt8]) -> Organ? {
        if p < end { end = floor; clauseStart = floor; organ = nil }
        // The clause's start: the last boundary after the previous query, or the one it found.
        var s = p
        while s > end, !Self.startsClause(b, s) { s -= 1; visited += 1 }
        var from = end
        if s > end || end == floor {
            if s != clauseStart { organ = nil }
            clauseStart = s
            from = s
        }
        // The organ named last in from..<p, if any; else the one named before `from`.
        var i = p
        while i > from {
            i -= 1
            visited += 1
            guard Byte.isAlpha(b[i]), i + 1 == p || !Byte.isAlnum(b[i + 1]) else { continue }
            if let hit = Organ.named(endingAt: i + 1, in: b, from: clauseStart) {
                organ = hit.organ
                break
            }
        }
        end = p
        return organ
    }

    /// Whether a clause starts at `s`: after ";", after the "." ending a sentence (a
    /// lower-case letter before it, so not "No." or "S/2020/12."), after a blank line, or at a preambular
    /// participle after a comma ("Recalling all relevant resolutions of the General
    /// Assembly, the Human Rights Council and the Economic and Social Council …, reaffirming
    /// its resolutions 65/198 …"): the participle opens a new clause of the citing body, whose
    /// "its" is that body's, not the organ the previous clause named last.
    @inline(__always)
    static func startsClause(_ b: [UInt8], _ s: Int) -> Bool {
        let c = b[s - 1]
        if c == Byte.semicolon || (c == Byte.dot && s - 2 >= 0 && Byte.isLower(b[s - 2])) { return true }
        // A blank line: a section's title above its first paragraph ("… adopted by the Human
        // Rights Council at its thirty-third special session" over "Recalling its resolution
        // 76/245") names no organ of that paragraph.
        if c == Byte.newline, s - 2 >= 0, b[s - 2] == Byte.newline { return true }
        guard c == Byte.space, s < b.count, Byte.isAlpha(b[s]) else { return false }
        return opensParticipleClause(b, at: s)
    }

    /// The participles that open a preambular clause: the citing body's own acts.
    static let participles: [StaticString] = [
        "recalling", "reaffirming", "reiterating", "noting", "welcoming", "recognizing", "recognising",
        "acknowledging", "taking note", "bearing in mind", "stressing", "emphasizing", "expressing",
        "considering", "having considered", "mindful", "convinced", "guided by", "determined", "affirming",
    ]

    /// Whether one of `participles` stands at `s` after ", " or ", and ".
    static func opensParticipleClause(_ b: [UInt8], at s: Int) -> Bool {
        guard participles.contains(where: { b.matchesWord($0, at: s) }) else { return false }
        var e = s
        while e > 0, Byte.isSpace(b[e - 1]) { e -= 1 }
        if e >= 3, b.matchesWord("and", at: e - 3) {
            e -= 3
            while e > 0, Byte.isSpace(b[e - 1]) { e -= 1 }
        }
        // ",4 Recalling also its resolutions": a footnote marker glued to the comma.
        var d = e
        while d > 0, e - d < 3, Byte.isDigit(b[d - 1]) { d -= 1 }
        if d < e, d > 0, b[d - 1] == Byte.comma { return true }
        return e > 0 && b[e - 1] == Byte.comma
    }
}

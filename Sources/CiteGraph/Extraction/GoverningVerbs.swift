/// The verbs that open a resolution's clauses, and the relation each gives a citation.
///
/// Only the forms that govern a clause count ("Recalling", "recalls", "takes note
/// of", "We reaffirm"); participles used as adjectives ("endorsed by the General
/// Assembly", "adopted by the Summit") describe the cited document and are not
/// the citing body's act, so they are left out on purpose.
enum GoverningVerbs {
    static let lexicon: [(words: [UInt8], relation: Relation)] = {
        let table: [(String, Relation)] = [
            ("taking note", .takesNote), ("takes note", .takesNote), ("take note", .takesNote),
            ("having taken note", .takesNote), ("took note", .takesNote),
            ("recalling", .recalls), ("recalls", .recalls), ("recall", .recalls),
            ("reaffirming", .reaffirms), ("reaffirms", .reaffirms), ("reaffirm", .reaffirms),
            ("reiterating", .reaffirms), ("reiterates", .reaffirms), ("reiterate", .reaffirms),
            ("noting", .notes), ("notes", .notes),
            ("welcoming", .welcomes), ("welcomes", .welcomes), ("welcome", .welcomes),
            ("endorsing", .endorses), ("endorses", .endorses), ("endorse", .endorses),
            ("adopts", .adopts), ("adopting", .adopts), ("adopt", .adopts),
            ("approves", .approves), ("approving", .approves), ("approve", .approves),
            ("acknowledging", .acknowledges), ("acknowledges", .acknowledges), ("acknowledge", .acknowledges),
            ("recognizing", .recognizes), ("recognizes", .recognizes), ("recognize", .recognizes),
            ("recognising", .recognizes), ("recognises", .recognizes),
            ("condemning", .condemns), ("condemns", .condemns), ("condemn", .condemns),
            ("decides", .decides), ("deciding", .decides), ("decide", .decides),
            ("requests", .requests), ("requesting", .requests),
            ("bearing in mind", .references), ("guided by", .references), ("having considered", .references),
            ("having examined", .references), ("having regard to", .references),
            ("in accordance with", .references), ("pursuant to", .references),
        ]
        return table.map { ($0.0.bytes, $0.1) }
    }()

    /// The lexicon by first letter, so each word is compared with a few entries only.
    static let byInitial: [[(words: [UInt8], relation: Relation)]] = {
        var table = [[(words: [UInt8], relation: Relation)]](repeating: [], count: 26)
        for entry in lexicon { table[Int(entry.words[0] - 0x61)].append(entry) }
        return table
    }()

    /// Clause verbs in `range`, in text order.
    static func scan(_ b: [UInt8], in range: Range<Int>) -> [(position: Int, relation: Relation)] {
        var out: [(Int, Relation)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let c = Byte.lower(b[i])
            guard Byte.isLower(c), i == range.lowerBound || !Byte.isAlnum(b[i - 1]) else { i += 1; continue }
            defer { while i < range.upperBound, Byte.isAlnum(b[i]) { i += 1 } }
            if let hit = byInitial[Int(c - 0x61)].first(where: { i + $0.words.count <= range.upperBound && b.matchesWord($0.words, at: i) }) {
                out.append((i, hit.relation))
                i += hit.words.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// The relation of the last verb before `position`.
    static func relation(at position: Int, verbs: [(position: Int, relation: Relation)]) -> Relation {
        var lo = 0, hi = verbs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if verbs[mid].position < position { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? .references : verbs[lo - 1].relation
    }
}

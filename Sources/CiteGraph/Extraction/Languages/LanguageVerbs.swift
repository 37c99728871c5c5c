/// `GoverningVerbs` for a language with a table: the clause verbs of a paragraph
/// ("Rappelant", "Recordando", "ссылаясь на", "وإذ تشير", "又回顾"), each to the relation
/// English gives it, in text order. A verb counts at a word's start, or, where the
/// language glues words (Arabic "و", Chinese), anywhere.
enum LanguageVerbs {
    static func scan(_ b: [UInt8], in range: Range<Int>, _ forms: CompiledForms) -> [(position: Int, relation: Relation)] {
        var out: [(Int, Relation)] = []
        let glued = forms.forms.verbsGlued
        b.withUnsafeBufferPointer { buf in
            var i = range.lowerBound
            while i < range.upperBound {
                let c = buf[i]
                guard c < 0x80 ? Byte.isAlpha(c) : c & 0xC0 != 0x80 else { i += 1; continue }
                let first = c < 0x80 ? Byte.lower(c) : FoldedText.foldPair(c, i + 1 < range.upperBound ? buf[i + 1] : 0).0
                if glued || FoldedText.isWordStart(buf, at: i, from: range.lowerBound),
                   let k = forms.verbsByFirst[Int(first)].first(where: { k in
                       let w = forms.verbs[k].word
                       return FoldedText.matches(buf, w, at: i, limit: range.upperBound)
                           && (glued || !FoldedText.isLetter(buf, at: i + w.count, limit: range.upperBound))
                   }), glued ? !afterSubjectWord(buf, at: i, from: range.lowerBound, forms) : !afterDeterminer(buf, at: i, from: range.lowerBound, forms) {
                    out.append((i, forms.verbs[k].relation))
                    i += forms.verbs[k].word.count
                    continue
                }
                i += 1
            }
        }
        return out
    }

    /// Whether a subject word ends right at `i` ("关于通过社会包容促进社会融合的": "on promoting
    /// integration through inclusion"): a verb there heads the subject phrase, not the clause.
    private static func afterSubjectWord(_ b: UnsafeBufferPointer<UInt8>, at i: Int, from start: Int, _ forms: CompiledForms) -> Bool {
        forms.subjectWords.contains { w in i - w.count >= start && FoldedText.matches(b, w, at: i - w.count, limit: i) }
    }

    /// Whether the word before `i` is a determiner ("la demande": a noun, not "demande").
    private static func afterDeterminer(_ b: UnsafeBufferPointer<UInt8>, at i: Int, from start: Int, _ forms: CompiledForms) -> Bool {
        var e = i
        while e > start, Byte.isSpace(b[e - 1]) { e -= 1 }
        return forms.determiners.contains { d in
            e - d.count >= start && FoldedText.matches(b, d, at: e - d.count, limit: e)
                && (d.last == UInt8(ascii: "'") || d.last == 0x99 || e < i) && FoldedText.isWordStart(b, at: e - d.count, from: start)
        }
    }
}

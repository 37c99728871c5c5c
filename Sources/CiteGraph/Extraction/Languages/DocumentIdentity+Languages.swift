extension DocumentIdentity {
    /// The line that opens the body in the text's language ("L’Assemblée générale,",
    /// "إن الجمعية العامة،", "大会，"), on a line of its own: the body's first line and its organ.
    ///
    /// Where the opening is the organ's name alone ("Генеральная Ассамблея", "الجمعية العامة",
    /// "大会"), the masthead line says it too, without the comma: a line ending in a comma
    /// or colon is the opening, the first bare one only when no line has the comma.
    mutating func readOpening(_ b: [UInt8], lines: [Line], _ forms: CompiledForms) {
        var bare: (line: Int, organ: Organ)?
        let hit: (line: Int, organ: Organ)? = b.withUnsafeBufferPointer { buf in
            for (k, line) in lines.enumerated() where line.content.count <= 96 {
                let c = line.content
                guard let hit = forms.openings.first(where: { FoldedText.matches(buf, $0.word, at: c.lowerBound, limit: c.upperBound) }) else { continue }
                let rest = buf[(c.lowerBound + hit.word.count)..<c.upperBound]
                guard rest.allSatisfy({ $0 == Byte.comma || $0 == Byte.colon || Byte.isSpace($0) }) else { continue }
                if rest.contains(where: { $0 == Byte.comma || $0 == Byte.colon }) { return (k, hit.organ) }
                if bare == nil { bare = (k, hit.organ) }
            }
            return nil
        }
        guard let found = hit ?? bare else { return }
        bodyStart = found.line
        organ = found.organ
        body = Self.openings.first { $0.1 == found.organ }?.2
    }
}

extension DocumentIdentity {
    /// The line that opens the body in the text's language ("L’Assemblée générale,",
    /// "إن الجمعية العامة،", "大会，"), on a line of its own: the body's first line and its organ.
    mutating func readOpening(_ b: [UInt8], lines: [Line], _ forms: CompiledForms) {
        b.withUnsafeBufferPointer { buf in
            for (k, line) in lines.enumerated() where line.content.count <= 96 {
                let c = line.content
                guard let hit = forms.openings.first(where: { FoldedText.matches(buf, $0.word, at: c.lowerBound, limit: c.upperBound) }) else { continue }
                let rest = buf[(c.lowerBound + hit.word.count)..<c.upperBound]
                guard rest.allSatisfy({ $0 == Byte.comma || $0 == Byte.colon || Byte.isSpace($0) }) else { continue }
                bodyStart = k
                organ = hit.organ
                body = Self.openings.first { $0.1 == hit.organ }?.2
                return
            }
        }
    }
}

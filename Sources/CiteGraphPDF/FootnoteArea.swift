/// Finds the footnote block at the bottom of a page and reads its notes.
///
/// UN documents set notes below a short rule ("__________________"), smaller
/// than the body, each opening with its number as a small raised figure. When
/// the rule is drawn as a graphic (no text), a block of smaller lines at the
/// bottom whose first line opens with a number is taken instead.
enum FootnoteArea {
    /// A note's pieces as found on one page; `number` is nil for the
    /// continuation of the previous page's last note.
    struct Note: Sendable, Hashable {
        var number: Int?
        var lines: [PDFLine]
    }

    static func split(_ body: [PDFLine], of page: PDFPage, bodyFontSize: Double) -> (text: [PDFLine], notes: [Note]) {
        if let rule = body.lastIndex(where: { isRule($0) && $0.core.minY > page.height * 0.4 }) {
            return (Array(body[..<rule]), notes(in: Array(body[(rule + 1)...])))
        }
        var start = body.count
        while start > 0, body[start - 1].fontSize < bodyFontSize * 0.92 { start -= 1 }
        if start < body.count, body[start].core.minY > page.height * 0.5,
           leadingNumber(of: body[start]) != nil {
            return (Array(body[..<start]), notes(in: Array(body[start...])))
        }
        return (body, [])
    }

    /// A line drawn with characters: underscores, dashes or box-drawing strokes only.
    static func isRule(_ line: PDFLine) -> Bool {
        let text = line.text.filter { !$0.isWhitespace }
        return text.count >= 5 && text.allSatisfy { "_-\u{2012}\u{2013}\u{2014}\u{2015}\u{2500}".contains($0) }
    }

    static func notes(in lines: [PDFLine]) -> [Note] {
        var out: [Note] = []
        for line in lines {
            if let number = leadingNumber(of: line) {
                var rest = line
                rest.words.removeFirst()
                out.append(Note(number: number, lines: rest.words.isEmpty ? [] : [rest]))
            } else if out.isEmpty {
                out.append(Note(number: nil, lines: [line]))
            } else {
                out[out.count - 1].lines.append(line)
            }
        }
        return out
    }

    /// The note number a line opens with: a figure set smaller than the note's
    /// text or raised above it. A full-size number at the start of a line is
    /// text ("2014, 5 and ..."), not a marker.
    static func leadingNumber(of line: PDFLine) -> Int? {
        guard let first = line.words.first, line.words.count > 1,
              let number = Int(first.text), number > 0 else { return nil }
        let raised = line.core.maxY - first.box.maxY > line.fontSize * 0.18
        return first.fontSize < line.fontSize * 0.9 || raised ? number : nil
    }
}

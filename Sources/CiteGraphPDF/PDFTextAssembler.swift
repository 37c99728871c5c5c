/// Writes a PDF's analysed pages as the text the extractor reads: paragraphs
/// separated by blank lines, then every footnote as a `[^n]: text` line.
enum PDFTextAssembler {
    struct Output: Sendable {
        var text: String
        var markers: [Int]
        var noteNumbers: [Int]
    }

    static func assemble(_ pages: [PageText]) -> Output {
        var paragraphs: [(text: String, lines: Int)] = []
        var markers: [Int] = []
        var current = LineJoiner()
        var lineCount = 0
        func close() {
            if !current.isEmpty { paragraphs.append((current.text, lineCount)) }
            markers += current.markers
            current = LineJoiner()
            lineCount = 0
        }

        var previous: (line: PDFLine, page: PageText)?
        for page in pages {
            for line in page.lines {
                let segments = line.segments
                if segments.count > 1 {
                    // Heading columns ("General Assembly" ... "Distr.: General"):
                    // each piece is a line of its own.
                    close()
                    for segment in segments {
                        var piece = line
                        piece.words = segment
                        current.append(piece)
                        lineCount = 1
                        close()
                    }
                    previous = nil
                } else {
                    if let previous, startsParagraph(line, on: page, after: previous) { close() }
                    current.append(line)
                    lineCount += 1
                    previous = (line, page)
                }
            }
        }
        close()

        var notes: [Int: String] = [:]
        var order: [Int] = []
        var last: Int?
        for page in pages {
            for note in page.notes {
                var joiner = LineJoiner()
                for line in note.lines { joiner.append(line) }
                if let number = note.number {
                    if notes[number] == nil { order.append(number) }
                    notes[number] = joiner.text
                    last = number
                } else if let last, !joiner.isEmpty {
                    // A note continued from the previous page.
                    let head = notes[last] ?? ""
                    notes[last] = head.isEmpty ? joiner.text : head + " " + joiner.text
                }
            }
        }

        var text = ""
        for (i, paragraph) in paragraphs.enumerated() {
            if i > 0 {
                text += isHeadingLine(paragraph) && isHeadingLine(paragraphs[i - 1]) ? "\n" : "\n\n"
            }
            text += paragraph.text
        }
        let numbers = order.sorted()
        if !numbers.isEmpty {
            text += "\n\n" + numbers.map { "[^\($0)]: \(notes[$0] ?? "")" }.joined(separator: "\n")
        }
        return Output(text: text + "\n", markers: markers, noteNumbers: numbers)
    }

    /// A short paragraph of one line: a piece of the heading ("Distr.: General",
    /// "18 October 2018") or of the closing ("18th plenary meeting"). Runs of
    /// these stay on consecutive lines, as a block whose lines belong together.
    static func isHeadingLine(_ paragraph: (text: String, lines: Int)) -> Bool {
        paragraph.lines == 1 && paragraph.text.count < 50
    }

    /// A paragraph starts where the line is indented or outdented from the
    /// page's margin, set in another size, or after a gap wider than the line
    /// pitch. Across a page break only indentation counts, so a sentence (and a
    /// citation) running on to the next page stays one paragraph.
    static func startsParagraph(_ line: PDFLine, on page: PageText, after previous: (line: PDFLine, page: PageText)) -> Bool {
        let size = line.fontSize
        if abs(size - previous.line.fontSize) > 0.5 { return true }
        if abs(line.textStart - page.leftMargin) > size * 0.6 { return true }
        if previous.page.page.number == page.page.number {
            return line.core.minY - previous.line.core.minY > page.linePitch * 1.3
        }
        return false
    }
}

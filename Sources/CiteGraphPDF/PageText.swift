/// One page after layout analysis: its text lines in reading order with the
/// furniture taken out, and the notes at its foot.
struct PageText: Sendable {
    var page: PDFPage
    var lines: [PDFLine]
    var notes: [FootnoteArea.Note]
    /// The x where most of the page's text lines start (pages alternate margins).
    var leftMargin: Double
    /// The usual distance between the tops of consecutive lines of a paragraph.
    var linePitch: Double

    init(page: PDFPage, lines: [PDFLine], notes: [FootnoteArea.Note], bodyFontSize: Double) {
        self.page = page
        self.lines = lines
        self.notes = notes
        let body = lines.filter { abs($0.fontSize - bodyFontSize) < 0.5 }
        var starts: [Int: Int] = [:]
        for line in body { starts[Int(line.textStart.rounded()), default: 0] += 1 }
        leftMargin = Double(starts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0)
        var steps: [Double] = []
        for (a, b) in zip(body, body.dropFirst()) {
            let step = b.core.minY - a.core.minY
            if step > 0, step < bodyFontSize * 2 { steps.append(step) }
        }
        steps.sort()
        linePitch = steps.isEmpty ? bodyFontSize * 1.2 : steps[steps.count / 2]
    }
}

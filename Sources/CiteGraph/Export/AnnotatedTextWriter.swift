/// Writes documents as HTML with every citation marked in the text itself —
/// what eyecite's `annotate_citations` does for US case law, for UN documents.
///
/// The text is exactly what citegraph read (for a PDF, the text assembled from
/// its pages; for XML, the text of its elements), so what is marked is what
/// was extracted: each citation links to the cited document on undocs.org,
/// with its symbol, relation and location in a tooltip, and each reference the
/// extractor saw but could not resolve to a symbol is marked differently, with
/// the reason. A reader can check the extraction against the text at a glance.
///
/// Every character of the text is escaped, so a document holding markup shows
/// it as text.
public struct AnnotatedTextWriter: Sendable {
    /// One document to annotate: its text as read, and what extraction found in it.
    public struct Input: Sendable {
        public var text: DocumentText
        public var document: ExtractedDocument

        public init(text: DocumentText, document: ExtractedDocument) {
            self.text = text
            self.document = document
        }
    }

    public init() {}

    /// A whole page holding every input, one `<article>` each, in order.
    public func write(_ inputs: [Input]) -> String {
        let title = inputs.count == 1 ? (inputs[0].document.symbol ?? inputs[0].text.source)
                                      : "\(inputs.count) documents"
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        out += "<meta name=\"generator\" content=\"citegraph\">\n"
        out += "<title>citegraph annotate: \(HTMLEscaping.text(title))</title>\n"
        out += "<style>\n\(Self.style)</style>\n</head>\n<body>\n"
        for (index, input) in inputs.enumerated() {
            out += article(input, number: index + 1)
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// One document's `<article>`: a header saying what it is and what was found, then the marked text.
    public func article(_ input: Input, number: Int) -> String {
        let document = input.document
        let scalars = Array(input.text.text.unicodeScalars)
        let marks = Self.marks(document, in: scalars)
        var out = "<article class=\"document\" id=\"document-\(number)\">\n<header>\n"
        out += "<h1>\(HTMLEscaping.text(document.symbol ?? input.text.source))</h1>\n"
        var facts: [String] = []
        if let title = document.title { facts.append(DOTEscaping.singleLine(title)) }
        if let adopted = document.adopted { facts.append("adopted \(adopted)") }
        if let body = document.body { facts.append(body) }
        if !facts.isEmpty { out += "<p class=\"facts\">\(HTMLEscaping.text(facts.joined(separator: " · ")))</p>\n" }
        out += "<p class=\"source\">read from \(HTMLEscaping.text(input.text.source)) (\(input.text.format.rawValue))</p>\n"
        let located = marks.filter { $0.isUnresolved }.count
        out += "<p class=\"summary\">\(Self.count(document.citations.count, "citation")) "
        out += "(<span class=\"cite sample\">marked</span>), "
        out += "\(Self.count(document.unresolved.count, "unresolved reference")) "
        out += "(<span class=\"unresolved sample\">marked</span>)</p>\n"
        out += "</header>\n<pre class=\"text\">"
        var position = 0
        for mark in marks {
            out += HTMLEscaping.text(Self.string(scalars[position..<mark.start]))
            let inner = HTMLEscaping.text(Self.string(scalars[mark.start..<mark.end]))
            if mark.isUnresolved {
                out += "<mark class=\"unresolved\" title=\"\(HTMLEscaping.text(mark.tooltip))\">\(inner)</mark>"
            } else {
                out += "<a class=\"cite rel-\(mark.relation)\" href=\"\(HTMLEscaping.text(mark.url))\" target=\"_blank\" "
                out += "rel=\"noopener\" data-target=\"\(HTMLEscaping.text(mark.target))\" "
                out += "title=\"\(HTMLEscaping.text(mark.tooltip))\">\(inner)</a>"
            }
            position = mark.end
        }
        out += HTMLEscaping.text(Self.string(scalars[position...]))
        out += "</pre>\n"
        let unplaced = document.unresolved.count - located
        if unplaced > 0 {
            // An unresolved reference whose words cannot be found verbatim in the
            // text (they were joined across a line break differently) is listed, not lost.
            let placedTexts = marks.filter(\.isUnresolved).map(\.tooltip)
            out += "<section class=\"unplaced\"><h2>Unresolved references not found verbatim in the text</h2>\n<ul>\n"
            for reference in document.unresolved where !placedTexts.contains(Self.tooltip(reference)) {
                out += "<li>\(HTMLEscaping.text(Self.tooltip(reference)))</li>\n"
            }
            out += "</ul></section>\n"
        }
        out += "</article>\n"
        return out
    }

    // MARK: - Marks

    struct Mark {
        var start: Int
        var end: Int
        var isUnresolved: Bool
        var target: String
        var url: String
        var relation: String
        var tooltip: String
    }

    /// Citations by their ranges, merged where they overlap (one anchor whose
    /// tooltip names every citation in it, linking to the first); unresolved
    /// references where their words occur, in order, outside any citation.
    static func marks(_ document: ExtractedDocument, in scalars: [Unicode.Scalar]) -> [Mark] {
        let citations = document.citations
            .filter { $0.range.start >= 0 && $0.range.start < $0.range.end && $0.range.end <= scalars.count }
            .sorted { ($0.range.start, -$0.range.end) < ($1.range.start, -$1.range.end) }
        var marks: [Mark] = []
        var group: [Citation] = []
        var groupEnd = 0
        func flush() {
            guard let first = group.first else { return }
            let lines = group.map(tooltip)
            var seen = Set<String>()
            marks.append(Mark(start: first.range.start, end: groupEnd, isUnresolved: false, target: first.target,
                              url: DiagramStyle.documentURL(first.target), relation: first.relation.rawValue,
                              tooltip: lines.filter { seen.insert($0).inserted }.joined(separator: "\n")))
            group = []
        }
        for citation in citations {
            if !group.isEmpty && citation.range.start >= groupEnd { flush() }
            if group.isEmpty { groupEnd = citation.range.end }
            group.append(citation)
            groupEnd = max(groupEnd, citation.range.end)
        }
        flush()

        var unresolved: [Mark] = []
        var searchFrom: [String: Int] = [:]
        for reference in document.unresolved {
            let pattern = Array(reference.text.unicodeScalars)
            guard !pattern.isEmpty else { continue }
            var from = searchFrom[reference.text] ?? 0
            while let range = find(pattern, in: scalars, from: from) {
                from = range.upperBound
                let clashes = marks.contains { $0.start < range.upperBound && range.lowerBound < $0.end }
                    || unresolved.contains { $0.start < range.upperBound && range.lowerBound < $0.end }
                if clashes { continue }
                unresolved.append(Mark(start: range.lowerBound, end: range.upperBound, isUnresolved: true, target: "",
                                       url: "", relation: "", tooltip: tooltip(reference)))
                break
            }
            searchFrom[reference.text] = from
        }
        return (marks + unresolved).sorted { $0.start < $1.start }
    }

    /// The first occurrence of `pattern` at or after `from`, a run of
    /// whitespace in the pattern matching any run of whitespace in the text
    /// (a reference quoted on one line may span two in the text).
    static func find(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int) -> Range<Int>? {
        guard let first = pattern.first, from < text.count else { return nil }
        var start = from
        while start < text.count {
            if text[start] == first {
                var i = start, j = 0
                while j < pattern.count && i < text.count {
                    if pattern[j].properties.isWhitespace {
                        guard text[i].properties.isWhitespace else { break }
                        while j < pattern.count && pattern[j].properties.isWhitespace { j += 1 }
                        while i < text.count && text[i].properties.isWhitespace { i += 1 }
                    } else if pattern[j] == text[i] {
                        i += 1
                        j += 1
                    } else {
                        break
                    }
                }
                if j == pattern.count { return start..<i }
            }
            start += 1
        }
        return nil
    }

    /// "A/RES/56/183 · recalls · PP3, footnote 3, paragraphs 4 and 5"
    static func tooltip(_ citation: Citation) -> String {
        var place = citation.location.description
        if let footnote = citation.footnote { place += ", footnote \(footnote)" }
        if let pinpoint = citation.pinpoint { place += ", \(pinpoint)" }
        return "\(citation.target) · \(citation.relation.rawValue) · \(place)"
    }

    static func tooltip(_ reference: UnresolvedReference) -> String {
        "unresolved: \(DOTEscaping.singleLine(reference.text)) · \(reference.reason) · \(reference.location.description)"
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static let style = """
    body { font: 14px/1.5 Helvetica, Arial, sans-serif; color: #222; margin: 0 auto; max-width: 60em; padding: 1em; }
    article { border-bottom: 1px solid #ddd; padding-bottom: 1.5em; margin-bottom: 1.5em; }
    h1 { font-size: 1.3em; margin: 0.2em 0; }
    .facts { margin: 0.2em 0; }
    .source, .summary { color: #666; margin: 0.2em 0; font-size: 0.9em; }
    pre.text { white-space: pre-wrap; word-wrap: break-word; font: 13px/1.55 Menlo, Consolas, monospace; background: #fcfcfc; border: 1px solid #eee; padding: 1em; }
    a.cite { color: #1f5f99; background: #e6f0fa; text-decoration: none; border-bottom: 1px solid #1f5f99; border-radius: 2px; }
    a.cite:hover { background: #cfe2f5; }
    a.cite.rel-reaffirms { border-bottom-width: 2px; }
    a.cite.rel-takes-note, a.cite.rel-notes { border-bottom-style: dashed; }
    a.cite.rel-on-report-of, a.cite.rel-on-draft { border-bottom-style: dotted; color: #6a3d9a; background: #f1eaf8; border-bottom-color: #6a3d9a; }
    mark.unresolved { background: #fff0c2; color: inherit; border-bottom: 2px wavy #c77700; }
    .cite.sample, .unresolved.sample { padding: 0 0.2em; }
    span.cite.sample { color: #1f5f99; background: #e6f0fa; border-bottom: 1px solid #1f5f99; }
    span.unresolved.sample { background: #fff0c2; border-bottom: 2px wavy #c77700; }
    section.unplaced h2 { font-size: 1em; }

    """
}

/// Words that share a baseline band on one page, left to right.
///
/// Built from geometry rather than poppler's text order, because poppler
/// emits small raised digits (footnote markers) out of place, sometimes after
/// the whole page.
struct PDFLine: Sendable, Hashable {
    var words: [PDFWord]
    /// The band of the line's own text, not stretched by superscripts.
    var core: Box
    /// The size most of the line's characters are set in.
    var fontSize: Double

    var box: Box { words.dropFirst().reduce(words[0].box) { $0.union($1.box) } }
    var text: String { words.map(\.text).joined(separator: " ") }

    /// The leftmost word that is full-size text (a marker before it does not count).
    var textStart: Double {
        (words.first { $0.fontSize >= fontSize * 0.85 } ?? words[0]).box.minX
    }

    /// Pieces of the line separated by a wide horizontal gap: the columns of a
    /// heading ("United Nations" ... "A/RES/73/3"), never the spaces of prose.
    var segments: [[PDFWord]] {
        var out: [[PDFWord]] = [[words[0]]]
        for word in words.dropFirst() {
            let previous = out[out.count - 1].last!
            if word.box.minX - previous.box.maxX > max(fontSize, 6) * 2.5 {
                out.append([word])
            } else {
                out[out.count - 1].append(word)
            }
        }
        return out
    }

    /// Whether a word is set smaller than the line and raised above its
    /// baseline: a superscript, which in UN texts is a footnote marker when it
    /// is a number.
    func isSuperscript(_ word: PDFWord) -> Bool {
        word.fontSize < fontSize * 0.85 && core.maxY - word.box.maxY > fontSize * 0.18
    }
}

enum LineBuilder {
    /// Groups a page's words into lines, top to bottom.
    static func lines(of page: PDFPage) -> [PDFLine] {
        // Largest words first, so each line's band is seeded by its body text
        // and superscripts then fall into the band they are raised within.
        let ordered = page.words.sorted {
            $0.fontSize != $1.fontSize ? $0.fontSize > $1.fontSize : $0.box.minY < $1.box.minY
        }
        var groups: [(core: Box, words: [PDFWord])] = []
        for word in ordered {
            var best: Int?
            var bestOverlap = 0.5
            for (i, group) in groups.enumerated() {
                let overlap = group.core.verticalOverlap(word.box)
                if overlap > bestOverlap {
                    best = i
                    bestOverlap = overlap
                }
            }
            if let best {
                groups[best].words.append(word)
            } else {
                groups.append((word.box, [word]))
            }
        }
        return groups.map { group in
            let words = group.words.sorted { $0.box.minX < $1.box.minX }
            return PDFLine(words: words, core: group.core, fontSize: dominantSize(words))
        }
        .sorted { $0.core.minY < $1.core.minY }
    }

    static func dominantSize(_ words: [PDFWord]) -> Double {
        var weight: [Double: Int] = [:]
        for word in words { weight[word.fontSize, default: 0] += word.text.count }
        return weight.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key ?? 0
    }
}

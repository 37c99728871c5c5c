/// A rectangle in page space, y growing downwards (poppler's text coordinates).
struct Box: Sendable, Hashable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    var height: Double { maxY - minY }

    func union(_ other: Box) -> Box {
        Box(minX: min(minX, other.minX), minY: min(minY, other.minY),
            maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// How much two boxes share vertically, as a fraction of the shorter one:
    /// 1 when one lies within the other's band, 0 when they do not touch.
    func verticalOverlap(_ other: Box) -> Double {
        let shared = min(maxY, other.maxY) - max(minY, other.minY)
        let shorter = min(height, other.height)
        guard shared > 0, shorter > 0 else { return 0 }
        return shared / shorter
    }
}

/// A run of non-blank characters as poppler laid it out, with the font size
/// that tells body text, headers, footnotes and superscript markers apart.
struct PDFWord: Sendable, Hashable {
    var text: String
    var box: Box
    var fontSize: Double
    /// Set when the word was split from the one before it by a change of font
    /// size, not by a space ("Development,¹" or a small-capital initial).
    var attached = false
}

/// One page's words, in poppler's order, and the page size for the bands
/// where running headers and footers live.
struct PDFPage: Sendable, Hashable {
    var number: Int
    var width: Double
    var height: Double
    var words: [PDFWord]
}

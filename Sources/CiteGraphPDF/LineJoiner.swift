/// Builds running text from lines: words spaced, superscript markers glued
/// where they stand as `[^n]`, and lines of one paragraph joined so that a
/// citation broken at a line or page end reads whole again.
struct LineJoiner: Sendable {
    private(set) var text = ""
    /// Footnote numbers met as superscript markers, in order.
    private(set) var markers: [Int] = []

    var isEmpty: Bool { text.isEmpty }

    mutating func append(_ line: PDFLine) {
        var first = true
        var afterLoneHyphen = false
        for word in line.words {
            var gluedLoneHyphen = false
            if line.isSuperscript(word), let numbers = Self.markerNumbers(word.text) {
                for n in numbers { text += "[^\(n)]" }
                markers += numbers
            } else if first {
                appendAtLineStart(word.text)
            } else if word.attached {
                text += word.text
            } else if Self.isLoneHyphen(word.text) || Self.opensWithHyphen(word.text), text.last?.isLetter == true {
                // Justified lines space a hyphen away from its word ("high -level", "drug - resistant").
                text += word.text
                gluedLoneHyphen = Self.isLoneHyphen(word.text)
            } else if afterLoneHyphen, !Self.suspendedHyphenFollowers.contains(word.text) {
                text += word.text
            } else {
                // A word that ends in a hyphen keeps the space after it: "low- and middle-income".
                text += " " + word.text
            }
            afterLoneHyphen = gluedLoneHyphen
            first = false
        }
    }

    /// Joins a line to the text before it. A line-end soft hyphen (U+00AD) is
    /// dropped; a real hyphen or a slash is kept and the line glued to it, so
    /// "non-\ngovernmental" and "A/RES/\n73/3" come out whole. Hyphens are never
    /// removed: UN texts are not hyphenated by the typesetter, so a hyphen at a
    /// line end belongs to the word.
    private mutating func appendAtLineStart(_ word: String) {
        guard let last = text.last else {
            text = word
            return
        }
        if last == "\u{00AD}" {
            text.removeLast()
            text += word
        } else if Self.isLoneHyphen(String(last)), Self.suspendedHyphenFollowers.contains(word) {
            // "low- and middle-income": a suspended hyphen keeps its space.
            text += " " + word
        } else if Self.isLoneHyphen(String(last)) || last == "/" {
            if text.dropLast().last == " ", Self.isLoneHyphen(String(last)) {
                // "drug -" + "resistant": the hyphen was spaced by justification.
                text.removeLast(2)
                text += String(last)
            }
            text += word
        } else {
            text += " " + word
        }
    }

    static let suspendedHyphenFollowers: Set<String> = ["and", "or", "to", "and/or"]

    /// "-level": a hyphen then a letter, which no word of prose starts with.
    static func opensWithHyphen(_ s: String) -> Bool {
        guard let first = s.first, isLoneHyphen(String(first)) else { return false }
        return s.dropFirst().first?.isLetter == true
    }

    static func isLoneHyphen(_ s: String) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// "3" or "3,4" as set in a superscript; nil for anything else.
    static func markerNumbers(_ text: String) -> [Int]? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: true)
        let numbers = parts.compactMap { Int($0) }
        guard !numbers.isEmpty, numbers.count == parts.count, numbers.allSatisfy({ $0 > 0 && $0 < 1000 }) else {
            return nil
        }
        return numbers
    }
}

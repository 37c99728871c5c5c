/// A line of the text: its byte range without the newline, and the range of its
/// content without surrounding white space.
struct Line {
    var range: Range<Int>
    var content: Range<Int>

    var isBlank: Bool { content.isEmpty }

    static func split(_ b: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        let n = b.count
        while start <= n {
            var end = start
            while end < n, b[end] != Byte.newline { end += 1 }
            var s = start, e = end
            while s < e, Byte.isSpace(b[s]) { s += 1 }
            while e > s, Byte.isSpace(b[e - 1]) { e -= 1 }
            lines.append(Line(range: start..<end, content: s..<e))
            if end == n { break }
            start = end + 1
        }
        return lines
    }
}

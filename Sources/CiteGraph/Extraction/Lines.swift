/// A line of the text: its byte range without the newline, and the range of its
/// content without surrounding white space.
struct Line {
    var range: Range<Int>
    var content: Range<Int>

    var isBlank: Bool { content.isEmpty }

    static func split(_ b: [UInt8]) -> [Line] {
        var lines: [Line] = []
        b.withUnsafeBufferPointer { b in
            var start = 0
            let n = b.count
            while start <= n {
                // The next newline by `memchr`, which looks at many bytes at a time.
                var end = n
                if start < n, let base = b.baseAddress, let nl = memchr(base + start, Int32(Byte.newline), n - start) {
                    end = start + UnsafeRawPointer(base + start).distance(to: UnsafeRawPointer(nl))
                }
                var s = start, e = end
                while s < e, Byte.isSpace(b[s]) { s += 1 }
                while e > s, Byte.isSpace(b[e - 1]) { e -= 1 }
                lines.append(Line(range: start..<end, content: s..<e))
                if end == n { break }
                start = end + 1
            }
        }
        return lines
    }
}

import Foundation

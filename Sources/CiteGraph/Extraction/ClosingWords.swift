/// Where "distr.", "agenda item" and "meeting" (any case) stand in a text: the words by which
/// `DocumentIdentity` reads a resolution's distribution date, agenda item and meeting.
///
/// Found in one pass over the whole text: a pass over each line was 5% of extraction's time,
/// most of it on the lines' ends and the "a", "d" and "m" (one byte in seven) it stopped at.
/// This pass stops only where a word's first two letters stand ("di", "ag", "me"), eight bytes
/// at a time (`Block`), and compares the rest there. The lines then ask, in order, for the
/// first of each word that lies wholly in them.
struct ClosingWords {
    private var distr: [Int] = [], agenda: [Int] = [], meeting: [Int] = []
    /// Where the next line's search starts in each list: every position is passed once.
    private var next = (distr: 0, agenda: 0, meeting: 0)

    init(_ b: [UInt8]) {
        b.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            if let base = p.baseAddress {
                let lower = 0x20 &* Block.ones
                while i + Block.width + 1 <= n {
                    let x = Block.load(base + i) | lower, y = Block.load(base + i + 1) | lower
                    var lanes = Block.equal(x, UInt8(ascii: "d")) & Block.equal(y, UInt8(ascii: "i"))
                        | Block.equal(x, UInt8(ascii: "a")) & Block.equal(y, UInt8(ascii: "g"))
                        | Block.equal(x, UInt8(ascii: "m")) & Block.equal(y, UInt8(ascii: "e"))
                    while lanes != 0 {
                        record(at: i + Block.firstSet(lanes), in: b)
                        lanes &= lanes - 1
                    }
                    i += Block.width
                }
            }
            while i + 1 < n {
                record(at: i, in: b)
                i += 1
            }
        }
    }

    /// Records the closing word that starts at `i`, if one does.
    @inline(__always)
    private mutating func record(at i: Int, in b: [UInt8]) {
        let second = b[i + 1] | 0x20
        switch b[i] | 0x20 {
        case UInt8(ascii: "d") where second == UInt8(ascii: "i") && b.matches("distr.", at: i): distr.append(i)
        case UInt8(ascii: "a") where second == UInt8(ascii: "g") && b.matches("agenda item", at: i): agenda.append(i)
        case UInt8(ascii: "m") where second == UInt8(ascii: "e") && b.matches("meeting", at: i): meeting.append(i)
        default: break
        }
    }

    /// The first of each word in the line `c`; lines must be asked for in text order.
    mutating func inLine(_ c: Range<Int>) -> (distr: Int?, agenda: Int?, meeting: Int?) {
        (Self.first(distr, length: 6, in: c, from: &next.distr),
         Self.first(agenda, length: 11, in: c, from: &next.agenda),
         Self.first(meeting, length: 7, in: c, from: &next.meeting))
    }

    /// The first of the ascending `positions` whose word of `length` bytes lies wholly in `c`.
    @inline(__always)
    private static func first(_ positions: [Int], length: Int, in c: Range<Int>, from next: inout Int) -> Int? {
        while next < positions.count, positions[next] < c.lowerBound { next += 1 }
        guard next < positions.count, positions[next] + length <= c.upperBound else { return nil }
        return positions[next]
    }

    /// The per-line search this replaced, kept as the oracle of its test.
    static func byLine(in b: [UInt8], _ c: Range<Int>) -> (distr: Int?, agenda: Int?, meeting: Int?) {
        var found: (distr: Int?, agenda: Int?, meeting: Int?) = (nil, nil, nil)
        var i = c.lowerBound
        while i + 6 <= c.upperBound {
            if found.distr == nil, b.matches("distr.", at: i) { found.distr = i }
            if found.agenda == nil, i + 11 <= c.upperBound, b.matches("agenda item", at: i) { found.agenda = i }
            if found.meeting == nil, i + 7 <= c.upperBound, b.matches("meeting", at: i) { found.meeting = i }
            i += 1
        }
        return found
    }
}

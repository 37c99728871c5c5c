/// Finds every name a note defined in a paragraph in one pass (Aho–Corasick over the names,
/// white space folded as `NamedDocuments.occurrences` folds it), so that the cost is the
/// paragraph's size whatever the number of names: searching once per name cost names × text,
/// and a text of many notes each naming an instrument made extraction quadratic.
///
/// The occurrences of each name are the ones `NamedDocuments.occurrences` gives: whole words,
/// matched left to right without overlap.
struct NameMatcher {
    /// The trie of the names, with failure links; a node's `name` is the name ending there.
    private var children: [[UInt8: Int32]] = [[:]]
    private var fail: [Int32] = [0]
    private var name: [Int32] = [-1]
    /// The nearest node on the failure chain that ends a name (-1: none).
    private var output: [Int32] = [-1]
    private var depth: [Int32] = [0]
    /// The longest name, in folded bytes: how far back a match may start.
    private var longest = 0

    /// `names` as `NamedDocuments.heads` gives them; one with two white-space bytes in a row
    /// can never match (a white-space byte matches a whole run) and is left out.
    init(names: [[UInt8]]) {
        for (id, n) in names.enumerated() {
            guard !n.isEmpty else { continue }
            var folded: [UInt8] = []
            var ok = true
            for c in n {
                let f = Byte.isSpace(c) ? Byte.space : c
                if f == Byte.space, folded.last == Byte.space { ok = false; break }
                folded.append(f)
            }
            guard ok else { continue }
            var node: Int32 = 0
            for c in folded {
                if let next = children[Int(node)][c] { node = next; continue }
                children.append([:]); fail.append(0); name.append(-1); output.append(-1); depth.append(depth[Int(node)] + 1)
                let next = Int32(children.count - 1)
                children[Int(node)][c] = next
                node = next
            }
            if name[Int(node)] < 0 { name[Int(node)] = Int32(id) }
            longest = max(longest, folded.count)
        }
        // Failure links, breadth first.
        var queue: [Int32] = []
        for (_, child) in children[0] { queue.append(child) }
        var head = 0
        while head < queue.count {
            let node = queue[head]; head += 1
            for (c, child) in children[Int(node)] {
                var f = fail[Int(node)]
                while f != 0, children[Int(f)][c] == nil { f = fail[Int(f)] }
                let target = children[Int(f)][c] ?? 0
                fail[Int(child)] = target == child ? 0 : target
                let t = fail[Int(child)]
                output[Int(child)] = name[Int(t)] >= 0 ? t : output[Int(t)]
                queue.append(child)
            }
        }
    }

    /// For each name (by its index in `names`), the starts and ends of its occurrences in `range`.
    /// `visited` grows by the bytes read and the matches reported.
    func occurrences(in b: [UInt8], _ range: Range<Int>, visited: inout Int) -> [Int: [Range<Int>]] {
        var out: [Int: [Range<Int>]] = [:]
        // The folded text: a run of white space is one " ". The last `longest` folded bytes
        // are mapped back to the bytes they stand for (a ring, so memory does not grow with text).
        let ring = longest + 1
        var starts = [Int](repeating: 0, count: ring), ends = [Int](repeating: 0, count: ring)
        var t = 0
        var node: Int32 = 0
        var i = range.lowerBound
        while i < range.upperBound {
            var c = b[i]
            let start = i
            if Byte.isSpace(c) {
                while i < range.upperBound, Byte.isSpace(b[i]) { i += 1 }
                c = Byte.space
            } else {
                i += 1
            }
            visited += i - start
            starts[t % ring] = start; ends[t % ring] = i
            t += 1
            while node != 0, children[Int(node)][c] == nil { node = fail[Int(node)]; visited += 1 }
            node = children[Int(node)][c] ?? 0
            var hit = name[Int(node)] >= 0 ? node : output[Int(node)]
            while hit > 0 {
                visited += 1
                let id = Int(name[Int(hit)])
                let s = starts[(t - Int(depth[Int(hit)])) % ring], e = i
                // Whole words: no letter or digit before, no letter after.
                if (s == range.lowerBound || !Byte.isAlnum(b[s - 1])) && (e == range.upperBound || !Byte.isAlpha(b[e])) {
                    // Left to right without overlap, as one search per name finds them.
                    if let last = out[id]?.last, s < last.upperBound {} else { out[id, default: []].append(s..<e) }
                }
                hit = output[Int(hit)]
            }
        }
        return out
    }
}

import Foundation

/// Scores extracted targets against a gold annotation exactly as the project's
/// reference scorer (`shared/tools/score.py`) does, so the Swift accuracy test
/// and the scorer agree: distinct targets, joint symbols matching on either
/// half, the Security Council's year optional, old GA part letters in either place.
enum GoldScorer {
    struct Score {
        var truePositives = 0
        var falsePositives: [String] = []
        var misses: [String] = []
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives.count)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + misses.count)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    static func halves(_ symbol: String) -> Set<String> {
        var s = symbol.filter { !$0.isWhitespace }.uppercased()
        s = s.replacingOccurrences(of: "\u{2011}", with: "-").replacingOccurrences(of: "\u{2010}", with: "-")
            .replacingOccurrences(of: "\u{2013}", with: "-")
        var parts: [String] = []
        var current = ""
        let chars = Array(s)
        var i = 0
        let series = ["A/", "E/", "S/", "ST/", "TD/", "UNEP/", "CRC/"]
        while i < chars.count {
            if chars[i] == "-", series.contains(where: { String(chars[(i + 1)...].prefix($0.count)) == $0 }) {
                parts.append(current); current = ""; i += 1; continue
            }
            current.append(chars[i]); i += 1
        }
        parts.append(current)
        var keys = Set<String>()
        let old = /(A|E)\/RES\/(\d+)([A-Z])?\(((?:[IVXLC]+|S-[IVXLC]+|ES-[IVXLC]+|ORG-\d+))\)([A-Z])?/
        let sc = /S\/RES\/(\d+)(?:\((\d{4})\))?/
        let volume = /\((?:PARTS?|VOL\.)[^)]*\)/
        for p in parts {
            if let m = p.wholeMatch(of: old) {
                keys.insert("\(m.1)/RES/\(m.2)(\(m.4))\(m.3 ?? m.5 ?? "")")
                continue
            }
            if let m = p.wholeMatch(of: sc) {
                keys.insert("S/RES/\(m.1)")
                continue
            }
            keys.insert(p)
            let q = p.replacing(volume, with: "")
            if q != p { keys.insert(q) }
        }
        return keys
    }

    static func matches(_ a: String, _ b: String) -> Bool { !halves(a).isDisjoint(with: halves(b)) }

    static func score(gold: [String], predicted: [String]) -> Score {
        var seen = Set<String>()
        let pred = predicted.filter { seen.insert($0).inserted }
        var used = Set<Int>()
        var score = Score()
        for g in gold {
            if let hit = pred.indices.first(where: { !used.contains($0) && matches(g, pred[$0]) }) {
                used.insert(hit)
                score.truePositives += 1
            } else {
                score.misses.append(g)
            }
        }
        score.falsePositives = pred.indices.filter { i in !used.contains(i) && !gold.contains { matches(pred[i], $0) } }.map { pred[$0] }
        return score
    }
}

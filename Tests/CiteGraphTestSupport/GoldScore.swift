import Foundation

/// Scores distinct cited targets against a gold file the way
/// ../shared/tools/score.py does: joint symbols match on either half, the year
/// of a Security Council resolution is optional, an old GA resolution's part
/// letter may stand before or after its session, "(Part I)"/"(Vol. I)" may be left off.
public struct GoldScore: Sendable, CustomStringConvertible {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var missed: [String] = []
    public var false_: [String] = []

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// Adds another document's score, for corpus-wide figures.
    public static func + (a: GoldScore, b: GoldScore) -> GoldScore {
        var s = a
        s.truePositives += b.truePositives
        s.falsePositives += b.falsePositives
        s.falseNegatives += b.falseNegatives
        s.missed += b.missed
        s.false_ += b.false_
        return s
    }

    public init() {}

    public var description: String {
        String(format: "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision, recall, f1,
               truePositives, falsePositives, falseNegatives)
            + (missed.isEmpty ? "" : " missed \(missed)") + (false_.isEmpty ? "" : " false \(false_)")
    }

    public init(gold: [String], predicted: [String]) {
        var distinct: [String] = []
        for p in predicted where !distinct.contains(p) { distinct.append(p) }
        var used = Set<Int>()
        for g in gold {
            if let hit = distinct.indices.first(where: { !used.contains($0) && Self.matches(g, distinct[$0]) }) {
                used.insert(hit)
                truePositives += 1
            } else {
                missed.append(g)
                falseNegatives += 1
            }
        }
        for (i, p) in distinct.enumerated() where !used.contains(i) && !gold.contains(where: { Self.matches(p, $0) }) {
            false_.append(p)
            falsePositives += 1
        }
    }

    public static func matches(_ a: String, _ b: String) -> Bool {
        !halves(a).isDisjoint(with: halves(b))
    }

    private static let roman = #"(?:[IVXLC]+|S-[IVXLC]+|ES-[IVXLC]+|ORG-\d+)"#
    private static let jointSplit = try! NSRegularExpression(pattern: #"-(?=(?:A|E|S|ST|TD|UNEP|CRC)/)"#)
    private static let oldNumbering = try! NSRegularExpression(pattern: #"^(A|E)/RES/(\d+)([A-Z])?\((\#(roman))\)([A-Z])?$"#)
    private static let council = try! NSRegularExpression(pattern: #"^S/RES/(\d+)(?:\((\d{4})\))?$"#)
    private static let partOrVolume = try! NSRegularExpression(pattern: #"\((?:PARTS?|VOL\.)[^)]*\)"#)

    /// A symbol's normalised keys, one per half of a joint symbol.
    public static func halves(_ symbol: String) -> Set<String> {
        var s = symbol.filter { !$0.isWhitespace }.uppercased()
        for dash in ["\u{2011}", "\u{2010}", "\u{2013}"] { s = s.replacingOccurrences(of: dash, with: "-") }
        var parts: [String] = []
        var start = s.startIndex
        for m in jointSplit.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
            let r = Range(m.range, in: s)!
            parts.append(String(s[start..<r.lowerBound]))
            start = r.upperBound
        }
        parts.append(String(s[start...]))
        var keys = Set<String>()
        for p in parts {
            let whole = NSRange(p.startIndex..., in: p)
            func group(_ m: NSTextCheckingResult, _ i: Int) -> String {
                Range(m.range(at: i), in: p).map { String(p[$0]) } ?? ""
            }
            if let m = oldNumbering.firstMatch(in: p, range: whole) {
                let letter = group(m, 3).isEmpty ? group(m, 5) : group(m, 3)
                keys.insert("\(group(m, 1))/RES/\(group(m, 2))(\(group(m, 4)))\(letter)")
                continue
            }
            if let m = council.firstMatch(in: p, range: whole) {
                keys.insert("S/RES/\(group(m, 1))")
                continue
            }
            keys.insert(p)
            let bare = partOrVolume.stringByReplacingMatches(in: p, range: whole, withTemplate: "")
            if bare != p { keys.insert(bare) }
        }
        return keys
    }
}

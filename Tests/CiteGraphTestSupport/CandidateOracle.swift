import Foundation

/// What a careful reader would flag as a possible reference, found without the
/// extractor's grammar: the test of "nothing lost silently" checks that each of these
/// ends somewhere in the extractor's output. Deliberately plain patterns.
public enum CandidateOracle {
    public struct Candidate: Sendable {
        /// Offset in Unicode scalars, the unit of the output's ranges.
        public var offset: Int
        public var text: String
    }

    public static func candidates(in text: String, ownSymbol: String?) -> [Candidate] {
        var out: [Candidate] = []
        let ns = text as NSString
        // UTF-16 offsets to scalar offsets: the output's ranges count scalars.
        func scalarOffset(_ utf16: Int) -> Int {
            let i = String.Index(utf16Offset: utf16, in: text)
            return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: i)
        }
        let own = ownSymbol.flatMap(CouncilCrossCheck.councilNumber)
        // "687 (1991)", a year the Council adopted that number in.
        for m in ICU.matches(#"(?<![\d/.])(\d{1,4})\s*\(\s*(\d{4})\s*\)"#, in: text) {
            guard let n = Int(m.groups[0]), let y = Int(m.groups[1]), CouncilCrossCheck.plausible(n, y), n != own else { continue }
            if ICU.precededByNonResolutionWord(text, at: m.range.location) { continue }
            out.append(Candidate(offset: scalarOffset(m.range.location), text: ns.substring(with: m.range)))
        }
        // "resolution 56/183", "decisions 2012/230".
        let keyword = try! NSRegularExpression(pattern: #"\b(?:resolutions?|decisions?)\s+(\d{1,4}/\d{1,4})(?![\d/])"#, options: [.caseInsensitive])
        for m in keyword.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out.append(Candidate(offset: scalarOffset(m.range(at: 1).location), text: ns.substring(with: m.range(at: 1))))
        }
        // "A/67/66", "S/2020/12", "E/2011/27": the three principal organs' document series.
        for m in ICU.matches(#"(?<![\w/.-])[AES]/(?:[A-Z0-9.]+/)*\d+[A-Za-z0-9./]*"#, in: text) {
            let s = ns.substring(with: m.range)
            if let ownSymbol, s.hasPrefix(ownSymbol) || ownSymbol.hasPrefix(s) { continue }
            out.append(Candidate(offset: scalarOffset(m.range.location), text: s))
        }
        return out
    }
}

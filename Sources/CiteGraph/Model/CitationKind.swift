/// The kind of UN document a symbol names.
///
/// The raw values are the contract of the JSON output and of the gold
/// annotations (`ANNOTATION.md`), so they never change spelling.
public enum CitationKind: String, Codable, Sendable, CaseIterable, Comparable {
    case gaResolution = "ga-resolution"
    case gaDecision = "ga-decision"
    case ecosocResolution = "ecosoc-resolution"
    case ecosocDecision = "ecosoc-decision"
    case scResolution = "sc-resolution"
    case hrcResolution = "hrc-resolution"
    case otherResolution = "other-resolution"
    case document = "document"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether this kind is a resolution or decision of some organ (as opposed to a report or other document).
    public var isResolutionOrDecision: Bool { self != .document }
}

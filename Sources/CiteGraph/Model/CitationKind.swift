/// The kind of UN document a symbol names.
///
/// The raw values are the contract of the JSON output and of the gold
/// annotations (`ANNOTATION.md`), so they never change spelling.
public enum CitationKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// A General Assembly resolution, `A/RES/67/195`: the bulk of most corpora.
    case gaResolution = "ga-resolution"
    /// A General Assembly decision, `A/DEC/67/550`: procedural, cited less but still built on.
    case gaDecision = "ga-decision"
    /// An Economic and Social Council resolution, `E/RES/2006/46`.
    case ecosocResolution = "ecosoc-resolution"
    /// An Economic and Social Council decision, `E/DEC/2012/211`.
    case ecosocDecision = "ecosoc-decision"
    /// A Security Council resolution, `S/RES/1325 (2000)`: numbered with the year in brackets.
    case scResolution = "sc-resolution"
    /// A Human Rights Council resolution, `A/HRC/RES/20/8`.
    case hrcResolution = "hrc-resolution"
    /// A resolution of another organ or conference, kept apart so it is not mistaken for the GA's.
    case otherResolution = "other-resolution"
    /// A report, note or other document symbol (`A/67/434`): cited, never adopted.
    case document = "document"

    /// Declaration order (GA, ECOSOC, Council, ..., documents), the order listings and legends use.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether this kind is a resolution or decision of some organ (as opposed to a report or other document).
    public var isResolutionOrDecision: Bool { self != .document }
}

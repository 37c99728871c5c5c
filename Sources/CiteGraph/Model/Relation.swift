/// What the citing text does with the cited document, as its governing verb says.
///
/// UN resolutions open each paragraph with a verb ("Recalling", "Takes note of",
/// "Reaffirms") and the verb is what a reader wants to filter on: a resolution that
/// *recalls* an earlier one builds on it, one that *takes note of* a report does not
/// endorse it. `references` is used when no verb governs the citation.
public enum Relation: String, Codable, Sendable, CaseIterable, Comparable {
    case recalls
    case reaffirms
    case takesNote = "takes-note"
    case notes
    case welcomes
    case endorses
    case adopts
    case approves
    case acknowledges
    case recognizes
    case condemns
    case decides
    case requests
    case onReportOf = "on-report-of"
    case onDraft = "on-draft"
    case references

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

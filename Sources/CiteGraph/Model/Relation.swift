/// What the citing text does with the cited document, as its governing verb says.
///
/// UN resolutions open each paragraph with a verb ("Recalling", "Takes note of",
/// "Reaffirms") and the verb is what a reader wants to filter on: a resolution that
/// *recalls* an earlier one builds on it, one that *takes note of* a report does not
/// endorse it. `references` is used when no verb governs the citation.
public enum Relation: String, Codable, Sendable, CaseIterable, Comparable {
    /// "Recalling", "Recalls": the commonest way a resolution builds on an earlier one.
    case recalls
    /// "Reaffirming", "Reaffirms": a stronger commitment than recalling, the one analysts look for first.
    case reaffirms
    /// "Taking note of", "Takes note of": acknowledges a report without endorsing it.
    case takesNote = "takes-note"
    /// "Noting", "Notes": weaker than taking note, often of facts or reports.
    case notes
    /// "Welcoming", "Welcomes": approval of a report or an outcome.
    case welcomes
    /// "Endorses": the organ makes the cited text its own.
    case endorses
    /// "Adopts": the cited text (an annex, a declaration) becomes the organ's.
    case adopts
    /// "Approves": budgets, programmes and recommendations.
    case approves
    /// "Acknowledging": recognition short of approval.
    case acknowledges
    /// "Recognizing": states a fact the cited document establishes.
    case recognizes
    /// "Condemns": the cited act or document is opposed, a citation that is not support.
    case condemns
    /// "Decides": the operative decision refers to the cited document.
    case decides
    /// "Requests": a request made by reference to the cited document.
    case requests
    /// "on the report of the Committee (A/67/434)": the report the resolution was adopted on.
    case onReportOf = "on-report-of"
    /// "on the draft resolution A/67/L.27": the draft the resolution was adopted from.
    case onDraft = "on-draft"
    /// No governing verb: a citation in passing, a footnote or a list.
    case references

    /// Declaration order (recalls, reaffirms, takes note, ..., references): an edge is
    /// shown and coloured by its minimum, so a citation in passing never hides a recall.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The six official languages of the United Nations, by their ISO 639-1 codes.
///
/// A resolution is published in all six under one symbol, so the language is a
/// property of the text that was read, not of the document: the graph keeps one
/// node per symbol and lists the languages its versions were read in.
public enum Language: String, Codable, Sendable, CaseIterable, Comparable {
    /// Arabic, Chinese, English, French, Russian and Spanish, in the UN's order; the
    /// raw values are the ISO 639-1 codes the JSON and the UN's file names use.
    case ar, zh, en, fr, ru, es

    /// Code order, so listings of a document's languages read the same everywhere.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

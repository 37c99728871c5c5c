/// The six official languages of the United Nations, by their ISO 639-1 codes.
///
/// A resolution is published in all six under one symbol, so the language is a
/// property of the text that was read, not of the document: the graph keeps one
/// node per symbol and lists the languages its versions were read in.
public enum Language: String, Codable, Sendable, CaseIterable, Comparable {
    case ar, zh, en, fr, ru, es

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

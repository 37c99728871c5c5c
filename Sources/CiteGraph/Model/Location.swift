/// Where in a resolution a citation stands.
///
/// Written as `HEADER`, `PP<n>`, `OP<n>` or `FN<n>`, the notation of the gold
/// annotations, so locations can be compared with them as strings.
public enum Location: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The bracketed line under the title: "[on the report of the Second Committee (A/67/434)]".
    case header
    /// Preambular paragraph n, counted from the first paragraph after "The General Assembly,".
    case preambular(Int)
    /// Operative paragraph n, as numbered in the text.
    case operative(Int)
    /// Footnote n, for a citation in a footnote that no body marker leads to.
    case footnote(Int)

    /// The notation of the JSON and the tables: `HEADER`, `PP3`, `OP10`, `FN2`.
    public var description: String {
        switch self {
        case .header: "HEADER"
        case .preambular(let n): "PP\(n)"
        case .operative(let n): "OP\(n)"
        case .footnote(let n): "FN\(n)"
        }
    }

    /// Parses the notation written by `description`; `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        if text == "HEADER" { self = .header; return }
        let prefix = text.prefix(2)
        guard let n = Int(text.dropFirst(2)), n >= 0 else { return nil }
        switch prefix {
        case "PP": self = .preambular(n)
        case "OP": self = .operative(n)
        case "FN": self = .footnote(n)
        default: return nil
        }
    }

    private var order: (Int, Int) {
        switch self {
        case .header: (0, 0)
        case .preambular(let n): (1, n)
        case .operative(let n): (2, n)
        case .footnote(let n): (3, n)
        }
    }

    /// Document order: header, preamble, operative part, footnotes.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    /// Reads the notation `description` writes, so reports round-trip.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let location = Location(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a location: \(text)"))
        }
        self = location
    }

    /// Writes the notation, one short string rather than a nested object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

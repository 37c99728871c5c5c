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
        var text = String(text)
        guard let location = text.withUTF8({ Location(utf8: $0) }) else { return nil }
        self = location
    }

    /// `init(_:)` from the notation's UTF-8 bytes, as an index reads them from a row: the
    /// generic reading of a `StringProtocol` (its `prefix`, `dropFirst` and `Int(_:)`) was 9%
    /// of the last transaction of a first `index` run, which reads back every citation.
    public init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        if b.elementsEqual("HEADER".utf8) { self = .header; return }
        guard b.count > 2, let n = Self.integer(b[2...]), n >= 0 else { return nil }
        switch (b[0], b[1]) {
        case (UInt8(ascii: "P"), UInt8(ascii: "P")): self = .preambular(n)
        case (UInt8(ascii: "O"), UInt8(ascii: "P")): self = .operative(n)
        case (UInt8(ascii: "F"), UInt8(ascii: "N")): self = .footnote(n)
        default: return nil
        }
    }

    /// What `Int(_:)` reads from these bytes: a sign or none, then ASCII digits only, nil on overflow.
    private static func integer(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var i = digits.startIndex
        var negative = false
        if i < digits.endIndex, digits[i] == UInt8(ascii: "+") || digits[i] == UInt8(ascii: "-") {
            negative = digits[i] == UInt8(ascii: "-")
            i += 1
        }
        guard i < digits.endIndex else { return nil }
        var n = 0
        while i < digits.endIndex {
            let d = Int(digits[i]) - 0x30
            guard (0...9).contains(d) else { return nil }
            let (times10, o1) = n.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times10.subtractingReportingOverflow(d) : times10.addingReportingOverflow(d)
            guard !o1, !o2 else { return nil }
            n = next
            i += 1
        }
        return n
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

/// How a diagram tells documents and relations apart at a glance.
///
/// Colour follows the organ (the first thing a UN reader asks about a
/// resolution), shape separates resolutions from reports, and a dashed outline
/// marks documents known only because something cites them. Colours are from a
/// palette that stays distinguishable in greyscale print and for common colour
/// blindness, because these diagrams end up in printed reports.
public enum DiagramStyle {
    /// The groups a legend names; several `CitationKind`s share one.
    public enum NodeGroup: String, CaseIterable, Sendable {
        case generalAssembly = "General Assembly resolution or decision"
        case ecosoc = "ECOSOC resolution or decision"
        case securityCouncil = "Security Council resolution"
        case otherResolution = "Human Rights Council or other resolution"
        case document = "Report or other document"
        case unknown = "Document of unknown kind"

        public init(_ kind: CitationKind?) {
            switch kind {
            case .gaResolution, .gaDecision: self = .generalAssembly
            case .ecosocResolution, .ecosocDecision: self = .ecosoc
            case .scResolution: self = .securityCouncil
            case .hrcResolution, .otherResolution: self = .otherResolution
            case .document: self = .document
            case nil: self = .unknown
            }
        }

        public var shape: String {
            switch self {
            case .generalAssembly, .ecosoc, .otherResolution: "box"
            case .securityCouncil: "octagon"
            case .document: "note"
            case .unknown: "ellipse"
            }
        }

        public var fill: String {
            switch self {
            case .generalAssembly: "#dbe9f6"
            case .ecosoc: "#dcefd8"
            case .securityCouncil: "#fbe0d2"
            case .otherResolution: "#eadff4"
            case .document: "#fdf3cf"
            case .unknown: "#eeeeee"
            }
        }

        public var line: String {
            switch self {
            case .generalAssembly: "#1f5f99"
            case .ecosoc: "#2e7d32"
            case .securityCouncil: "#b23c17"
            case .otherResolution: "#6a3d9a"
            case .document: "#8a6d00"
            case .unknown: "#666666"
            }
        }

        /// Rounded corners for resolutions, which are the bulk of a diagram.
        public var rounded: Bool { shape == "box" }
    }

    /// The groups of relations a legend names.
    public enum EdgeGroup: String, CaseIterable, Sendable {
        case recalls = "recalls"
        case reaffirms = "reaffirms"
        case notes = "takes note of, notes"
        case endorses = "welcomes, endorses, adopts"
        case onReport = "on the report or draft of"
        case other = "other reference"

        public init(_ relation: Relation) {
            switch relation {
            case .recalls: self = .recalls
            case .reaffirms: self = .reaffirms
            case .takesNote, .notes, .acknowledges, .recognizes: self = .notes
            case .welcomes, .endorses, .adopts, .approves: self = .endorses
            case .onReportOf, .onDraft: self = .onReport
            case .condemns, .decides, .requests, .references: self = .other
            }
        }

        public var color: String {
            switch self {
            case .recalls: "#555555"
            case .reaffirms: "#1f5f99"
            case .notes: "#b8860b"
            case .endorses: "#2e7d32"
            case .onReport: "#6a3d9a"
            case .other: "#999999"
            }
        }

        public var style: String {
            switch self {
            case .recalls, .endorses, .other: "solid"
            case .reaffirms: "bold"
            case .notes: "dashed"
            case .onReport: "dotted"
            }
        }
    }

    /// The verb as a sentence reads it: "A/RES/67/195 takes note of A/67/66".
    public static func verb(_ relation: Relation) -> String {
        switch relation {
        case .takesNote: "takes note of"
        case .onReportOf: "is adopted on the report of"
        case .onDraft: "is adopted on the draft of"
        case .references: "refers to"
        case .notes: "notes"
        case .welcomes: "welcomes"
        case .endorses: "endorses"
        case .adopts: "adopts"
        case .approves: "approves"
        case .acknowledges: "acknowledges"
        case .recognizes: "recognizes"
        case .condemns: "condemns"
        case .decides: "decides on"
        case .requests: "requests"
        case .recalls: "recalls"
        case .reaffirms: "reaffirms"
        }
    }

    /// The page of `node`'s official document, or nil for a document read from a file with no
    /// UN symbol (it is named by its path, which undocs.org cannot resolve).
    public static func documentURL(of node: CitationSubgraph.Node) -> String? {
        node.hasSymbol ? documentURL(node.symbol) : nil
    }

    /// The page of the official document, which undocs.org resolves for any UN symbol.
    public static func documentURL(_ symbol: String) -> String {
        var out = "https://undocs.org/"
        for byte in symbol.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "("), UInt8(ascii: ")"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

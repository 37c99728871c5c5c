import ArgumentParser
import CiteGraph

/// The filters users put on traversals and rankings.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("kind"), help: ArgumentHelp(
        "List only documents of this kind (repeatable): \(CitationKind.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "kind"),
            completion: .list(CitationKind.allCases.map(\.rawValue)),
            transform: FilterOptions.kind)
    var kinds: [CitationKind] = []

    @OptionGroup var relationOption: RelationOption

    @Option(help: ArgumentHelp("List only documents adopted in or after this year (a year such as 2012, not a date).",
                               valueName: "year"),
            transform: { try FilterOptions.year($0, option: "--since") })
    var since: Int?

    @Option(help: ArgumentHelp("List only documents adopted in or before this year (a year such as 2012, not a date).",
                               valueName: "year"),
            transform: { try FilterOptions.year($0, option: "--until") })
    var until: Int?

    func validate() throws {
        if let since, let until, since > until {
            throw ValidationError("--since \(since) is after --until \(until): no year can match")
        }
    }

    var filter: GraphFilter {
        GraphFilter(kinds: Set(kinds), relations: Set(relationOption.relations), since: since, until: until)
    }

    /// A year, and a message that says so for a date: documents are filtered
    /// by their year of adoption, so `--since 2012-01-01` would promise a
    /// precision the filter does not have.
    static func year(_ text: String, option: String) throws -> Int {
        if let year = Int(text), (1000...9999).contains(year) { return year }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if digits.count == 4, text.count > 4, "-/.".contains(text[text.index(text.startIndex, offsetBy: 4)]) {
            throw ValidationError("\(option) takes a year, not a date: write \(option) \(digits) (documents are filtered by year of adoption)")
        }
        throw ValidationError("\(option) takes a four-digit year such as 2012 (got '\(text)')")
    }

    static func kind(_ text: String) throws -> CitationKind {
        guard let kind = CitationKind(rawValue: text) else {
            throw ValidationError("unknown kind '\(text)'; expected one of \(CitationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }

    static func relation(_ text: String) throws -> Relation {
        guard let relation = Relation(rawValue: text) else {
            throw ValidationError("unknown relation '\(text)'; expected one of \(Relation.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return relation
    }
}

/// Which citations a walk follows; the only filter of `path` and `longest`,
/// which list every document on the chain they find.
struct RelationOption: ParsableArguments {
    @Option(name: .customLong("relation"), help: ArgumentHelp(
        "Follow only citations made with this relation (repeatable): \(Relation.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "relation"),
            completion: .list(Relation.allCases.map(\.rawValue)),
            transform: FilterOptions.relation)
    var relations: [Relation] = []

    var filter: GraphFilter { GraphFilter(relations: Set(relations)) }
}

/// How far a traversal goes.
struct DepthOption: ParsableArguments {
    // Unconditional parsing so that "--depth -1" reaches validate() and gets a clear message.
    @Option(parsing: .unconditional, help: "Stop after this many citation steps (1 = direct citations only). Default: no limit.")
    var depth: Int?

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be 1 or more (got \(depth))") }
    }
}

struct FormatOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: text (for a person) or json (the contract in docs/GRAPH.md).")
    var format: OutputFormat = .text

    /// Prints a report as JSON, or as the text `render` makes of it.
    func emit<R: Encodable>(_ report: R, text render: (R) -> String) throws {
        switch format {
        case .json: try Printer.json(report)
        case .text: try Printer.text(render(report))
        }
    }
}

/// The help text every symbol argument shares.
let symbolHelp = ArgumentHelp("A document symbol: 67/195, A/RES/67/195, \"1325 (2000)\", \"2200 A (XXI)\", A/67/434.",
                              valueName: "symbol")

import ArgumentParser

/// How a command prints its answer: a table for a person, or JSON for a program.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
}

import ArgumentParser

/// How much a command says on stderr about inputs it read but had to repair
/// or leave out. Errors are always shown, one line each.
struct DiagnosticOptions: ParsableArguments {
    @Flag(help: "List every warning and every skipped file, one line each, instead of one summary line per kind.")
    var verbose = false

    @Flag(help: "Print no warnings and no summary of skipped files (errors are still shown).")
    var quiet = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("--verbose and --quiet cannot be given together") }
    }

    var mode: WarningLog.Mode { quiet ? .quiet : verbose ? .verbose : .summary }
}

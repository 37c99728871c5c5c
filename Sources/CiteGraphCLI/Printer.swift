import Foundation

/// Writes JSON the same way everywhere: sorted keys would hide the schema's
/// order, so keys keep their declared order and output is pretty-printed.
enum Printer {
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}

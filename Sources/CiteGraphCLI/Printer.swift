import Foundation

/// Writes JSON the same way everywhere: pretty-printed with sorted keys, so the
/// same input always gives the same bytes (golden files, diffs between runs).
enum Printer {
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }

    /// Bytes already formatted (by `ExtractionJSONWriter`), as they are.
    static func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
    }
}

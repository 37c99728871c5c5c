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

    /// Bytes already formatted (by `ExtractionJSONWriter`), as they are: written
    /// straight from the array, with no `Data` copy of each piece.
    static func output(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = write(STDOUT_FILENO, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return   // stdout is gone (a closed pipe): nothing more can be printed
                }
                done += n
            }
        }
    }
}

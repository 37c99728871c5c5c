import Foundation

/// Reads a pipe to its end with read(2), trying again when a signal interrupts it.
///
/// Foundation's `readDataToEndOfFile()` traps (a `try!` inside it) when read(2) fails
/// with EINTR, which the tests that kill child processes make likely for every test
/// running beside them.
public func readToEnd(_ handle: FileHandle) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let fd = handle.fileDescriptor
    while true {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n > 0 { data.append(contentsOf: buffer[0..<n]); continue }
        if n == 0 { return data }
        if errno == EINTR || errno == EAGAIN { continue }
        return data
    }
}

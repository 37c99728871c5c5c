import Foundation

/// Writes straight to a file descriptor with `write(2)`, for stdout and stderr:
/// `FileHandle.write` traps on a failed write and `print` ignores one, and the
/// command needs to know (stdout) or to carry on regardless (stderr).
enum FileDescriptorOutput {
    /// Writes all of `bytes`; the `errno` of a write that failed, `nil` when all went out.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = Foundation.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += n
            }
            return nil
        }
    }
}

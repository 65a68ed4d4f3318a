#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a stream line by line as bytes (without the line end), for JSON Lines input of any size.
public final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private let closes: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    /// The number of the line last read (1-based).
    public private(set) var lineNumber = 0

    /// Reads standard input.
    public init() {
        file = fdopen(0, "rb")
        closes = false
    }

    /// Opens a file; nil when it cannot be opened.
    public init?(path: String) {
        guard let f = fopen(path, "rb") else { return nil }
        file = f
        closes = true
    }

    deinit {
        free(buffer)
        if closes { fclose(file) }
    }

    /// The next line, or nil at the end of the input.
    public func next() -> [UInt8]? {
        let n = getline(&buffer, &capacity, file)
        guard n >= 0, let buffer else { return nil }
        lineNumber += 1
        var length = n
        if length > 0, buffer[length - 1] == 0x0A { length -= 1 }
        if length > 0, buffer[length - 1] == 0x0D { length -= 1 }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }
}

/// Writes bytes to standard output or standard error (unbuffered: callers write whole lines).
public enum StandardStreams {
    public static func write(_ bytes: [UInt8]) { writeAll(1, bytes) }

    /// Writes bytes and a line end (with one system call, without copying the bytes).
    public static func writeLine(_ bytes: [UInt8]) {
        var lineEnd: UInt8 = 0x0A
        let all = bytes.count + 1
        let written = bytes.withUnsafeBytes { buffer in
            withUnsafeMutableBytes(of: &lineEnd) { end in
                var parts = [iovec(iov_base: UnsafeMutableRawPointer(mutating: buffer.baseAddress), iov_len: buffer.count),
                             iovec(iov_base: end.baseAddress, iov_len: 1)]
                return Glibc.writev(1, &parts, 2)
            }
        }
        // A short or failed write goes on the plain way, from where it stopped.
        if written < all {
            let done = max(0, written)
            if done < bytes.count { writeAll(1, Array(bytes[done...])) }
            writeAll(1, [0x0A])
        }
    }

    public static func flush() {}

    public static func error(_ message: String) { writeAll(2, Array((message + "\n").utf8)) }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}

/// Writes JSON text into a byte buffer: compact or indented, keys in the order written.
///
/// A small, allocation-light writer for the hot output path; it writes exactly what it is told
/// and escapes strings as RFC 8259 requires.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private let indent: Int?
    private var depth = 0
    /// Bit `d`: whether the container at depth `d` already holds a value (a comma is due).
    /// Containers nest at most 63 deep.
    private var hasValue: UInt64 = 0
    private var afterKey = false

    /// `indent` of nil writes compact JSON, otherwise that many spaces per level.
    public init(indent: Int? = nil, capacity: Int = 1024) {
        self.indent = indent
        bytes.reserveCapacity(capacity)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func prepareValue() {
        if afterKey {
            afterKey = false
            return
        }
        let bit: UInt64 = 1 << UInt64(depth)
        if hasValue & bit != 0 { bytes.append(UInt8(ascii: ",")) }
        hasValue |= bit
        if depth > 0 { newline() }
    }

    private mutating func newline() {
        guard let indent else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * depth))
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ b: UInt8) {
        prepareValue()
        bytes.append(b)
        depth += 1
        precondition(depth < 64, "JSONWriter nests containers at most 63 deep")
        hasValue &= ~(1 << UInt64(depth))
    }

    private mutating func close(_ b: UInt8) {
        let had = hasValue & (1 << UInt64(depth)) != 0
        depth -= 1
        if had { newline() }
        bytes.append(b)
    }

    /// Writes a key spelt in the code (no escape is needed, but any is written).
    public mutating func key(_ k: StaticString) {
        prepareValue()
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { writeEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// Writes a key that comes from data.
    public mutating func key(string k: String) {
        prepareValue()
        writeString(k)
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func value(_ s: String) {
        prepareValue()
        writeString(s)
    }

    public mutating func value(_ s: String?) {
        if let s { value(s) } else { null() }
    }

    public mutating func value(_ n: Int) {
        prepareValue()
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(truncatingIfNeeded: m % 10) + UInt8(ascii: "0")
                m /= 10
                count += 1
            } while m > 0
            while count > 0 {
                count -= 1
                bytes.append(buffer[count])
            }
        }
    }

    /// Writes code points as a JSON string, encoding them to UTF-8 straight into the output
    /// (the same bytes as `value(String(String.UnicodeScalarView(scalars)))`).
    public mutating func value(scalars: ArraySlice<Unicode.Scalar>) {
        prepareValue()
        bytes.append(UInt8(ascii: "\""))
        for s in scalars {
            let v = s.value
            if v < 0x80 {
                let b = UInt8(truncatingIfNeeded: v)
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                    writeEscape(b)
                } else {
                    bytes.append(b)
                }
            } else if v < 0x800 {
                bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func value(_ b: Bool) {
        prepareValue()
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }

    public mutating func null() {
        prepareValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes already-encoded JSON text as one value.
    public mutating func raw(_ json: String) {
        prepareValue()
        bytes.append(contentsOf: json.utf8)
    }

    public mutating func field(_ k: StaticString, _ s: String?) { key(k); value(s) }
    public mutating func field(_ k: StaticString, _ n: Int) { key(k); value(n) }
    public mutating func field(_ k: StaticString, scalars: ArraySlice<Unicode.Scalar>) { key(k); value(scalars: scalars) }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { writeEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes UTF-8 text with quotes, backslashes and control characters escaped.
    private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for i in 0..<utf8.count {
            let b = utf8[i]
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
            runStart = i + 1
            writeEscape(b)
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }

    /// The escape of a quote, a backslash or a control character.
    private mutating func writeEscape(_ b: UInt8) {
        bytes.append(0x5C)
        switch b {
        case UInt8(ascii: "\""): bytes.append(0x22)
        case UInt8(ascii: "\\"): bytes.append(0x5C)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(UInt8(ascii: "u"))
            bytes.append(0x30)
            bytes.append(0x30)
            bytes.append(JSONWriter.hex[Int(b >> 4)])
            bytes.append(JSONWriter.hex[Int(b & 0xF)])
        }
    }
}

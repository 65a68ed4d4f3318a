/// Writes JSON text into a byte buffer: compact or indented, keys in the order written.
///
/// A small, allocation-light writer for the hot output path; it writes exactly what it is told
/// and escapes strings as RFC 8259 requires. Every write reserves the most bytes it can need
/// once and then stores through a pointer, so a string costs one capacity check, not one per
/// byte; ASCII runs without escapes are copied whole.
public struct JSONWriter {
    /// The output so far. The storage behind it grows by doubling and is only ever filled up
    /// to `length`.
    private var storage: [UInt8]
    private var length = 0
    private let indent: Int?
    private var depth = 0
    /// Bit `d`: whether the container at depth `d` already holds a value (a comma is due).
    /// Containers nest at most 63 deep.
    private var hasValue: UInt64 = 0
    private var afterKey = false

    /// `indent` of nil writes compact JSON, otherwise that many spaces per level.
    public init(indent: Int? = nil, capacity: Int = 1024) {
        self.indent = indent
        // Bytes are only ever read after they are written, so the storage need not be cleared.
        let reserved = max(64, capacity)
        storage = [UInt8](unsafeUninitializedCapacity: reserved) { _, count in count = reserved }
    }

    /// The JSON text written so far, as UTF-8.
    public var bytes: [UInt8] { Array(storage[0..<length]) }

    /// The JSON text written, without a copy; the writer is empty afterwards.
    public mutating func takeBytes() -> [UInt8] {
        var result: [UInt8] = []
        swap(&result, &storage)
        result.removeLast(result.count - length)
        length = 0
        depth = 0
        hasValue = 0
        afterKey = false
        return result
    }

    public var string: String { String(decoding: storage[0..<length], as: UTF8.self) }

    /// Makes room for `count` more bytes.
    @inline(__always)
    private mutating func reserve(_ count: Int) {
        if length + count > storage.count { grow(to: length + count) }
    }

    private mutating func grow(to minimum: Int) {
        let capacity = max(minimum, storage.count * 2)
        storage.append(contentsOf: repeatElement(0, count: capacity - storage.count))
    }

    /// Stores bytes after `reserve`: `body` gets the buffer and the write position and returns
    /// the new write position.
    @inline(__always)
    private mutating func store(_ body: (UnsafeMutableBufferPointer<UInt8>, Int) -> Int) {
        let start = length
        length = storage.withUnsafeMutableBufferPointer { body($0, start) }
    }

    @inline(__always)
    private mutating func append(_ b: UInt8) {
        reserve(1)
        store { out, n in
            out[n] = b
            return n + 1
        }
    }

    @inline(__always)
    private mutating func append(_ a: UInt8, _ b: UInt8) {
        reserve(2)
        store { out, n in
            out[n] = a
            out[n + 1] = b
            return n + 2
        }
    }

    private mutating func append(_ raw: UnsafeBufferPointer<UInt8>) {
        guard let source = raw.baseAddress, raw.count > 0 else { return }
        reserve(raw.count)
        store { out, n in
            (out.baseAddress! + n).update(from: source, count: raw.count)
            return n + raw.count
        }
    }

    @inline(__always)
    private mutating func prepareValue() {
        if afterKey {
            afterKey = false
            return
        }
        if takeSeparator() { append(UInt8(ascii: ",")) }
        if depth > 0 && indent != nil { newline() }
    }

    /// Whether a comma is due before the next value or key (none right after a key); marks the
    /// current container as holding a value.
    @inline(__always)
    private mutating func takeSeparator() -> Bool {
        if afterKey {
            afterKey = false
            return false
        }
        let bit: UInt64 = 1 << UInt64(depth)
        let comma = hasValue & bit != 0
        hasValue |= bit
        return comma
    }

    /// Writes a value (or key) of at most `count` bytes, with the comma due before it, in one
    /// store: `body` gets the buffer and the write position and returns the new write position.
    @inline(__always)
    private mutating func writeValue(reserving count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>, Int) -> Int) {
        if indent != nil {
            prepareValue()
            reserve(count)
            store(body)
            return
        }
        let comma = takeSeparator()
        reserve(count + 1)
        store { out, start in
            guard comma else { return body(out, start) }
            out[start] = UInt8(ascii: ",")
            return body(out, start + 1)
        }
    }

    private mutating func newline() {
        guard let indent else { return }
        let spaces = indent * depth
        reserve(1 + spaces)
        store { out, n in
            out[n] = UInt8(ascii: "\n")
            for i in 0..<spaces { out[n + 1 + i] = UInt8(ascii: " ") }
            return n + 1 + spaces
        }
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ b: UInt8) {
        prepareValue()
        append(b)
        depth += 1
        precondition(depth < 64, "JSONWriter nests containers at most 63 deep")
        hasValue &= ~(1 << UInt64(depth))
    }

    private mutating func close(_ b: UInt8) {
        let had = hasValue & (1 << UInt64(depth)) != 0
        depth -= 1
        if had && indent != nil { newline() }
        append(b)
    }

    /// Writes a key spelt in the code (no escape is needed, but any is written).
    public mutating func key(_ k: StaticString) {
        k.withUTF8Buffer { utf8 in
            // Each byte takes at most 6; 2 quotes, a colon and a space.
            let spaced = indent != nil
            writeValue(reserving: utf8.count * 6 + 4) { out, start in
                out[start] = UInt8(ascii: "\"")
                var n = JSONWriter.copyKey(utf8, to: out, at: start + 1)
                out[n] = UInt8(ascii: "\"")
                out[n + 1] = UInt8(ascii: ":")
                n += 2
                if spaced {
                    out[n] = UInt8(ascii: " ")
                    n += 1
                }
                return n
            }
        }
        afterKey = true
    }

    /// Copies the text of a key spelt in the code, which rarely needs an escape: byte by byte
    /// without a branch, and again with escapes when one turns out to need one.
    @inline(__always)
    private static func copyKey(_ utf8: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        var special = false
        for i in 0..<utf8.count {
            let b = utf8[i]
            out[n + i] = b
            special = special || needsEscape(b)
        }
        return special ? copyEscaped(utf8, to: out, at: n) : n + utf8.count
    }

    /// Writes a key that comes from data.
    public mutating func key(string k: String) {
        prepareValue()
        writeString(k)
        endKey()
    }

    /// The colon after a key (and its space when indenting).
    @inline(__always)
    private mutating func endKey() {
        if indent != nil {
            append(UInt8(ascii: ":"), UInt8(ascii: " "))
        } else {
            append(UInt8(ascii: ":"))
        }
        afterKey = true
    }

    public mutating func value(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            // Each byte takes at most 6 (a `\u00XX` escape); 2 for the quotes.
            writeValue(reserving: utf8.count * 6 + 2) { JSONWriter.copyQuoted(utf8, to: $0, at: $1) }
        }
    }

    public mutating func value(_ s: String?) {
        if let s { value(s) } else { null() }
    }

    public mutating func value(_ n: Int) {
        // At most 20 characters: a sign and the 19 digits of Int.min.
        writeValue(reserving: 20) { out, start in
            var n0 = start
            if n < 0 {
                out[n0] = UInt8(ascii: "-")
                n0 += 1
            }
            var m = n.magnitude
            var digits = 1
            var probe = m
            while probe >= 10 {
                digits += 1
                probe /= 10
            }
            var i = n0 + digits
            repeat {
                i -= 1
                out[i] = UInt8(truncatingIfNeeded: m % 10) + UInt8(ascii: "0")
                m /= 10
            } while m > 0
            return n0 + digits
        }
    }

    /// Writes code points as a JSON string, encoding them to UTF-8 straight into the output
    /// (the same bytes as `value(String(String.UnicodeScalarView(scalars)))`).
    public mutating func value(scalars: ArraySlice<Unicode.Scalar>) {
        // Each code point takes at most 6 bytes (a `\u00XX` escape); 2 for the quotes.
        scalars.withUnsafeBufferPointer { source in
            writeValue(reserving: source.count * 6 + 2) { out, start in
                var n = start
                out[n] = UInt8(ascii: "\"")
                n += 1
                for s in source {
                    let v = s.value
                    if v < 0x80, JSONWriter.needsEscape(UInt8(truncatingIfNeeded: v)) {
                        n = JSONWriter.writeEscape(UInt8(truncatingIfNeeded: v), out, n)
                    } else {
                        n = UTF8Encoding.write(v, to: out, at: n)
                    }
                }
                out[n] = UInt8(ascii: "\"")
                return n + 1
            }
        }
    }

    public mutating func value(_ b: Bool) {
        prepareValue()
        writeRaw(b ? "true" : "false")
    }

    public mutating func null() {
        prepareValue()
        writeRaw("null")
    }

    /// Writes already-encoded JSON text as one value.
    public mutating func raw(_ json: String) {
        prepareValue()
        var json = json
        json.withUTF8 { append($0) }
    }

    public mutating func field(_ k: StaticString, _ s: String?) { key(k); value(s) }
    public mutating func field(_ k: StaticString, _ n: Int) { key(k); value(n) }
    public mutating func field(_ k: StaticString, scalars: ArraySlice<Unicode.Scalar>) { key(k); value(scalars: scalars) }

    /// Writes ASCII text spelt in the code as it stands.
    private mutating func writeRaw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    private mutating func writeString(_ s: String) {
        var s = s
        s.withUTF8 { writeQuoted($0) }
    }

    /// Whether a byte of UTF-8 text needs an escape: a quote, a backslash or a control character.
    @inline(__always)
    private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }

    /// Writes UTF-8 text in quotes with quotes, backslashes and control characters escaped.
    private mutating func writeQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Each byte takes at most 6 (a `\u00XX` escape); 2 for the quotes.
        reserve(utf8.count * 6 + 2)
        store { JSONWriter.copyQuoted(utf8, to: $0, at: $1) }
    }

    /// Copies UTF-8 text in quotes to `out` at `n`, escaped (see `copyEscaped`); returns the
    /// position after it.
    @inline(__always)
    private static func copyQuoted(_ utf8: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        out[n] = UInt8(ascii: "\"")
        let end = copyEscaped(utf8, to: out, at: n + 1)
        out[end] = UInt8(ascii: "\"")
        return end + 1
    }

    /// Copies UTF-8 text to `out` at `n` with quotes, backslashes and control characters escaped;
    /// returns the position after it. Room for six bytes per byte of text must be reserved.
    ///
    /// Eight bytes at a time: a word without a byte that needs an escape is copied whole.
    @inline(__always)
    private static func copyEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        guard let source = utf8.baseAddress, let target = out.baseAddress else { return n }
        let count = utf8.count
        var i = 0
        var n = n
        while i + 8 <= count {
            let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
            if !JSONSpecialBytes.mayOccur(in: word) {
                UnsafeMutableRawPointer(target + n).storeBytes(of: word, as: UInt64.self)
                i += 8
                n += 8
                continue
            }
            for _ in 0..<8 {
                n = copyByte(source[i], to: out, at: n)
                i += 1
            }
        }
        while i < count {
            n = copyByte(source[i], to: out, at: n)
            i += 1
        }
        return n
    }

    /// Copies one byte of UTF-8 text, escaped if it needs it; returns the position after it.
    @inline(__always)
    private static func copyByte(_ b: UInt8, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if needsEscape(b) { return writeEscape(b, out, n) }
        out[n] = b
        return n + 1
    }

    /// The escape of each byte that needs one: the letter after the backslash, or `u` for a
    /// `\u00XX` escape.
    private static let escapes: [UInt8] = (0..<0x80).map { (b: Int) -> UInt8 in
        switch b {
        case 0x22: 0x22
        case 0x5C: 0x5C
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        default: UInt8(ascii: "u")
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes the escape of a quote, a backslash or a control character at `n` (room for six
    /// bytes is reserved); returns the position after it.
    private static func writeEscape(_ b: UInt8, _ out: UnsafeMutableBufferPointer<UInt8>, _ n: Int) -> Int {
        let e = escapes[Int(b)]
        out[n] = 0x5C
        out[n + 1] = e
        guard e == UInt8(ascii: "u") else { return n + 2 }
        out[n + 2] = 0x30
        out[n + 3] = 0x30
        out[n + 4] = hex[Int(b >> 4)]
        out[n + 5] = hex[Int(b & 0xF)]
        return n + 6
    }
}

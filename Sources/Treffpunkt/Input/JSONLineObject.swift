/// A strict reader for one line of JSON Lines input: a single JSON object (RFC 8259) whose string
/// values are decoded and whose other values (numbers, `true`, `false`, `null`, arrays, objects)
/// are kept as their raw JSON text, so that fields the pipeline does not read are carried through
/// untouched. It never builds a tree and reads the bytes once.
///
/// Returns nil for anything that is not exactly one JSON object with optional surrounding white
/// space: bad syntax, control characters inside strings, unknown escapes, a `\u` escape of a lone
/// surrogate, nesting deeper than `maxDepth`.
struct JSONLineObject {
    /// A member's value: a decoded string, or the raw JSON text of any other value.
    enum Value {
        case string(String)
        case raw(String)
    }

    /// The members in the order written (a repeated key appears twice; callers take the last), with
    /// the byte range of each value's JSON text in the line.
    private(set) var members: [(key: String, value: Value, raw: Range<Int>)] = []

    static let maxDepth = 512

    /// The last value of a key.
    func value(_ key: String) -> Value? { members.last(where: { $0.key == key })?.value }

    init?(_ bytes: [UInt8]) {
        let parsed: [(key: String, value: Value, raw: Range<Int>)]? = bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            return reader.object()
        }
        guard let parsed else { return nil }
        members = parsed
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func object() -> [(key: String, value: Value, raw: Range<Int>)]? {
            var result: [(key: String, value: Value, raw: Range<Int>)] = []
            skipSpace()
            guard take(0x7B) else { return nil }
            skipSpace()
            if !take(0x7D) {
                while true {
                    skipSpace()
                    guard peek == 0x22, let key = string() else { return nil }
                    skipSpace()
                    guard take(0x3A) else { return nil }
                    skipSpace()
                    let start = i
                    let value: Value
                    if peek == 0x22 {
                        guard let s = string() else { return nil }
                        value = .string(s)
                    } else {
                        guard skipValue(depth: 1) else { return nil }
                        value = .raw(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    }
                    result.append((key, value, start..<i))
                    skipSpace()
                    if take(0x2C) { continue }
                    guard take(0x7D) else { return nil }
                    break
                }
            }
            skipSpace()
            return i == bytes.count ? result : nil
        }

        var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func take(_ b: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == b else { return false }
            i += 1
            return true
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        /// Decodes the string at `i` (which holds its opening quote).
        mutating func string() -> String? {
            i += 1
            let start = i
            // The common case: no escapes, copied as it stands. Eight bytes at a time up to
            // the first word that may hold the closing quote, an escape or a control character.
            if let base = bytes.baseAddress {
                while i + 8 <= bytes.count, !JSONSpecialBytes.mayOccur(in: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                }
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                if b == 0x5C { break }
                if b < 0x20 { return nil }
                i += 1
            }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    i += 1
                    return String(decoding: scratch, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                if b != 0x5C {
                    scratch.append(b)
                    i += 1
                    continue
                }
                i += 1
                guard let e = peek else { return nil }
                i += 1
                switch e {
                case 0x22, 0x5C, 0x2F: scratch.append(e)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    guard var v = hex4() else { return nil }
                    if v >= 0xD800 && v < 0xDC00 {
                        guard take(0x5C), take(UInt8(ascii: "u")), let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    } else if v >= 0xDC00 && v < 0xE000 {
                        return nil
                    }
                    KeyNormalizer.appendUTF8(v, to: &scratch)
                default: return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = UInt32(bytes[i])
                let d: UInt32
                switch b {
                case 0x30...0x39: d = b - 0x30
                case 0x41...0x46: d = b - 0x41 + 10
                case 0x61...0x66: d = b - 0x61 + 10
                default: return nil
                }
                v = v << 4 | d
                i += 1
            }
            return v
        }

        /// Checks and skips any JSON value at `i`.
        mutating func skipValue(depth: Int) -> Bool {
            guard depth <= JSONLineObject.maxDepth, let b = peek else { return false }
            switch b {
            case 0x22: return string() != nil
            case 0x7B:
                i += 1
                skipSpace()
                if take(0x7D) { return true }
                while true {
                    skipSpace()
                    guard peek == 0x22, string() != nil else { return false }
                    skipSpace()
                    guard take(0x3A) else { return false }
                    skipSpace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    if take(0x2C) { continue }
                    return take(0x7D)
                }
            case 0x5B:
                i += 1
                skipSpace()
                if take(0x5D) { return true }
                while true {
                    skipSpace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    if take(0x2C) { continue }
                    return take(0x5D)
                }
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func literal(_ word: String) -> Bool {
            for b in word.utf8 {
                guard take(b) else { return false }
            }
            return true
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        mutating func number() -> Bool {
            _ = take(0x2D)
            guard let first = peek, first >= 0x30 && first <= 0x39 else { return false }
            i += 1
            if first != 0x30 { skipDigits() }
            if take(0x2E) {
                guard digit() else { return false }
                skipDigits()
            }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(0x2B) { _ = take(0x2D) }
                guard digit() else { return false }
                skipDigits()
            }
            return true
        }

        mutating func digit() -> Bool {
            guard let b = peek, b >= 0x30 && b <= 0x39 else { return false }
            i += 1
            return true
        }

        mutating func skipDigits() {
            while let b = peek, b >= 0x30 && b <= 0x39 { i += 1 }
        }
    }
}

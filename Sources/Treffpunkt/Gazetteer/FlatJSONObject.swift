/// A fast reader for the common line of a spaCy pattern file: one JSON object whose values are all
/// strings (`{"label": "PER", "pattern": "Anna Schmidt", "id": "E1"}`). Anything else (numbers,
/// lists, nesting, bad syntax) returns nil and the caller falls back to a full JSON parser, which
/// also words the error message.
enum FlatJSONObject {
    static func parse(_ bytes: ArraySlice<UInt8>) -> [String: String]? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        func skipSpace() {
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        }
        func string() -> String? {
            guard i < end, bytes[i] == 0x22 else { return nil }
            i += 1
            let start = i
            var plain = true
            while i < end, bytes[i] != 0x22 {
                if bytes[i] == 0x5C { plain = false; i += 2 } else { i += 1 }
            }
            guard i < end else { return nil }
            defer { i += 1 }
            if plain { return String(validating: bytes[start..<i], as: UTF8.self) }
            return unescape(bytes[start..<i])
        }
        skipSpace()
        guard i < end, bytes[i] == 0x7B else { return nil }
        i += 1
        var result: [String: String] = [:]
        skipSpace()
        if i < end, bytes[i] == 0x7D { i += 1; skipSpace(); return i == end ? result : nil }
        while true {
            skipSpace()
            guard let key = string() else { return nil }
            skipSpace()
            guard i < end, bytes[i] == 0x3A else { return nil }
            i += 1
            skipSpace()
            guard let value = string() else { return nil }
            result[key] = value
            skipSpace()
            guard i < end else { return nil }
            if bytes[i] == 0x2C { i += 1; continue }
            guard bytes[i] == 0x7D else { return nil }
            i += 1
            skipSpace()
            return i == end ? result : nil
        }
    }

    /// The text of a JSON string body with escapes, or nil when an escape is malformed.
    private static func unescape(_ body: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        var i = body.startIndex
        var pendingHigh: UInt32?
        while i < body.endIndex {
            let b = body[i]
            guard b == 0x5C else {
                if pendingHigh != nil { return nil }
                out.append(b)
                i += 1
                continue
            }
            guard i + 1 < body.endIndex else { return nil }
            let e = body[i + 1]
            i += 2
            if e == 0x75 {
                guard i + 4 <= body.endIndex, let v = UInt32(String(decoding: body[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
                i += 4
                if (0xD800..<0xDC00).contains(v) { pendingHigh = v; continue }
                var scalar = v
                if (0xDC00..<0xE000).contains(v) {
                    guard let high = pendingHigh else { return nil }
                    scalar = 0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00)
                    pendingHigh = nil
                }
                guard Unicode.Scalar(scalar) != nil else { return nil }
                KeyNormalizer.appendUTF8(scalar, to: &out)
                continue
            }
            if pendingHigh != nil { return nil }
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            default: return nil
            }
        }
        return pendingHigh == nil ? String(validating: out, as: UTF8.self) : nil
    }
}

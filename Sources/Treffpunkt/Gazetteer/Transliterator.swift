import ICUBridge

/// An ICU transform: a system one by id (`Russian-Latin/BGN`, `Cyrillic-Latin; Latin-ASCII`) or one
/// from rules in ICU's transform rule syntax. Not thread-safe: use one per thread.
public final class Transliterator {
    private let handle: OpaquePointer

    /// Opens a system transform (or a compound id such as `Cyrillic-Latin; Latin-ASCII`).
    public init(id: String) throws {
        handle = try Transliterator.open(id: id, rules: nil, origin: id)
    }

    /// Compiles transform rules; `origin` names them in errors (the rule file's path).
    public init(rules: String, name: String, origin: String) throws {
        handle = try Transliterator.open(id: name, rules: rules, origin: origin)
    }

    private static func open(id: String, rules: String?, origin: String) throws -> OpaquePointer {
        var error = [CChar](repeating: 0, count: 256)
        let idUnits = Array(id.utf16)
        let ruleUnits = Array((rules ?? "").utf16)
        let h = idUnits.withUnsafeBufferPointer { i in
            ruleUnits.withUnsafeBufferPointer { r in
                tp_transliterator_open(i.baseAddress, Int32(i.count), r.baseAddress, Int32(r.count), &error, Int32(error.count))
            }
        }
        guard let h else {
            let message = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // ICU names the rule line, or (line 0) gives the UTF-16 offset of the error in the
            // whole text: either way, name the file's line.
            if let rules, let l = message.range(of: "rule line "), let o = message.range(of: "offset "),
               let icuLine = Int(message[l.upperBound...].prefix { $0.isNumber }),
               let offset = Int(message[o.upperBound...].prefix { $0.isNumber }) {
                let line = icuLine > 0 ? icuLine : rules.utf16.prefix(offset).filter { $0 == 0x0A }.count + 1
                throw TreffpunktError.invalidData(["\(origin):\(line): \(message)"])
            }
            throw TreffpunktError.invalidData(["\(origin): \(message)"])
        }
        return h
    }

    deinit { tp_transliterator_close(handle) }

    /// The transformed text.
    public func callAsFunction(_ text: String) -> String {
        var capacity = max(16, text.utf16.count * 4 + 16)
        while true {
            var buffer = [UInt16](repeating: 0, count: capacity)
            var length = 0
            for (i, u) in text.utf16.enumerated() {
                buffer[i] = u
                length += 1
            }
            let n = buffer.withUnsafeMutableBufferPointer { tp_transliterate(handle, $0.baseAddress, Int32(length), Int32(capacity)) }
            if n >= 0 { return String(decoding: buffer[0..<Int(n)], as: UTF16.self) }
            if capacity > 1 << 20 { return text }
            capacity *= 4
        }
    }
}

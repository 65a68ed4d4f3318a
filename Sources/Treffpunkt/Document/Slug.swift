/// The slug of a name for an entity id: lowercase ASCII letters and digits joined by single
/// hyphens; German umlauts and ß are folded (`ä`→`ae`, `ß`→`ss`), other Latin letters lose their
/// diacritics (`é`→`e`, `Ł`→`l`), everything else separates words.
///
///     Slug.make("Bernd Neuendorf")      // "bernd-neuendorf"
///     Slug.make("Jürgen Großmann")      // "juergen-grossmann"
///     Slug.make("Universität Łódź")     // "universitaet-lodz"
public enum Slug {
    public static func make(_ name: String) -> String {
        var out: [UInt8] = []
        append(name.unicodeScalars, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the slug of a name given as code points to UTF-8 bytes (the bytes of `make`).
    public static func append<Name: Collection<Unicode.Scalar>>(_ name: Name, to out: inout [UInt8]) {
        let start = out.count
        var pendingHyphen = false
        for s in name {
            let v = s.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) {
                // ASCII letters and digits, the common case, without building strings
                if pendingHyphen { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(UInt8(truncatingIfNeeded: v <= 0x5A && v >= 0x41 ? v + 32 : v))
                continue
            }
            guard let folded = fold(s) else {
                pendingHyphen = out.count > start
                continue
            }
            if folded.isEmpty { continue }
            if pendingHyphen { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out += folded.utf8
        }
        if out.count == start {
            // a name in another script: its code points in hexadecimal
            out += name.map { String($0.value, radix: 16) }.joined(separator: "-").utf8
        }
    }

    /// The ASCII letters a code point stands for in a slug: empty for apostrophes and combining
    /// accents, which vanish; nil for a separator.
    static func fold(_ s: Unicode.Scalar) -> String? {
        switch s {
        case "a"..."z", "0"..."9": return String(s)
        case "A"..."Z": return String(Unicode.Scalar(s.value + 32)!)
        case "ä", "Ä", "æ", "Æ": return "ae"
        case "ö", "Ö", "ø", "Ø", "œ", "Œ": return "oe"
        case "ü", "Ü": return "ue"
        case "ß", "ẞ": return "ss"
        case "'", "’": return ""
        default: break
        }
        if s.properties.generalCategory == .nonspacingMark { return "" }
        guard s.value >= 0x80, s.properties.isAlphabetic else { return nil }
        // "LATIN SMALL LETTER E WITH ACUTE" → "e"
        guard let name = s.properties.name, name.hasPrefix("LATIN "),
              let letter = name.split(separator: " ").drop(while: { $0 != "LETTER" }).dropFirst().first,
              letter.count == 1 else { return nil }
        return letter.lowercased()
    }
}

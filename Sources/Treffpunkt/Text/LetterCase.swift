/// The letter case of a code point, with ASCII and Latin-1 answered inline: the check every stage
/// makes on its hot path.
public enum LetterCase {
    /// Whether a code point is an upper-case letter.
    @inline(__always)
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        return isUppercaseBeyondLatin1(s)
    }

    /// Whether a code point is a lower-case letter.
    @inline(__always)
    public static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < 0x100 { return (v >= 0xDF && v != 0xF7) || v == 0xAA || v == 0xB5 || v == 0xBA }
        return isLowercaseBeyondLatin1(s)
    }

    // Unicode's properties are asked out of line: a caller that inlined the property calls would
    // set up their stack space on every call, for Latin-1 text too. General Punctuation
    // (U+2000–U+206F: dashes, quotation marks) has no letters and needs no properties.

    @inline(never)
    private static func isUppercaseBeyondLatin1(_ s: Unicode.Scalar) -> Bool {
        isGeneralPunctuation(s.value) ? false : s.properties.isUppercase
    }

    @inline(never)
    private static func isLowercaseBeyondLatin1(_ s: Unicode.Scalar) -> Bool {
        isGeneralPunctuation(s.value) ? false : s.properties.isLowercase
    }

    /// Whether a code point lies in the General Punctuation block, which holds no letters.
    @inline(__always)
    static func isGeneralPunctuation(_ v: UInt32) -> Bool { v >= 0x2000 && v <= 0x206F }
}

/// Letters and their case, with ASCII and Latin-1 answered inline: the checks every stage makes on
/// its hot path, in one place.
public enum LetterCase {
    /// Whether a code point is an upper-case letter.
    @inline(__always)
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool { isUppercase(s.value) }

    /// Whether a code point value is an upper-case letter (false for values that are no code point).
    @inline(__always)
    public static func isUppercase(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        return isUppercaseBeyondLatin1(v)
    }

    /// Whether a code point is a lower-case letter.
    @inline(__always)
    public static func isLowercase(_ s: Unicode.Scalar) -> Bool { isLowercase(s.value) }

    /// Whether a code point value is a lower-case letter (false for values that are no code point).
    @inline(__always)
    public static func isLowercase(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < 0x100 { return (v >= 0xDF && v != 0xF7) || v == 0xAA || v == 0xB5 || v == 0xBA }
        return isLowercaseBeyondLatin1(v)
    }

    /// Whether a code point is a letter (Unicode's Alphabetic property).
    @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v < 0x100 { return v >= 0xC0 && v != 0xD7 && v != 0xF7 || v == 0xAA || v == 0xB5 || v == 0xBA }
        return isLetterBeyondLatin1(s)
    }

    /// The lower-case form of a code point: an upper-case letter becomes the first code point of its
    /// lower-case mapping, anything else stays as it is.
    @inline(__always)
    public static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 32)) : s }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return Unicode.Scalar(UInt8(v + 32)) }
        if v < 0x100 { return s }
        return lowercaseBeyondLatin1(s)
    }

    // Unicode's properties are asked out of line: a caller that inlined the property calls would
    // set up their stack space on every call, for Latin-1 text too. General Punctuation
    // (U+2000–U+206F: dashes, quotation marks) has no letters and needs no properties.

    @inline(never)
    private static func isUppercaseBeyondLatin1(_ v: UInt32) -> Bool {
        !isGeneralPunctuation(v) && (Unicode.Scalar(v)?.properties.isUppercase ?? false)
    }

    @inline(never)
    private static func isLowercaseBeyondLatin1(_ v: UInt32) -> Bool {
        !isGeneralPunctuation(v) && (Unicode.Scalar(v)?.properties.isLowercase ?? false)
    }

    @inline(never)
    private static func isLetterBeyondLatin1(_ s: Unicode.Scalar) -> Bool {
        !isGeneralPunctuation(s.value) && s.properties.isAlphabetic
    }

    @inline(never)
    private static func lowercaseBeyondLatin1(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard !isGeneralPunctuation(s.value), s.properties.isUppercase else { return s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }

    /// Whether a code point lies in the General Punctuation block, which holds no letters.
    @inline(__always)
    static func isGeneralPunctuation(_ v: UInt32) -> Bool { v >= 0x2000 && v <= 0x206F }
}

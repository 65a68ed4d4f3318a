/// The units names are matched by, and their normalised keys.
///
/// Text and gazetteer names are cut the same way: a unit is a maximal run of letters, digits and
/// combining marks, or one other non-space character. So `US-Außenministerin` is `US`, `-`,
/// `Außenministerin` whether or not the tokenizer keeps the compound in one token, and `O'Brien` is
/// `O`, `'`, `Brien` on both sides. A key is the unit's lowercase form in UTF-8.
enum KeyNormalizer {
    /// Case facts of a unit, as bits.
    struct CaseFlags: OptionSet, Sendable {
        let rawValue: UInt8
        /// The first character is an uppercase letter.
        static let firstUpper = CaseFlags(rawValue: 1)
        /// The first character is a lowercase letter.
        static let firstLower = CaseFlags(rawValue: 2)
        /// No lowercase letter at all and at least two letters (`NATO`, `US`).
        static let allUpper = CaseFlags(rawValue: 4)
        /// The first word of a sentence (set by the matcher, not by `key`).
        static let sentenceInitial = CaseFlags(rawValue: 8)
    }

    @inline(__always)
    static func isWordCharacter(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if v < 0x100 { return v >= 0xC0 ? v != 0xD7 && v != 0xF7 : v == 0xAA || v == 0xB5 || v == 0xBA }
        return isWordCharacterBeyondLatin1(v)
    }

    // The code points beyond Latin-1 ask Unicode's properties out of line: a caller that inlined
    // the property calls would set up their stack space on every call, for Latin-1 text too.

    @inline(never)
    private static func isWordCharacterBeyondLatin1(_ v: UInt32) -> Bool {
        if LetterCase.isGeneralPunctuation(v) { return false }
        guard let s = Unicode.Scalar(v) else { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// Whether a code point has the Unicode property White_Space (a fixed list of 25 code points).
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029 || v == 0x202F
            || v == 0x205F || v == 0x3000
    }

    @inline(__always)
    static func lowercase(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? v + 32 : v }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 32 }
        if v < 0x100 { return v }
        return lowercaseBeyondLatin1(v)
    }

    @inline(never)
    private static func lowercaseBeyondLatin1(_ v: UInt32) -> UInt32 {
        if LetterCase.isGeneralPunctuation(v) { return v }
        guard let s = Unicode.Scalar(v), s.properties.isUppercase || s.properties.changesWhenLowercased else { return v }
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : v
    }

    /// The unit boundaries of `scalars[range]` (which holds no spaces or only separating spaces).
    static func units(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, into out: inout [Range<Int>]) {
        var i = range.lowerBound
        while let unit = nextUnit(scalars, from: &i, to: range.upperBound) { out.append(unit) }
    }

    /// The next unit of `scalars[i..<end]`, moving `i` past it, or nil when only spaces are left.
    @inline(__always)
    static func nextUnit(_ scalars: UnsafeBufferPointer<UInt32>, from i: inout Int, to end: Int) -> Range<Int>? {
        while i < end {
            let v = scalars[i]
            if isSpace(v) { i += 1; continue }
            let start = i
            i += 1
            if isWordCharacter(v) {
                while i < end && isWordCharacter(scalars[i]) { i += 1 }
            }
            return start..<i
        }
        return nil
    }

    /// Writes the key of a unit into `key` (cleared first) and returns its case flags.
    static func key(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, into key: inout [UInt8]) -> CaseFlags {
        var bytes = [UInt8](repeating: 0, count: 4 * range.count)
        let (flags, n) = bytes.withUnsafeMutableBufferPointer { self.key(scalars, range, into: $0) }
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: bytes[0..<n])
        return flags
    }

    /// Writes the key of a unit into `key` (room for four bytes per code point) and returns its
    /// case flags and its length in bytes.
    @inline(__always)
    static func key(_ scalars: UnsafeBufferPointer<UInt32>, _ range: Range<Int>,
                    into key: UnsafeMutableBufferPointer<UInt8>) -> (CaseFlags, Int) {
        var flags: CaseFlags = []
        var letters = 0
        var sawLower = false
        var n = 0
        for i in range {
            let v = scalars[i]
            if i == range.lowerBound {
                if LetterCase.isUppercase(v) { flags.insert(.firstUpper) } else if LetterCase.isLowercase(v) { flags.insert(.firstLower) }
            }
            let l = lowercase(v)
            if l != v { letters += 1 } else if LetterCase.isLowercase(v) { sawLower = true; letters += 1 }
            if l < 0x80 {
                key[n] = UInt8(l)
                n += 1
            } else if l < 0x800 {
                key[n] = UInt8(0xC0 | (l >> 6))
                key[n + 1] = UInt8(0x80 | (l & 0x3F))
                n += 2
            } else if l < 0x10000 {
                key[n] = UInt8(0xE0 | (l >> 12))
                key[n + 1] = UInt8(0x80 | ((l >> 6) & 0x3F))
                key[n + 2] = UInt8(0x80 | (l & 0x3F))
                n += 3
            } else {
                key[n] = UInt8(0xF0 | (l >> 18))
                key[n + 1] = UInt8(0x80 | ((l >> 12) & 0x3F))
                key[n + 2] = UInt8(0x80 | ((l >> 6) & 0x3F))
                key[n + 3] = UInt8(0x80 | (l & 0x3F))
                n += 4
            }
        }
        if !sawLower && letters >= 2 { flags.insert(.allUpper) }
        return (flags, n)
    }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// The units of a name: their keys, case flags and code point ranges in `scalars`.
    static func split(_ scalars: [UInt32]) -> [(key: [UInt8], flags: CaseFlags, range: Range<Int>)] {
        var ranges: [Range<Int>] = []
        var result: [(key: [UInt8], flags: CaseFlags, range: Range<Int>)] = []
        scalars.withUnsafeBufferPointer { buffer in
            units(buffer, 0..<buffer.count, into: &ranges)
            var key: [UInt8] = []
            for r in ranges {
                let flags = self.key(buffer, r, into: &key)
                result.append((key, flags, r))
            }
        }
        return result
    }

    /// The units of a name: their keys, case flags and text.
    static func split(_ name: String) -> [(key: [UInt8], flags: CaseFlags, text: String)] {
        let scalars = name.unicodeScalars.map(\.value)
        return split(scalars).map { unit in
            (unit.key, unit.flags, String(String.UnicodeScalarView(scalars[unit.range].compactMap(Unicode.Scalar.init))))
        }
    }
}

/// A set of words from a rule file, looked up case-insensitively on a document's code points
/// without building strings.
///
/// Words are stored under a hash of their lower-cased code points taken from the last to the
/// first, so the same walk that looks up a whole word also finds every suffix of it: this is how
/// `Außenministerin` is found to end in the role noun `ministerin`.
public struct NameLexicon: Sendable {
    /// Open addressing over the hashes: `slots[i]` is a hash (0 for an empty slot), `entries[i]`
    /// the position of its word.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 16)
    private var entries: [Int32] = [Int32](repeating: -1, count: 16)
    private var words: [[Unicode.Scalar]] = []
    /// A small value per word (for example a gender), 0 when the file gives none.
    private var values: [UInt8] = []

    public init() {}

    public var count: Int { words.count }

    /// The words, lower-cased, in the order they were added.
    var foldedWords: [[Unicode.Scalar]] { words }

    /// Adds a word; returns false when it is already there.
    @discardableResult
    public mutating func insert(_ word: Substring, value: UInt8 = 0) -> Bool {
        let folded = word.unicodeScalars.map(NameLexicon.fold)
        var h = NameLexicon.seed
        for s in folded.reversed() { h = NameLexicon.mix(h, s) }
        h = NameLexicon.nonZero(h)
        if slot(of: h) != nil { return false }
        if (words.count + 1) * 2 > slots.count { grow() }
        place(h, Int32(words.count))
        words.append(folded)
        values.append(value)
        return true
    }

    private mutating func place(_ h: UInt64, _ entry: Int32) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = h
        entries[i] = entry
    }

    private mutating func grow() {
        let old = zip(slots, entries).filter { $0.0 != 0 }
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        entries = [Int32](repeating: -1, count: slots.count)
        for (h, e) in old { place(h, e) }
    }

    /// The entry stored under a hash, or nil.
    @inline(__always)
    private func slot(of h: UInt64) -> Int32? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let x = slots[i]
            if x == h { return entries[i] }
            if x == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The position of the word `scalars[range]` in the lexicon, or nil.
    public func find(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var h = NameLexicon.seed
        var i = range.upperBound
        while i > range.lowerBound {
            i -= 1
            h = NameLexicon.mix(h, NameLexicon.fold(scalars[i]))
        }
        return verified(h, scalars, range)
    }

    public func contains(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        find(scalars, range) != nil
    }

    /// The value stored with the word at a position returned by `find`.
    public func value(at position: Int) -> UInt8 { values[position] }

    /// The start of the longest suffix of `scalars[range]` that is a word of the lexicon and leaves
    /// at least `remainder` code points before it (0: the whole word may match), or nil.
    public func longestSuffix(of scalars: [Unicode.Scalar], _ range: Range<Int>, remainder: Int = 0) -> Int? {
        var h = NameLexicon.seed
        var i = range.upperBound
        var found: Int?
        while i > range.lowerBound + remainder {
            i -= 1
            h = NameLexicon.mix(h, NameLexicon.fold(scalars[i]))
            if slot(of: NameLexicon.nonZero(h)) != nil, verified(h, scalars, i..<range.upperBound) != nil { found = i }
        }
        return found
    }

    private func verified(_ h: UInt64, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard let p = slot(of: NameLexicon.nonZero(h)) else { return nil }
        let word = words[Int(p)]
        guard word.count == range.count else { return nil }
        var k = 0
        for i in range {
            if NameLexicon.fold(scalars[i]) != word[k] { return nil }
            k += 1
        }
        return Int(p)
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash with its bits mixed down (for the slot index) and never 0 (the empty mark).
    @inline(__always)
    private static func nonZero(_ h: UInt64) -> UInt64 {
        let x = (h ^ (h >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return x == 0 ? 1 : x
    }

    @inline(__always)
    private static func mix(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(s.value)) &* 0x100_0000_01b3
    }

    /// The lower-case form of a code point (ASCII and Latin-1 inline, others through Unicode data).
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 {
            return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 32)) : s
        }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return Unicode.Scalar(UInt8(v + 32)) }
        if v < 0x100 || !s.properties.isUppercase { return s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }

    /// Whether a code point is an upper-case letter (ASCII and Latin-1 inline).
    @inline(__always)
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        return s.properties.isUppercase
    }

    /// Whether a code point is a lower-case letter (ASCII and Latin-1 inline).
    @inline(__always)
    public static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v < 0x100 { return (v >= 0xDF && v != 0xF7) || v == 0xAA || v == 0xB5 || v == 0xBA }
        return s.properties.isLowercase
    }

    /// Whether a code point is a letter (ASCII and Latin-1 inline).
    @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v < 0x100 { return v >= 0xC0 && v != 0xD7 && v != 0xF7 || v == 0xAA || v == 0xB5 || v == 0xBA }
        return s.properties.isAlphabetic
    }
}

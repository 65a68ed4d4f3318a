/// A set of words from a rule file, looked up case-insensitively on a document's code points
/// without building strings.
///
/// Words are stored under a hash of their lower-cased code points taken from the last to the
/// first, so the same walk that looks up a whole word also finds every suffix of it: this is how
/// `Außenministerin` is found to end in the role noun `ministerin`.
public struct NameLexicon: Sendable {
    private var index: [UInt64: Int32] = [:]
    private var words: [[Unicode.Scalar]] = []
    /// A small value per word (for example a gender), 0 when the file gives none.
    private var values: [UInt8] = []

    public init() {}

    public var count: Int { words.count }

    /// Adds a word; returns false when it is already there.
    @discardableResult
    public mutating func insert(_ word: Substring, value: UInt8 = 0) -> Bool {
        let folded = word.unicodeScalars.map(NameLexicon.fold)
        var h = NameLexicon.seed
        for s in folded.reversed() { h = NameLexicon.mix(h, s) }
        if index[h] != nil { return false }
        index[h] = Int32(words.count)
        words.append(folded)
        values.append(value)
        return true
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
            if index[h] != nil, verified(h, scalars, i..<range.upperBound) != nil { found = i }
        }
        return found
    }

    private func verified(_ h: UInt64, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard let p = index[h] else { return nil }
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

    @inline(__always)
    private static func mix(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(s.value)) &* 0x100_0000_01b3
    }

    /// The lower-case form of a code point (ASCII and Latin-1 inline, others through Unicode data).
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 {
            return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : s
        }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return Unicode.Scalar(v + 32)! }
        if v < 0x100 || !s.properties.isUppercase { return s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }
}

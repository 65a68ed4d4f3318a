/// A set of words from a rule file, looked up case-insensitively on a document's code points
/// without building strings.
///
/// Words are stored under a hash of their lower-cased code points taken from the last to the
/// first, so the same walk that looks up a whole word also finds every suffix of it: this is how
/// `Außenministerin` is found to end in the role noun `ministerin`.
public struct NameLexicon: Sendable {
    private var slots = ScalarHashSlots()
    private var words: [[Unicode.Scalar]] = []
    /// A small value per word (for example a gender), 0 when the file gives none.
    private var values: [UInt8] = []

    public init() {}

    /// An empty lexicon whose probe filter has `filterWords` 64-bit words (a power of two; 1024
    /// by default): a lexicon of a few dozen words, built per document, needs far fewer.
    init(filterWords: Int) {
        slots = ScalarHashSlots(filterWords: filterWords)
    }

    public var count: Int { words.count }

    /// The words, lower-cased, in the order they were added.
    var foldedWords: [[Unicode.Scalar]] { words }

    /// Adds a word; returns false when it is already there.
    @discardableResult
    public mutating func insert(_ word: Substring, value: UInt8 = 0) -> Bool {
        insert(folded: word.unicodeScalars.map(LetterCase.lowercase), value: value)
    }

    /// Adds a word given as code points; returns false when it is already there.
    @discardableResult
    mutating func insert(_ word: [Unicode.Scalar], value: UInt8 = 0) -> Bool {
        insert(folded: word.map(LetterCase.lowercase), value: value)
    }

    private mutating func insert(folded: [Unicode.Scalar], value: UInt8) -> Bool {
        let h = ScalarHashSlots.hash(folded)
        if slots.first(h, where: { words[$0] == folded }) != nil { return false }
        slots.insert(h, Int32(words.count))
        words.append(folded)
        values.append(value)
        return true
    }

    /// The position of the word `scalars[range]` in the lexicon, or nil.
    public func find(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var h = ScalarHashSlots.seed
        var i = range.upperBound
        while i > range.lowerBound {
            i -= 1
            h = ScalarHashSlots.mix(h, LetterCase.lowercase(scalars[i]))
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
        var h = ScalarHashSlots.seed
        var i = range.upperBound
        var found: Int?
        while i > range.lowerBound + remainder {
            i -= 1
            h = ScalarHashSlots.mix(h, LetterCase.lowercase(scalars[i]))
            if verified(h, scalars, i..<range.upperBound) != nil { found = i }
        }
        return found
    }

    private func verified(_ h: UInt64, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        slots.first(h) { ScalarHashSlots.equals(words[$0], scalars, range) }
    }

}

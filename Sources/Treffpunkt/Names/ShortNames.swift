/// The short names of one document's entities and the matching of them against its tokens.
///
/// Every variant's folded words lie in one array (`text`), so a document's short names cost no
/// array of their own each.
struct ShortNames {
    /// A short name: its words, the entity it stands for, whether a genitive ending is allowed on
    /// its last word.
    struct Variant {
        /// The folded words in `text`, each followed by a space.
        var key: Range<Int>
        var wordCount: Int
        var entity: Int
        var genitive: Bool
        /// Whether the same words are the short name of another entity too: never linked.
        var isAmbiguous = false
    }

    private(set) var variants: [Variant] = []
    /// The keys of all variants, one after another.
    private(set) var text: [Unicode.Scalar] = []
    /// Variants by the hash of their key (`ScalarHashSlots.hash`); made with the first variant,
    /// like `byFirstWord`.
    private var byKey: ScalarHashSlots?
    /// Variants by their first word (a small table: a document has few short names).
    private(set) var byFirstWord: NameLexicon?
    private(set) var firstWordVariants: [[Int]] = []
    /// A bit for each length of a variant's first word and that length plus one (a genitive
    /// ending), 63 for all longer ones: the first test, before the token's letters are read.
    private(set) var firstWordLengths: UInt64 = 0
    /// A bit for each first letter of a variant (its code point modulo 64), a cheap first test.
    private(set) var firstLetters: UInt64 = 0
    /// A bit for each first letter and length of a variant's first word, and for that length
    /// plus one (a genitive ending): a token without its bit starts no variant.
    private(set) var firstWordShapes = Bits256()

    var isEmpty: Bool { variants.isEmpty }

    /// The last names of every person mentioned with two or more words.
    init(document: borrowing Document, particles: NameLexicon) {
        var scratch = Scratch()
        var nameDone = [Bool](repeating: false, count: document.entities.count)
        for m in document.mentions where document.entities[m.entity].type == .person {
            // the entity's own name once, and the text of each mention of several tokens
            var ownName = false
            if !nameDone[m.entity] {
                nameDone[m.entity] = true
                ownName = true
                scratch.name.removeAll(keepingCapacity: true)
                scratch.name.append(contentsOf: document.entities[m.entity].name.unicodeScalars)
                addLastName(of: scratch.name, 0..<scratch.name.count, m, document, particles, &scratch)
            }
            // a mention spelt as its entity's name gives the same words again
            if m.tokens.count >= 2, !(ownName && scratch.name.elementsEqual(document.scalars[m.start..<m.end])) {
                addLastName(of: document.scalars, m.start..<m.end, m, document, particles, &scratch)
            }
        }
    }

    /// Buffers reused for every name of a document.
    private struct Scratch {
        var name: [Unicode.Scalar] = []
        var parts: [Range<Int>] = []
        /// The folded words of a short name, each followed by a space.
        var key: [Unicode.Scalar] = []
    }

    /// Adds the last name (with its particles) of the name `text[range]` of mention `m`'s entity;
    /// the same words for another entity make the variant ambiguous.
    private mutating func addLastName(of text: [Unicode.Scalar], _ range: Range<Int>, _ m: Mention,
                                      _ document: borrowing Document, _ particles: NameLexicon,
                                      _ scratch: inout Scratch) {
        // the words, split at spaces
        scratch.parts.removeAll(keepingCapacity: true)
        var start = range.lowerBound
        for i in range where ShortNames.isSpace(text[i]) {
            if i > start { scratch.parts.append(start..<i) }
            start = i + 1
        }
        if range.upperBound > start { scratch.parts.append(start..<range.upperBound) }
        let count = scratch.parts.count
        guard count >= 2 else { return }
        var first = count - 1
        while first > 1, particles.contains(text, scratch.parts[first - 1]) { first -= 1 }
        scratch.key.removeAll(keepingCapacity: true)
        for part in scratch.parts[first...] {
            for i in part { scratch.key.append(LetterCase.lowercase(text[i])) }
            scratch.key.append(" ")
        }
        // a genitive mention (`Karen Donfrieds`) gives the name without its ending
        let last = scratch.key[scratch.key.count - 2]
        if scratch.parts[count - 1].count > 3, last == "s" || last == "'" || last == "’",
           m.end > m.start, document.scalars[m.end - 1] == last, m.source != .gazetteer {
            scratch.key.remove(at: scratch.key.count - 2)
        }
        let h = ScalarHashSlots.hash(scratch.key)
        if let other = variant(withKey: scratch.key, hash: h) {
            if variants[other].entity != m.entity { variants[other].isAmbiguous = true }
            return
        }
        add(scratch.key, hash: h, wordCount: count - first, entity: m.entity, genitive: true)
    }

    /// The spaces that separate the words of a name.
    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{A0}" || s == "\n" || s == "\t"
    }

    /// Acronyms in parentheses right after an organisation mention: `… Gesundheit (BAG)`.
    mutating func collectAcronyms(in document: Document) {
        let tokens = document.tokens
        let scalars = document.scalars
        var key: [Unicode.Scalar] = []
        for m in document.mentions where document.entities[m.entity].type == .organization {
            let t = m.tokens.upperBound - 1
            guard t >= 0, t + 2 < tokens.count, tokens[t].end == m.end,
                  scalars[tokens[t + 1].start] == "(", tokens[t + 1].end - tokens[t + 1].start == 1,
                  ShortNames.isAcronym(scalars[tokens[t + 2].start..<tokens[t + 2].end]) else { continue }
            if t + 3 < tokens.count, scalars[tokens[t + 3].start] != ")" { continue }
            key.removeAll(keepingCapacity: true)
            for i in tokens[t + 2].start..<tokens[t + 2].end { key.append(LetterCase.lowercase(scalars[i])) }
            key.append(" ")
            let h = ScalarHashSlots.hash(key)
            if variant(withKey: key, hash: h) != nil { continue }
            add(key, hash: h, wordCount: 1, entity: m.entity, genitive: false)
        }
    }

    /// The variant whose key is `key` (with hash `h`), if any.
    private func variant(withKey key: [Unicode.Scalar], hash h: UInt64) -> Int? {
        byKey?.first(h) { variants[$0].key.count == key.count && text[variants[$0].key].elementsEqual(key) }
    }

    /// Adds a variant with this key (its folded words, each followed by a space).
    private mutating func add(_ key: [Unicode.Scalar], hash h: UInt64, wordCount: Int, entity: Int, genitive: Bool) {
        let firstWord = 0..<(key.firstIndex(of: " ") ?? key.count)
        firstWordLengths |= ShortNames.lengthBit(firstWord.count) | ShortNames.lengthBit(firstWord.count + 1)
        if let letter = key.first {
            firstLetters |= 1 << UInt64(letter.value & 63)
            // the letter as the lexicon compares it
            let folded = LetterCase.lowercase(letter)
            firstWordShapes.insert(ShortNames.shapeBit(folded, firstWord.count))
            firstWordShapes.insert(ShortNames.shapeBit(folded, firstWord.count + 1))
        }
        if byKey == nil {
            byKey = ScalarHashSlots(filterWords: 16)
            byFirstWord = NameLexicon(filterWords: 16)
        }
        byKey!.insert(h, Int32(variants.count))
        if let p = byFirstWord!.find(key, firstWord) {
            firstWordVariants[p].append(variants.count)
        } else {
            byFirstWord!.insert(Array(key[firstWord]))
            firstWordVariants.append([variants.count])
        }
        let start = text.count
        text += key
        variants.append(Variant(key: start..<text.count, wordCount: wordCount, entity: entity, genitive: genitive))
    }

    /// The bit of a length in `firstWordLengths`.
    @inline(__always)
    static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    /// The bit of a first letter and a length in `firstWordShapes`.
    @inline(__always)
    static func shapeBit(_ first: Unicode.Scalar, _ length: Int) -> Int {
        let x = UInt64(first.value) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: length) &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: x >> 56)
    }

    /// Two to eight letters or digits, starting with a capital, with at least two capitals
    /// (`BAG`, `BdB`, `ICG`).
    static func isAcronym(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (2...8).contains(s.count), let f = s.first, f.properties.isUppercase else { return false }
        var capitals = 0
        for c in s {
            guard c.properties.isAlphabetic || c.properties.numericType != nil else { return false }
            if c.properties.isUppercase { capitals += 1 }
        }
        return capitals >= 2
    }
}

/// A set of 256 bits, kept in four words.
struct Bits256 {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ bit: Int) {
        let mask: UInt64 = 1 << UInt64(bit & 63)
        switch (bit >> 6) & 3 {
        case 0: words.0 |= mask
        case 1: words.1 |= mask
        case 2: words.2 |= mask
        default: words.3 |= mask
        }
    }

    @inline(__always)
    func contains(_ bit: Int) -> Bool {
        let mask: UInt64 = 1 << UInt64(bit & 63)
        switch (bit >> 6) & 3 {
        case 0: return words.0 & mask != 0
        case 1: return words.1 & mask != 0
        case 2: return words.2 & mask != 0
        default: return words.3 & mask != 0
        }
    }
}

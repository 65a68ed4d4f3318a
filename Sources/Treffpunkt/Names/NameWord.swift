/// A word as the name rules see it: one token, or several tokens written without spaces and
/// joined by hyphens (`US-Außenministerin`) or closed by the period of a listed abbreviation
/// (`Dr.`, `e.V.`), so that the rules do not depend on how the tokenizer cuts compounds.
struct NameWord {
    enum Shape: UInt8 {
        /// Starts with an upper-case letter and has a lower-case one (`Berlin`, `GmbH`).
        case capitalized
        /// Two or more letters, all upper case (`CDU`, `UEFA`).
        case acronym
        /// Starts with a lower-case letter (`von`, `der`).
        case lower
        /// Numbers, punctuation and symbols.
        case other
    }

    var start: Int
    var end: Int
    var tokens: Range<Int>
    var shape: Shape
    var sentence: Int
    /// Whether a gazetteer mention covers one of its tokens.
    @inline(__always)
    var isCovered: Bool { coverType != nil }
    /// The type of the entity whose mention covers one of its tokens, if any.
    var coverType: EntityType?

    var range: Range<Int> { start..<end }
    @inline(__always)
    var isName: Bool { shape == .capitalized || shape == .acronym }
}

extension NameWord {
    /// The words of a document, in order; `covered` gives the type of the entity whose mention
    /// covers a token, if earlier stages tagged it.
    static func words(of document: Document, covered: [EntityType?], abbreviations: (Range<Int>) -> Bool) -> [NameWord] {
        document.scalars.withUnsafeBufferPointer { scalars in
            document.tokens.withUnsafeBufferPointer { tokens in
                words(scalars, tokens, document.sentences, covered: covered, abbreviations: abbreviations)
            }
        }
    }

    private static func words(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ tokens: UnsafeBufferPointer<Token>,
                              _ sentences: [Sentence], covered: [EntityType?],
                              abbreviations: (Range<Int>) -> Bool) -> [NameWord] {
        var words: [NameWord] = []
        words.reserveCapacity(tokens.count)
        for (s, sentence) in sentences.enumerated() {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                var last = t
                if tokens[t].kind == .word {
                    // word (-word)*: hyphens written without spaces
                    while last + 2 < sentence.tokens.upperBound,
                          tokens[last + 1].start == tokens[last].end,
                          tokens[last + 2].start == tokens[last + 1].end,
                          tokens[last + 1].end - tokens[last + 1].start == 1,
                          isHyphen(scalars[tokens[last + 1].start]),
                          tokens[last + 2].kind == .word || tokens[last + 2].kind == .number {
                        last += 2
                    }
                    // a listed abbreviation's period
                    if last + 1 < sentence.tokens.upperBound,
                       tokens[last + 1].start == tokens[last].end,
                       scalars[tokens[last + 1].start] == ".",
                       tokens[last + 1].end - tokens[last + 1].start == 1,
                       abbreviations(tokens[t].start..<tokens[last + 1].end) {
                        last += 1
                    }
                }
                let start = tokens[t].start, end = tokens[last].end
                var coverType: EntityType?
                for k in t...last where covered[k] != nil { coverType = coverType ?? covered[k] }
                words.append(NameWord(start: start, end: end, tokens: t..<(last + 1),
                                      shape: shape(scalars, start..<end, tokens[t].kind),
                                      sentence: s, coverType: coverType))
                t = last + 1
            }
        }
        return words
    }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

    static func shape(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ kind: Token.Kind) -> Shape {
        guard kind == .word || kind == .abbreviation else { return .other }
        let first = scalars[range.lowerBound]
        if LetterCase.isLowercase(first) { return .lower }
        guard LetterCase.isUppercase(first) else { return .other }
        var letters = 0
        for i in range {
            let s = scalars[i]
            if LetterCase.isLowercase(s) { return .capitalized }
            if LetterCase.isLetter(s) { letters += 1 }
        }
        return letters >= 2 ? .acronym : .other
    }
}

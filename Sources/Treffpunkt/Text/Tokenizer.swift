/// Cuts a document into tokens with ICU's word break rules and German refinements.
public final class Tokenizer {
    public let rules: TokenizerRules
    private let words: BreakIterator

    public init(rules: TokenizerRules) throws {
        self.rules = rules
        words = try BreakIterator(.word, locale: "de")
    }

    public func annotate(_ document: inout Document) {
        let utf16 = UTF16Text(document.scalars)
        let (offsets, statuses) = words.boundaries(of: utf16.units)
        var tokens: [Token] = []
        let scalars = document.scalars
        var i = 1
        while i < offsets.count {
            let start = utf16.codePoint(at: Int(offsets[i - 1]))
            let end = utf16.codePoint(at: Int(offsets[i]))
            let status = Int(statuses[i])
            i += 1
            if scalars[start].properties.isWhitespace { continue }
            let kind: Token.Kind
            if BreakIterator.WordStatus.number.contains(status) {
                kind = .number
            } else if BreakIterator.WordStatus.none.contains(status) {
                kind = scalars[start].properties.isAlphabetic ? .word : .punctuation
            } else {
                kind = .word
            }
            tokens.append(Token(start: start, end: end, kind: kind))
        }
        document.tokens = tokens
    }
}

/// Groups tokens into sentences.
public struct SentenceSplitter: Annotator {
    public let rules: TokenizerRules

    public init(configuration: Configuration, rules: TokenizerRules) throws {
        self.rules = rules
    }

    public func annotate(_ document: inout Document) {
        var sentences: [Sentence] = []
        var first = 0
        let tokens = document.tokens
        for (i, token) in tokens.enumerated() {
            let s = document.scalars[token.start]
            if token.kind == .punctuation, s == "." || s == "!" || s == "?" {
                sentences.append(Sentence(start: tokens[first].start, end: token.end, tokens: first..<(i + 1)))
                first = i + 1
            }
        }
        if first < tokens.count {
            sentences.append(Sentence(start: tokens[first].start, end: tokens[tokens.count - 1].end, tokens: first..<tokens.count))
        }
        document.sentences = sentences
    }
}

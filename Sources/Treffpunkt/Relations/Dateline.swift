/// The dateline of a news article: a place that opens one of its first paragraphs, or the line
/// after its headline lines, and is closed by a full stop, a dash or a parenthesised agency
/// (`Wien. Der Kanzler …`, `Bern – Die …`, `Hannover (dpa) – …`). It tells where the story was
/// written, and so where its meetings take place when the text names no other place for them.
enum Dateline {
    /// How many paragraphs (headlines and page furniture included) may come before the dateline.
    static let paragraphs = 3

    /// The entity index of the dateline's place, or nil when the article has none.
    static func place(in document: Document, facts: TokenFacts) -> Int? {
        let tokens = document.tokens
        var paragraph = 0
        var i = 0
        while i < tokens.count && paragraph < Dateline.paragraphs {
            // The first token of a paragraph: the text's first, or the first after a blank line.
            if let place = placeOpening(at: i, document, facts: facts) { return place }
            // Go on to the next paragraph; a line after a headline line may open the text
            // (`Koalition ringt um Rentenpaket⏎Berlin. Die Spitzen …`).
            var k = i + 1
            var lines = 1
            while k < tokens.count {
                let breaks = document.lineBreaks(in: tokens[k - 1].end..<tokens[k].start)
                if breaks >= 2 { break }
                if lines < Dateline.linesPerParagraph, breaks == 1 {
                    lines += 1
                    if !endsSentence(k - 1, document), let place = placeOpening(at: k, document, facts: facts) { return place }
                }
                k += 1
            }
            i = k
            paragraph += 1
        }
        return nil
    }

    /// How many lines of a paragraph may come before the dateline's line, when each of them is
    /// a headline (a line that does not end a sentence).
    static let linesPerParagraph = 3

    /// The place whose mention starts at token `i` and is closed like a dateline.
    private static func placeOpening(at i: Int, _ document: Document, facts: TokenFacts) -> Int? {
        let m = facts.mention[i]
        guard m >= 0 else { return nil }
        let mention = document.mentions[Int(m)]
        guard mention.tokens.lowerBound == i, document.entities[mention.entity].type == .place,
              isClosed(after: mention.tokens.upperBound, document) else { return nil }
        return mention.entity
    }

    /// Token `k` is a full stop, question or exclamation mark: its line ends a sentence, no headline.
    private static func endsSentence(_ k: Int, _ document: Document) -> Bool {
        guard document.tokens[k].kind == .punctuation else { return false }
        let s = document.scalars[document.tokens[k].start]
        return s == "." || s == "!" || s == "?"
    }

    /// The place is followed by `.`, a dash, or `(…)` and then one of these; the text goes on after it.
    private static func isClosed(after end: Int, _ document: Document) -> Bool {
        var k = end
        let tokens = document.tokens
        func mark(_ k: Int) -> Unicode.Scalar? {
            guard k < tokens.count, tokens[k].kind == .punctuation else { return nil }
            return document.scalars[tokens[k].start]
        }
        if mark(k) == "(" {
            var close = k + 1
            while close < min(tokens.count, k + 5), mark(close) != ")" { close += 1 }
            guard mark(close) == ")" else { return false }
            k = close + 1
        }
        guard let s = mark(k), s == "." || s == "–" || s == "—" || s == "-" else { return false }
        // Something follows on the same line: the dateline opens the paragraph's text.
        guard k + 1 < tokens.count else { return false }
        return !document.scalars[tokens[k].end..<tokens[k + 1].start].contains("\n")
    }
}

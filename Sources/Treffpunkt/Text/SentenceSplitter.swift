/// Groups tokens into sentences, in one pass over the tokens and the spaces between them.
///
/// A sentence ends
/// * after `.`, `!`, `?`, `…` (and runs such as `...`, `?!`), with the closing quotes and
///   brackets that follow them directly, when the next token can start a sentence (a capital,
///   a digit, an opening quote or bracket, a dash) or a line break follows;
/// * after an abbreviation marked `final` (`usw.`, `etc.`) before a capitalised word;
/// * at a paragraph break (an empty line);
/// * after a headline: a line without final punctuation followed by a line that does not start
///   in lower case, unless the line ends in a word that never ends a sentence (`mit`, `der`:
///   hard-wrapped text);
/// * before a word of `sentence-starters.txt` (`Wir`) right after a word or a semicolon;
/// * after a run of words in capitals before a capitalised word (`… ZUR REDE Die Pizzeria …`);
/// * after an emoticon written with a space (`Zigarettenstummel: ( Die Gruppe …`);
/// * around a boilerplate line (`Leave a Reply`), which stands alone.
///
/// In a hard-wrapped text (`LineWrap`), a line end where the next word would not have fitted on
/// the line counts as a space.
///
/// The tokenizer has already kept the periods of ordinals, abbreviations and initials inside
/// their tokens, so those never end a sentence here.
public struct SentenceSplitter: Annotator {
    public let rules: TokenizerRules

    public init(configuration: Configuration, rules: TokenizerRules) throws {
        self.rules = rules
    }

    public init(rules: TokenizerRules) {
        self.rules = rules
    }

    public func annotate(_ document: inout Document) {
        document.sentences = CharacterClass.table.withUnsafeBufferPointer { table in
            document.scalars.withUnsafeBufferPointer { scalars in
                document.tokens.withUnsafeBufferPointer { tokens in
                    SentencePass(scalars: scalars, tokens: tokens, table: table, rules: rules).run()
                }
            }
        }
    }
}

/// The state of one run of the sentence splitter.
struct SentencePass {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let tokens: UnsafeBufferPointer<Token>
    let table: UnsafeBufferPointer<CharacterClass>
    let rules: TokenizerRules

    init(scalars: UnsafeBufferPointer<Unicode.Scalar>, tokens: UnsafeBufferPointer<Token>,
         table: UnsafeBufferPointer<CharacterClass>, rules: TokenizerRules) {
        self.scalars = scalars
        self.tokens = tokens
        self.table = table
        self.rules = rules
    }

    @inline(__always) func cls(_ i: Int) -> CharacterClass {
        let v = scalars[i].value
        return v < 0x10000 ? table[Int(v)] : CharacterClass.of(scalar: scalars[i])
    }

    /// The number of line ends between two offsets, counting at most two (CR LF counts once).
    @inline(__always) func lineBreaks(_ from: Int, _ to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            let v = scalars[i].value
            if v == 0x0A || v == 0x2029 || v == 0x2028 || v == 0x85 || v == 0x0B || v == 0x0C {
                count += 1
            } else if v == 0x0D {
                count += 1
                if i + 1 < to, scalars[i + 1].value == 0x0A { i += 1 }
            }
            if count >= 2 { return 2 }
            i += 1
        }
        return count
    }

    /// The line ends between two tokens that count (at most two): a single line end in a
    /// hard-wrapped text where the next word would not have fitted on the line counts as none.
    /// `wrapWidth` is the text's wrap width, found on the first single line end: 0 before, -1
    /// when the text is not hard-wrapped.
    @inline(__always)
    func effectiveBreaks(between a: Token, _ b: Token, wrapWidth: inout Int) -> Int {
        if b.start == a.end + 1 && scalars[a.end] == " " { return 0 }
        let count = lineBreaks(a.end, b.start)
        return count == 1 ? singleBreak(between: a, b, wrapWidth: &wrapWidth) : count
    }

    /// `effectiveBreaks` for one line end.
    func singleBreak(between a: Token, _ b: Token, wrapWidth: inout Int) -> Int {
        if wrapWidth == 0 { wrapWidth = LineWrap.width(of: self) ?? -1 }
        return wrapWidth > 0 && LineWrap.isSoftBreak(after: a, before: b, width: wrapWidth, in: self) ? 0 : 1
    }

    /// Whether token `i` is a sentence-final mark (`.`, `!`, `?`, `…`, or a run of them).
    @inline(__always) func isTerminal(_ t: Token) -> Bool {
        t.kind.equals(.punctuation) && cls(t.start).hasAny(.terminal)
    }

    /// Whether a token is an ellipsis with a space before it ("auf … Während"): a pause inside
    /// a sentence rather than its end.
    func isSpacedEllipsis(_ t: Token) -> Bool {
        let v = scalars[t.start].value
        guard v == 0x2026 || (v == 0x2E && t.end - t.start >= 3) else { return false }
        return t.start > 0 && cls(t.start - 1).hasAny(.space)
    }

    /// Whether a token is an emoticon of `emoticons.txt` (`;-)`), which ends a sentence before a
    /// capitalised word.
    func isEmoticon(_ t: Token) -> Bool {
        t.kind.equals(.symbol) && t.end - t.start >= 2 && listed(t, in: rules.emoticons) != nil
    }

    /// The value of a token's text in a table of the rules.
    @inline(__always)
    func listed<Value>(_ t: Token, in table: UnitSequenceTable<Value>) -> Value? {
        let length = t.end - t.start
        guard length <= table.maxLength else { return nil }
        let first = scalars[t.start].value
        let second = length > 1 ? scalars[t.start + 1].value : 0
        if first < 0x10000, second < 0x10000,
           !table.mayMatch(length: length, first: UInt16(first), second: UInt16(second)) { return nil }
        return lookUp(t, in: table)
    }

    /// The value of a token's text in a table, the slow way.
    func lookUp<Value>(_ t: Token, in table: UnitSequenceTable<Value>) -> Value? {
        let length = t.end - t.start
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 2 * length) { buffer in
            var count = 0
            for i in t.start..<t.end {
                let v = scalars[i].value
                if v < 0x10000 {
                    buffer[count] = UInt16(truncatingIfNeeded: v)
                    count += 1
                } else {
                    buffer[count] = UInt16(0xD800 + ((v - 0x10000) >> 10))
                    buffer[count + 1] = UInt16(0xDC00 + ((v - 0x10000) & 0x3FF))
                    count += 2
                }
            }
            return table.value(UnsafeBufferPointer(buffer), 0, count)
        }
    }

    /// Whether a token directly after a final mark closes what it ends: a closing bracket, or a
    /// quotation mark other than the German opening ones („ ‚).
    func isClosing(_ t: Token) -> Bool {
        guard t.kind.equals(.punctuation) else { return false }
        let k = cls(t.start)
        if k.hasAny(.close) { return true }
        let v = scalars[t.start].value
        return k.hasAny(.quote) && v != 0x201E && v != 0x201A
    }

    /// Whether a token can open a sentence.
    func canStart(_ t: Token) -> Bool {
        let k = cls(t.start)
        if k.hasAny(.lower) { return false }
        if k.hasAny(.letter) || k.hasAny(.digit) || k.hasAny(.quote) || k.hasAny(.open) || k.hasAny(.hyphen) { return true }
        let v = scalars[t.start].value
        if v == 0x2013 || v == 0x2014 || v == 0x2022 { return true }  // – — •
        return t.kind.equals(.symbol) || t.kind.equals(.url) || t.kind.equals(.markup)
    }

    /// Whether a token may end a headline (a line without final punctuation): not a comma,
    /// hyphen or other mark that continues on the next line, nor an ordinal.
    func canEndHeadline(_ t: Token) -> Bool {
        switch t.kind {
        case .ordinal:
            // The tokenizer has seen the word that belongs to it ("am 1.<line end>Januar").
            return false
        case .word, .number, .abbreviation, .url, .email, .symbol, .markup:
            return !(t.kind.equals(.word) && cls(t.end - 1).hasAny(.hyphen))
        case .punctuation:
            let k = cls(t.start)
            if k.hasAny(.close) || k.hasAny(.terminal) { return true }
            return isClosingQuote(t)
        }
    }

    /// Whether token `i` starts a boilerplate line; returns the index of the line's last token.
    func boilerplateLine(at i: Int) -> Int? {
        let start = tokens[i].start
        let limit = min(scalars.count, start + rules.boilerplate.maxLength + 1)
        var end = start
        while end < limit, !cls(end).hasAny(.newline) { end += 1 }
        if end == limit && limit < scalars.count && !cls(end).hasAny(.newline) { return nil }
        while end > start, cls(end - 1).hasAny(.space) { end -= 1 }
        guard end > start, listed(Token(start: start, end: end, kind: .word), in: rules.boilerplate) != nil else { return nil }
        var j = i
        while j + 1 < tokens.count, tokens[j + 1].start < end { j += 1 }
        return j
    }

    func run() -> [Sentence] {
        var sentences: [Sentence] = []
        let count = tokens.count
        sentences.reserveCapacity(count / 12 + 1)
        var first = 0
        var forcedEnd = -1
        var i = 0
        /// Line ends between the previous token and token `i`, when known.
        var breaksBefore = 1
        var wrapWidth = 0
        while i < count {
            let t = tokens[i]
            // The common case: a word or number, one space, and no capitalised word after it.
            if breaksBefore == 0, i + 1 < count, i != forcedEnd, t.kind.equals(.word) || t.kind.equals(.number) {
                let next = tokens[i + 1]
                if next.start == t.end + 1, scalars[t.end] == " ",
                   !(next.kind.equals(.word) && cls(next.start).hasAny(.upper)) {
                    i += 1
                    continue
                }
            }
            let lineStart = breaksBefore > 0
            if lineStart, !rules.boilerplate.isEmpty, let lineEnd = boilerplateLine(at: i) {
                if first < i {
                    sentences.append(Sentence(start: tokens[first].start, end: tokens[i - 1].end, tokens: first..<i))
                    first = i
                }
                forcedEnd = lineEnd
            }
            var last = i
            var ends = false
            if i + 1 == count {
                ends = true
            } else {
                let next = tokens[i + 1]
                let breaks = effectiveBreaks(between: t, next, wrapWidth: &wrapWidth)
                breaksBefore = breaks
                if i == forcedEnd || breaks >= 2 {
                    ends = true
                } else if isTerminal(t) && !isSpacedEllipsis(t) {
                    var j = i + 1
                    while j < count, isClosing(tokens[j]) && tokens[j].start == tokens[j - 1].end || isEmoticon(tokens[j]) && lineBreaks(tokens[j - 1].end, tokens[j].start) == 0 {
                        j += 1
                    }
                    if j == count {
                        ends = true
                    } else {
                        let after = j == i + 1 ? breaks : effectiveBreaks(between: tokens[j - 1], tokens[j], wrapWidth: &wrapWidth)
                        ends = after > 0 || canStart(tokens[j]) || (j == i + 1 && endsBeforeLowerCase(ellipsis: t, next: tokens[j]))
                        if ends { breaksBefore = after }
                    }
                    if ends { last = j - 1 }
                } else if isEmoticon(t) {
                    ends = breaks > 0 || (cls(next.start).hasAny(.upper) && canStart(next))
                } else if t.kind.equals(.abbreviation) {
                    ends = (breaks > 0 && canStart(next)) || (cls(next.start).hasAny(.upper) && canEndSentence(t))
                } else if breaks == 1, canEndHeadline(t), canStart(next), listed(t, in: rules.continuations) == nil {
                    ends = true
                } else if t.kind.equals(.punctuation), isSpacedEmoticon(at: i) {
                    ends = breaks > 0 || (cls(next.start).hasAny(.upper) && canStart(next))
                } else if next.kind.equals(.word), cls(next.start).hasAny(.upper) {
                    ends = startsWithoutMark(at: i + 1, breaks: breaks, sentenceStart: first)
                }
            }
            if ends {
                sentences.append(Sentence(start: tokens[first].start, end: tokens[last].end, tokens: first..<(last + 1)))
                first = last + 1
            }
            i = last + 1
        }
        return sentences
    }

    /// Whether an abbreviation token is listed as one that often ends a sentence.
    func canEndSentence(_ t: Token) -> Bool {
        listed(t, in: rules.abbreviationTable)?.canEndSentence ?? false
    }
}

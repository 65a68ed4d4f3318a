/// Sentence starts that no final mark announces, or that a final mark announces before a
/// lower-case word.
extension SentencePass {
    /// Whether the capitalised word `tokens[k]` opens a sentence although no final mark ends the
    /// one before it (`breaks`: the line ends that count between the two):
    /// * after a semicolon or a closing quotation mark, when it is listed in
    ///   `sentence-starters.txt` with any condition (`… gedacht haben; Die Tierversuche …`,
    ///   `"Öffentlich rechtlicher Betrieb" Ihr findet …`);
    /// * after a colon that ends a clause of at least five words, when it is listed without a
    ///   condition or with `before-lower` (`… äußerte sich über das Ergebnis zufrieden: Die
    ///   Nationen …`); a short lead-in (`Negativ ist: Das Zimmer …`) belongs to what follows, and
    ///   words listed `after-semicolon` often open lists (`drei Ziele: Eine Reform, …`);
    /// * after a word, when it is listed without a condition (`… teuer Wir sind …`), or with
    ///   `before-lower` when lower-case words stand before and after it and the word before can
    ///   end a sentence (`… durchgeführt Das wird …`, but not `die Partei Die Linke`);
    /// * after a run of at least three words in capitals, when it has lower-case letters: the run
    ///   is a shouted headline (`… STELLT DIE VERANSTALTER ZUR REDE Die Pizzeria …`).
    func startsWithoutMark(at k: Int, breaks: Int, sentenceStart: Int) -> Bool {
        let t = tokens[k - 1]
        let word = tokens[k]
        if t.kind.equals(.punctuation) {
            if isSingleMark(t, 0x3B) || isClosingQuote(t) { return listed(word, in: rules.sentenceStarters) != nil }
            if isSingleMark(t, 0x3A) {
                guard let condition = listed(word, in: rules.sentenceStarters), condition != .afterSemicolon else { return false }
                return wordCount(from: sentenceStart, to: k - 1, atLeast: 5)
            }
            guard canEndHeadline(t) else { return false }
        } else if cls(t.start).hasAny(.upper), breaks == 0, isTitleCase(word), isShoutedRun(endingAt: k - 1) {
            return true
        } else if t.kind.equals(.word), cls(t.end - 1).hasAny(.hyphen) {
            return false
        }
        guard let condition = listed(word, in: rules.sentenceStarters) else { return false }
        switch condition {
        case .always:
            return true
        case .afterSemicolon:
            return false
        case .beforeLower:
            guard k + 1 < tokens.count, t.kind.equals(.word), cls(t.start).hasAny(.lower),
                  listed(t, in: rules.continuations) == nil else { return false }
            let after = tokens[k + 1]
            return after.kind.equals(.word) && cls(after.start).hasAny(.lower) && lineBreaks(word.end, after.start) == 0
        }
    }

    /// Whether an ellipsis attached to its word (`erstaunt...`) ends the sentence before the
    /// lower-case word `next`: informal writing ends sentences with an ellipsis and goes on in
    /// lower case (`… über das hotel erstaunt... tolle mitarbeiter …`), while a sentence that
    /// goes on after such a pause does so with a word of `continuations.txt` (`… gefreut... aber
    /// ich hätte …`).
    func endsBeforeLowerCase(ellipsis t: Token, next: Token) -> Bool {
        let v = scalars[t.start].value
        guard v == 0x2026 || (v == 0x2E && t.end - t.start >= 3), !isSpacedEllipsis(t),
              next.kind.equals(.word), cls(next.start).hasAny(.lower) else { return false }
        return listed(next, in: rules.continuations) == nil
    }

    /// Whether the tokens `from..<to` hold at least `minimum` words and numbers.
    func wordCount(from: Int, to: Int, atLeast minimum: Int) -> Bool {
        var count = 0
        var i = from
        while i < to, count < minimum {
            if tokens[i].kind.equals(.word) || tokens[i].kind.equals(.number) { count += 1 }
            i += 1
        }
        return count >= minimum
    }

    /// Whether a token is the one-character mark with this code point.
    @inline(__always) func isSingleMark(_ t: Token, _ value: UInt32) -> Bool {
        t.kind.equals(.punctuation) && t.end - t.start == 1 && scalars[t.start].value == value
    }

    /// Whether a token is a closing quotation mark: attached to what it closes, and not of an
    /// opening style (`„`, `‚`, `` ` ``).
    func isClosingQuote(_ t: Token) -> Bool {
        guard t.kind.equals(.punctuation), t.start > 0, cls(t.start).hasAny(.quote), !cls(t.start - 1).hasAny(.space) else { return false }
        let v = scalars[t.start].value
        return v != 0x201E && v != 0x201A && v != 0x60
    }

    /// Whether a word starts with a capital followed by a lower-case letter (`Die`, not `DIE`).
    func isTitleCase(_ t: Token) -> Bool {
        t.kind.equals(.word) && t.end - t.start >= 2 && cls(t.start).hasAny(.upper) && cls(t.start + 1).hasAny(.lower)
    }

    /// Whether a word is written in capitals: at least two capitals and no lower-case letter.
    func isShouted(_ t: Token) -> Bool {
        guard t.kind.equals(.word), t.end - t.start >= 2 else { return false }
        var capitals = 0
        for i in t.start..<t.end {
            let k = cls(i)
            if k.hasAny(.lower) { return false }
            if k.hasAny(.upper) { capitals += 1 }
        }
        return capitals >= 2
    }

    /// Whether `tokens[j]` ends a run of three words in capitals on one line.
    func isShoutedRun(endingAt j: Int) -> Bool {
        guard j >= 2, isShouted(tokens[j]), isShouted(tokens[j - 1]), isShouted(tokens[j - 2]) else { return false }
        return lineBreaks(tokens[j - 2].end, tokens[j].start) == 0
    }

    /// Whether token `i` is a bracket that makes an emoticon with the colon or semicolon before
    /// it, written with a space (`Zigarettenstummel: ( Die Gruppe …`): a lone bracket with a
    /// space on both sides, after a colon that sticks to its word, and without a partner bracket
    /// among the next (for `(`) or previous (for `)`) 40 tokens of its line.
    func isSpacedEmoticon(at i: Int) -> Bool {
        let t = tokens[i]
        guard i >= 2, i + 1 < tokens.count, t.kind.equals(.punctuation), t.end - t.start == 1 else { return false }
        let bracket = scalars[t.start].value
        guard bracket == 0x28 || bracket == 0x29 else { return false }
        let mark = tokens[i - 1]
        guard isSingleMark(mark, 0x3A) || isSingleMark(mark, 0x3B),
              tokens[i - 2].end == mark.start, mark.end < t.start, t.end < tokens[i + 1].start else { return false }
        let partner: UInt32 = bracket == 0x28 ? 0x29 : 0x28
        let step = bracket == 0x28 ? 1 : -1
        var j = i
        for _ in 0..<40 {
            let k = j + step
            guard k >= 0, k < tokens.count,
                  lineBreaks(min(tokens[j].end, tokens[k].end), max(tokens[j].start, tokens[k].start)) == 0 else { break }
            if isSingleMark(tokens[k], partner) { return false }
            j = k
        }
        return true
    }
}

/// Cuts a sentence into clauses for the meeting rules: at `;` and `:`, and at a comma or dash that
/// opens a subordinate clause (`, dass`), a relative clause (`, die das Gespräch …`) or a new
/// main clause (`, sagte …`). Appositions (`, dem stellvertretenden Stabschef …`), lists
/// (`, danach …`) and a last verb after a closing apposition (`…, Karin Welge, getroffen.`) stay in their clause.
struct ClauseSplitter {
    let document: Document
    let facts: TokenFacts

    /// The clauses of a sentence as contiguous token ranges covering it.
    func clauses(of sentence: Sentence) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Most sentences have a few clauses: room for them in the first allocation.
        result.reserveCapacity(4)
        var start = sentence.tokens.lowerBound
        let end = sentence.tokens.upperBound
        var i = start
        while i < end {
            if i > start, isBoundary(i, end: end, segment: start, sentenceStart: sentence.tokens.lowerBound) {
                result.append(start..<i)
                start = i
            }
            i += 1
        }
        if start < end { result.append(start..<end) }
        return result
    }

    private func scalar(_ i: Int) -> Unicode.Scalar { document.scalars[document.tokens[i].start] }

    private func isLowercaseWord(_ i: Int) -> Bool {
        let t = document.tokens[i]
        return t.kind == .word && LetterCase.isLowercase(document.scalars[t.start])
    }

    /// Whether a segment has a word that may be a verb (a lower-case word that is no article,
    /// preposition, conjunction or adjective): a segment without one is a noun phrase, such as a
    /// fronted subject with its apposition (`Die Außenminister, X und Y, kamen …`).
    private func hasVerb(_ segment: Range<Int>) -> Bool {
        segment.contains { k in
            guard isLowercaseWord(k) else { return false }
            let c = facts.classes[k]
            if c.contains(.article) || c.contains(.possessive) || c.contains(.preposition) || c.contains(.coordinator) { return false }
            let t = document.tokens[k], s = document.scalars
            let last = s[t.end - 1], before = t.end - t.start > 2 ? s[t.end - 2] : " "
            let adjective = last == "e" || (before == "e" && (last == "n" || last == "r" || last == "s" || last == "m"))
            return !adjective || c.contains(.passiveAuxiliary) || c.contains(.past) || c.contains(.planned)
        }
    }

    private func isSentenceEnd(_ i: Int) -> Bool {
        guard document.tokens[i].kind == .punctuation else { return false }
        let s = scalar(i)
        return s == "." || s == "!" || s == "?"
    }

    private func isBoundary(_ i: Int, end: Int, segment: Int, sentenceStart: Int) -> Bool {
        let token = document.tokens[i]
        guard token.kind == .punctuation else { return false }
        let s = scalar(i)
        if s == ";" || s == ":" || s == "." || s == "!" || s == "?" { return true }
        guard s == "," || s == "–" || s == "—", i + 1 < end else { return false }
        let next = i + 1
        if facts.has(.subordinator, next) { return true }
        // Lists (`, danach X`, `, dazu X`) and companions (`, gemeinsam mit X`) go on in the clause.
        if facts.has(.continuation, next) || facts.has(.coordinator, next) || facts.has(.companionAdverb, next) { return false }
        // A clause that ends with its verb or particle (`nahmen X teil, die SPD war …`, `hat den Mann
        // getroffen, der …`): an article or relative pronoun after it opens another clause.
        if i > segment, isLowercaseWord(i - 1), facts.has(.relativePronoun, next) || facts.has(.article, next),
           hasVerb(segment..<i) {
            return true
        }
        if facts.has(.relativePronoun, next), next + 1 < end {
            let after = next + 1
            if facts.has(.article, after) || facts.has(.possessive, after) || facts.has(.preposition, after)
                || facts.has(.reflexive, after) || facts.has(.negation, after) || facts.has(.male, after)
                || facts.has(.female, after) || facts.has(.plural, after) {
                return true
            }
            if isLowercaseWord(after), after + 1 < end, isLowercaseWord(after + 1) || document.tokens[after + 1].kind == .punctuation {
                return true
            }
            return false
        }
        if facts.has(.article, next) || facts.has(.possessive, next) { return false }
        if facts.has(.preposition, next) { return i > 0 && (isLowercaseWord(i - 1) || document.tokens[i - 1].kind == .punctuation) }
        // An apposition closed by a comma right before the clause's last verb (`…, Karin Welge, getroffen.`).
        if isLowercaseWord(next), next + 1 == end || (next + 1 < end && isSentenceEnd(next + 1)) { return false }
        // A sentence that opens with a noun phrase and its apposition goes on with its verb.
        return isLowercaseWord(next) && (segment != sentenceStart || hasVerb(segment..<i))
    }
}

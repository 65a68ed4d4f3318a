/// Cuts a sentence into clauses for the meeting rules: at `;` and `:`, and at a comma or dash that
/// opens a subordinate clause (`, dass`), a relative clause (`, die das Gespräch …`) or a new
/// main clause (`, sagte …`). Appositions (`, dem stellvertretenden Stabschef …`) and lists
/// (`, danach …`) stay in their clause.
struct ClauseSplitter {
    let document: Document
    let facts: TokenFacts

    /// The clauses of a sentence as contiguous token ranges covering it.
    func clauses(of sentence: Sentence) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = sentence.tokens.lowerBound
        let end = sentence.tokens.upperBound
        var i = start
        while i < end {
            if isBoundary(i, end: end), i > start {
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
        return t.kind == .word && document.scalars[t.start].properties.isLowercase
    }

    private func isBoundary(_ i: Int, end: Int) -> Bool {
        let token = document.tokens[i]
        guard token.kind == .punctuation else { return false }
        let s = scalar(i)
        if s == ";" || s == ":" || s == "." || s == "!" || s == "?" { return true }
        guard s == "," || s == "–" || s == "—", i + 1 < end else { return false }
        let next = i + 1
        if facts.has(.subordinator, next) { return true }
        if facts.has(.continuation, next) || facts.has(.coordinator, next) { return false }
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
        return isLowercaseWord(next)
    }
}

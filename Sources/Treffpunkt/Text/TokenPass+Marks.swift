/// The rules of the token pass for tokens that start with a mark: punctuation runs, emoticons,
/// elisions, markup remnants.
extension TokenPass {
    /// A token that starts with anything but a letter, digit or mark.
    mutating func mark(_ p: Int, _ b: Int, _ k: CharacterClass, _ stream: inout BoundaryStream) -> Int {
        let x = u[p]
        // Emoticons: ":-)", ";-)", ":(", "^^".
        if rules.emoticons.mayStart(with: x), let match = rules.emoticons.longestMatch(u, at: p, limit: n),
           !has(match.end, .wordCharacter) {
            emit(p, match.end, .symbol)
            return match.end
        }
        if x == 0x3C, let end = tag(p) {  // <
            emit(p, end, .markup)
            return end
        }
        if x == 0x26, let end = entity(p) {  // &
            emit(p, end, .markup)
            return end
        }
        // A hyphen that opens a word: "-ausgang" in "Ein- und -ausgang".
        if k.hasAny(.hyphen), p == 0 || c(p - 1).hasAny(.space), has(p + 1, .lower) {
            return wordBody(p, scanFrom: p + 1, stream.boundary(after: p + 1), &stream)
        }
        var end = b
        if (x == 0x27 || x == 0x2019), p == 0 || c(p - 1).hasAny(.space), let e = elision(p) {
            emit(p, e, .word)
            return e
        }
        switch x {
        case 0x2E, 0x2D, 0x60, 0x27, 0x2A, 0x3D, 0x5F, 0x7E, 0x23, 0x2B, 0x2F, 0x7C:  // . - ` ' * = _ ~ # + / |
            // "...", "--", "``", "''": a run of one mark is one token.
            end = p + 1
            while end < n, u[end] == x { end += 1 }
        default: break
        }
        if x == 0x27 || x == 0x2018 || x == 0x201A {
            // A single quotation mark opens after a space and before a letter.
            if (p == 0 || c(p - 1).hasAny(.space) || c(p - 1).hasAny(.open)) && has(end, .letter) && end == p + 1 {
                singleQuoteOpen = true
            } else if p > 0 && !c(p - 1).hasAny(.space) {
                singleQuoteOpen = false
            }
        } else if x == 0x2019 && singleQuoteOpen {
            singleQuoteOpen = false
        }
        if k.hasAny(.terminal) { singleQuoteOpen = false }
        emit(p, end, k.hasAny(.punctuation) ? .punctuation : .symbol)
        return end
    }

    /// The end of an elided word after an apostrophe (`'s`, `'ne`, listed in `elisions.txt`)
    /// when no letter, digit or quotation mark follows it.
    @inline(__always)
    func elision(_ p: Int) -> Int? {
        var q = p + 1
        while q < n, q - p <= 4, c(q).hasAny(.letter) { q += 1 }
        guard q > p + 1, rules.elisions.value(u, p, q) != nil else { return nil }
        if q < n, c(q).hasAny([.wordCharacter, .quote]) { return nil }
        return q
    }

    /// The end of an HTML or XML tag starting with `<` at `p`: `<br/>`, `< /p>`, `<a href="…">`.
    @inline(__always)
    func tag(_ p: Int) -> Int? {
        var q = p + 1
        while q < n, q - p < 4, u[q] == 0x20 { q += 1 }
        if q < n, u[q] == 0x2F { q += 1 }
        while q < n, q - p < 6, u[q] == 0x20 { q += 1 }
        guard q < n else { return nil }
        let x = u[q]
        guard (x >= 0x61 && x <= 0x7A) || (x >= 0x41 && x <= 0x5A) || x == 0x21 else { return nil }
        let limit = min(n, p + 512)
        while q < limit {
            let y = u[q]
            if y == 0x3E { return q + 1 }
            if y == 0x3C { return nil }
            q += 1
        }
        return nil
    }

    /// The end of a character reference starting with `&` at `p`: `&nbsp;`, `&#8222;`, `&#x201E;`.
    @inline(__always)
    func entity(_ p: Int) -> Int? {
        var q = p + 1
        let limit = min(n, p + 12)
        if q < n, u[q] == 0x23 { q += 1 }
        let bodyStart = q
        while q < limit {
            let x = u[q]
            if x == 0x3B { return q > bodyStart ? q + 1 : nil }
            guard (x >= 0x61 && x <= 0x7A) || (x >= 0x41 && x <= 0x5A) || (x >= 0x30 && x <= 0x39) else { return nil }
            q += 1
        }
        return nil
    }
}

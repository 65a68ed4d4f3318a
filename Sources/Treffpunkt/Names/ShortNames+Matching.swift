/// The matching of a document's short names against its tokens.
extension ShortNames {
    /// Adds a coreference mention wherever a variant occurs on tokens no other mention covers, and
    /// merges rule-found persons whose whole mention is a variant.
    func link(in document: inout Document) {
        let tokens = document.tokens
        let scalars = document.scalars
        var covered = [Int](repeating: -1, count: tokens.count)
        for (i, m) in document.mentions.enumerated() {
            for t in m.tokens where t < tokens.count { covered[t] = i }
        }
        var added: [Mention] = []
        var relinked: [(mention: Int, entity: Int)] = []
        // the sentence of the last token asked for: tokens are asked for in order
        var sentence = 0
        var t = 0
        while t < tokens.count {
            let length = tokens[t].end - tokens[t].start
            guard tokens[t].kind == .word, firstWordLengths & ShortNames.lengthBit(length) != 0 else { t += 1; continue }
            let first = LetterCase.lowercase(scalars[tokens[t].start])
            guard firstLetters & (1 << UInt64(first.value & 63)) != 0,
                  firstWordShapes.contains(ShortNames.shapeBit(first, length)),
                  let match = self.match(at: t, tokens, scalars) else { t += 1; continue }
            let variant = variants[match.variant]
            let span = t..<match.end
            // the one mention that covers every token of the span (-1: none), or nil for several
            let owner = span.allSatisfy { covered[$0] == covered[t] } ? covered[t] : nil
            sentence = ShortNames.sentence(containing: t, from: sentence, document.sentences)
            let last = ShortNames.sentence(containing: match.end - 1, from: sentence, document.sentences)
            guard sentence == last else { t = match.end; continue }
            if owner == -1 {
                let start = tokens[t].start, end = tokens[match.end - 1].end
                added.append(Mention(start: start, end: end, entity: variant.entity,
                                     sentence: sentence, tokens: span,
                                     source: .coreference))
            } else if let i = owner, i >= 0 {
                let m = document.mentions[i]
                if m.source == .rule, m.entity != variant.entity, m.tokens == span,
                   document.entities[m.entity].type == document.entities[variant.entity].type {
                    relinked.append((i, variant.entity))
                }
            }
            t = match.end
        }
        for (i, entity) in relinked {
            document.mentions[i].entity = entity
            document.mentions[i].source = .coreference
        }
        document.mentions += added
    }

    /// The index of the sentence that contains `token`, found by walking on from sentence `from`,
    /// which starts at or before it (as `Document.sentence(containingToken:)` finds it).
    private static func sentence(containing token: Int, from: Int, _ sentences: [Sentence]) -> Int {
        var s = from
        while s + 1 < sentences.count && sentences[s + 1].tokens.lowerBound <= token { s += 1 }
        return s
    }

    /// The longest variant starting at token `t`: its index and the token after it (a genitive
    /// apostrophe written as a token of its own is included).
    private func match(at t: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> (variant: Int, end: Int)? {
        var best: (variant: Int, end: Int)?
        let first = tokens[t].start..<tokens[t].end
        guard let byFirstWord else { return nil }
        let candidates = byFirstWord.find(scalars, first).map { firstWordVariants[$0] }
            ?? byFirstWord.find(scalars, ShortNames.withoutGenitive(scalars, first)).map { firstWordVariants[$0] }
            ?? []
        for v in candidates {
            let variant = variants[v]
            let words = variant.wordCount
            guard t + words <= tokens.count else { continue }
            var ok = true
            var end = t
            var p = variant.key.lowerBound
            for k in 0..<words {
                // word k of the variant: text[p..<q]
                var q = p
                while text[q] != " " { q += 1 }
                let token = tokens[t + k]
                if k > 0 && token.start == tokens[t + k - 1].end { ok = false; break }
                var r = token.start..<token.end
                let isLast = k == words - 1
                if isLast && variant.genitive && r.count == q - p + 1 { r = ShortNames.withoutGenitive(scalars, r) }
                guard r.count == q - p, zip(r, p..<q).allSatisfy({ LetterCase.lowercase(scalars[$0]) == text[$1] }),
                      k > 0 || LetterCase.isUppercase(scalars[token.start]) || words > 1 else { ok = false; break }
                end = t + k + 1
                p = q + 1
            }
            guard ok, !variant.isAmbiguous else { continue }
            // a genitive apostrophe of its own (`Jones '`)
            if variant.genitive, end < tokens.count, tokens[end].start == tokens[end - 1].end,
               tokens[end].end - tokens[end].start == 1, scalars[tokens[end].start] == "'" || scalars[tokens[end].start] == "’" {
                end += 1
            }
            // never the first part of a longer name (`Donfried Müller`) nor inside a compound
            if end < tokens.count, tokens[end].start == tokens[end - 1].end,
               tokens[end].kind == .word || NameWord.isHyphen(scalars[tokens[end].start]) { continue }
            if t > 0, tokens[t - 1].end == tokens[t].start,
               tokens[t - 1].kind == .word || NameWord.isHyphen(scalars[tokens[t - 1].start]) { continue }
            if best == nil || end > best!.end { best = (v, end) }
        }
        return best
    }

    /// The range without a genitive `s`, `'` or `’` at its end (unchanged when there is none).
    static func withoutGenitive(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        guard r.count > 2 else { return r }
        let last = scalars[r.upperBound - 1]
        if last == "s" || last == "'" || last == "’" { return r.lowerBound..<(r.upperBound - 1) }
        return r
    }
}

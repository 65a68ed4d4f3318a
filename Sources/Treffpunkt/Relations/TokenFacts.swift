/// What the meeting rules know about each token of a document: its word id in the lexicon,
/// its word classes (phrases included), the trigger it starts and the mention that covers it.
struct TokenFacts {
    /// Word id per token, -1 when the lexicon does not know the word.
    var word: [Int32]
    /// Whether the word id matched the whole token (false: a compound's last part).
    var whole: [Bool]
    var classes: [WordClasses]
    /// Role id per token (`Präsident`, `Papst`), -1 for none.
    var role: [Int32]
    /// Group noun id per token, with the phrase length, or nil.
    var group: [(group: Int, length: Int)?]
    /// Index into `Document.mentions` of the longest mention covering the token, -1 for none.
    var mention: [Int32]
    /// Triggers: token, token count, rule index; in text order.
    var triggers: [(token: Int, length: Int, rule: Int)] = []

    init(document: Document, lexicon: MeetingLexicon) {
        let n = document.tokens.count
        word = Array(repeating: -1, count: n)
        whole = Array(repeating: false, count: n)
        classes = Array(repeating: WordClasses(), count: n)
        role = Array(repeating: -1, count: n)
        group = Array(repeating: nil, count: n)
        mention = Array(repeating: -1, count: n)
        let scalars = document.scalars
        var scratch: [UInt32] = []
        scratch.reserveCapacity(64)
        for (i, token) in document.tokens.enumerated() where token.kind == .word || token.kind == .punctuation || token.kind == .abbreviation {
            guard let (id, isWhole) = lexicon.wordID(scalars, token, scratch: &scratch) else { continue }
            word[i] = Int32(id)
            whole[i] = isWhole
            if isWhole { classes[i] = lexicon.classes(of: id) }
            if let r = lexicon.role(of: id) { role[i] = Int32(r) }
            if let g = lexicon.group(of: id) { group[i] = (g, 1) }
        }
        for sentence in document.sentences {
            let first = sentence.tokens.lowerBound
            for i in sentence.tokens where word[i] >= 0 {
                let id = Int(word[i])
                let capitalised = LetterCase.isUppercase(scalars[document.tokens[i].start])
                if whole[i] {
                    for p in lexicon.phrases(startingWith: id) {
                        let phrase = lexicon.phrases[p]
                        guard matches(phrase.words, at: i, end: sentence.tokens.upperBound) else { continue }
                        switch phrase.target {
                        case .trigger(let r): triggers.append((i, phrase.words.count, r))
                        case .wordClass(let c): for j in i..<(i + phrase.words.count) { classes[j].insert(c) }
                        case .group(let g): group[i] = (g, phrase.words.count)
                        }
                    }
                }
                for r in lexicon.triggers(of: id) {
                    switch lexicon.rules[r].kind {
                    case .noun:
                        if capitalised { triggers.append((i, 1, r)) }
                    case .verb:
                        if whole[i] && (!capitalised || i == first) { triggers.append((i, 1, r)) }
                    case .nonMeeting, .join, .companion:
                        triggers.append((i, 1, r))
                    case .phrase:
                        break
                    }
                }
            }
        }
        triggers.sort { $0.token < $1.token }
        for (m, mention) in document.mentions.enumerated() {
            for t in mention.tokens where t < n {
                if self.mention[t] < 0 || document.mentions[Int(self.mention[t])].tokens.count < mention.tokens.count {
                    self.mention[t] = Int32(m)
                }
            }
        }
    }

    private func matches(_ words: [Int], at i: Int, end: Int) -> Bool {
        guard i + words.count <= end else { return false }
        for (k, w) in words.enumerated() where word[i + k] != Int32(w) || !whole[i + k] { return false }
        return true
    }

    func has(_ c: WordClass, _ token: Int) -> Bool { classes[token].contains(c) }
}

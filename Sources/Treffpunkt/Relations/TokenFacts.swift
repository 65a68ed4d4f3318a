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
        var word = [Int32](repeating: -1, count: n)
        var whole = [Bool](repeating: false, count: n)
        var classes = [WordClasses](repeating: WordClasses(), count: n)
        var role = [Int32](repeating: -1, count: n)
        var group = [(group: Int, length: Int)?](repeating: nil, count: n)
        var triggers: [(token: Int, length: Int, rule: Int)] = []
        let tokens = document.tokens, scalars = document.scalars
        let words = lexicon.words
        /// Tokens whose word starts a phrase or has trigger rules, in text order.
        var starts: [Int] = []
        lexicon.table.withLookup(on: scalars, compoundHead: 3) { lookup in
            for i in 0..<n {
                let token = tokens[i]
                guard token.kind == .word || token.kind == .punctuation || token.kind == .abbreviation,
                      let (id, isWhole) = lookup(token.start..<token.end) else { continue }
                word[i] = Int32(id)
                whole[i] = isWhole
                let entry = words[id]
                if isWhole { classes[i] = entry.classes }
                role[i] = entry.role
                if entry.group >= 0 { group[i] = (Int(entry.group), 1) }
                if !entry.triggers.isEmpty || isWhole && !entry.phrases.isEmpty { starts.append(i) }
            }
        }
        var next = 0
        for sentence in document.sentences {
            let first = sentence.tokens.lowerBound
            while next < starts.count && starts[next] < first { next += 1 }
            while next < starts.count && starts[next] < sentence.tokens.upperBound {
                let i = starts[next]
                next += 1
                let entry = words[Int(word[i])]
                let capitalised = LetterCase.isUppercase(scalars[tokens[i].start])
                if whole[i] {
                    for k in entry.phrases {
                        let p = Int(lexicon.phraseStarts[Int(k)])
                        let length = Int(lexicon.phraseWordStarts[p + 1] - lexicon.phraseWordStarts[p])
                        guard TokenFacts.matches(phrase: p, lexicon: lexicon, at: i, end: sentence.tokens.upperBound, word: word, whole: whole)
                        else { continue }
                        switch lexicon.phrases[p].target {
                        case .trigger(let r): triggers.append((i, length, r))
                        case .wordClass(let c): for j in i..<(i + length) { classes[j].insert(c) }
                        case .group(let g): group[i] = (g, length)
                        }
                    }
                }
                for k in entry.triggers {
                    let trigger = lexicon.wordTriggers[Int(k)]
                    switch trigger.kind {
                    case .noun:
                        if capitalised { triggers.append((i, 1, Int(trigger.rule))) }
                    case .verb:
                        if whole[i] && (!capitalised || i == first) { triggers.append((i, 1, Int(trigger.rule))) }
                    case .nonMeeting, .join, .companion:
                        triggers.append((i, 1, Int(trigger.rule)))
                    case .phrase:
                        break
                    }
                }
            }
        }
        triggers.sort { $0.token < $1.token }
        var covering = [Int32](repeating: -1, count: n)
        for (m, mention) in document.mentions.enumerated() {
            for t in mention.tokens where t < n {
                if covering[t] < 0 || document.mentions[Int(covering[t])].tokens.count < mention.tokens.count {
                    covering[t] = Int32(m)
                }
            }
        }
        self.word = word
        self.whole = whole
        self.classes = classes
        self.role = role
        self.group = group
        self.mention = covering
        self.triggers = triggers
    }

    /// Whether the words of phrase `p` stand whole from token `i` on, before `end`.
    private static func matches(phrase p: Int, lexicon: MeetingLexicon, at i: Int, end: Int, word: [Int32], whole: [Bool]) -> Bool {
        let a = Int(lexicon.phraseWordStarts[p]), b = Int(lexicon.phraseWordStarts[p + 1])
        guard i + (b - a) <= end else { return false }
        for k in a..<b where word[i + k - a] != lexicon.phraseWords[k] || !whole[i + k - a] { return false }
        return true
    }

    func has(_ c: WordClass, _ token: Int) -> Bool { classes[token].contains(c) }
}

/// What the meeting rules know about each token of a document: its word id in the lexicon,
/// its word classes (phrases included), the trigger it starts and the mention that covers it.
/// A class, built once per document and read by every rule finder: a finder that keeps it counts
/// one reference instead of one per array.
final class TokenFacts {
    /// Word id per token, -1 when the lexicon does not know the word.
    let word: [Int32]
    /// Whether the word id matched the whole token (false: a compound's last part).
    let whole: [Bool]
    let classes: [WordClasses]
    /// Role id per token (`Präsident`, `Papst`), -1 for none.
    let role: [Int32]
    /// Group noun id per token, with the phrase length, or nil.
    let group: [(group: Int, length: Int)?]
    /// Index into `Document.mentions` of the longest mention covering the token, -1 for none.
    let mention: [Int32]
    /// Triggers: token, token count, rule index; in text order.
    let triggers: [(token: Int, length: Int, rule: Int)]

    init(document: Document, lexicon: MeetingLexicon) {
        let n = document.tokens.count
        let tokens = document.tokens, scalars = document.scalars
        let words = lexicon.words
        // The arrays are the closure's own, so that writing them checks no uniqueness per token.
        let (word, whole, classes, role, group, triggers) = lexicon.table.withLookup(on: scalars, compoundHead: 3) { lookup in
            var word = [Int32](repeating: -1, count: n)
            var whole = [Bool](repeating: false, count: n)
            var classes = [WordClasses](repeating: WordClasses(), count: n)
            var role = [Int32](repeating: -1, count: n)
            var group = [(group: Int, length: Int)?](repeating: nil, count: n)
            /// Tokens whose word starts a phrase or has trigger rules, in text order.
            var starts: [Int] = []
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
            let triggers = TokenFacts.phrasesAndTriggers(at: starts, document: document, lexicon: lexicon, word: word, whole: whole,
                                                         classes: &classes, group: &group)
            return (word, whole, classes, role, group, triggers)
        }
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

    /// The phrases and triggers that start at `starts` (tokens whose word starts a phrase or has
    /// trigger rules, in text order) within their sentences, in text order; a phrase of a word
    /// class or group marks its tokens in `classes` or `group`.
    private static func phrasesAndTriggers(at starts: [Int], document: Document, lexicon: MeetingLexicon, word: [Int32], whole: [Bool],
                                           classes: inout [WordClasses], group: inout [(group: Int, length: Int)?])
        -> [(token: Int, length: Int, rule: Int)] {
        let tokens = document.tokens, scalars = document.scalars, words = lexicon.words
        var triggers: [(token: Int, length: Int, rule: Int)] = []
        var next = 0
        for sentence in document.sentences {
            let first = sentence.tokens.lowerBound
            while next < starts.count && starts[next] < first { next += 1 }
            while next < starts.count && starts[next] < sentence.tokens.upperBound {
                let i = starts[next]
                next += 1
                let entry = words[Int(word[i])]
                let capitalised = LetterCase.isUppercase(scalars[tokens[i].start])
                // Every phrase has two words or more, all of the lexicon and whole.
                if whole[i], i + 1 < sentence.tokens.upperBound, whole[i + 1], entry.mayStartPhrase(before: word[i + 1]) {
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
        return triggers
    }

    /// Whether the words of phrase `p` stand whole from token `i` on, before `end`.
    private static func matches(phrase p: Int, lexicon: MeetingLexicon, at i: Int, end: Int, word: [Int32], whole: [Bool]) -> Bool {
        let a = Int(lexicon.phraseWordStarts[p]), b = Int(lexicon.phraseWordStarts[p + 1])
        guard i + (b - a) <= end else { return false }
        for k in a..<b where word[i + k - a] != lexicon.phraseWords[k] || !whole[i + k - a] { return false }
        return true
    }

    @inline(__always)
    func has(_ c: WordClass, _ token: Int) -> Bool { classes[token].contains(c) }
}

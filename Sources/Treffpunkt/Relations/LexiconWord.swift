/// What the meeting lexicon knows of one word id, in one record of plain integers, so that
/// `TokenFacts` reads a token's classes, role, group, phrases and triggers with one array access
/// and counts no references. Built once from the lexicon's tables (`MeetingLexicon.compileWords`).
struct LexiconWord: Sendable {
    var classes = WordClasses()
    /// Role id, -1 for none.
    var role: Int32 = -1
    /// Group noun id, -1 for none.
    var group: Int32 = -1
    /// The phrases starting with the word: `MeetingLexicon.phraseStarts[phrases]` are phrase indexes.
    var phrases: Range<Int32> = 0..<0
    /// Bit `w % 64` is set for the second word `w` of each of these phrases.
    var secondWords: UInt64 = 0
    /// The word's trigger rules: `MeetingLexicon.wordTriggers[triggers]`, in the order of `triggers(of:)`.
    var triggers: Range<Int32> = 0..<0
}

extension LexiconWord {
    /// Whether one of the word's phrases may go on with the word id `next` (false proves none does).
    @inline(__always)
    func mayStartPhrase(before next: Int32) -> Bool {
        next >= 0 && secondWords & (1 << UInt64(next & 63)) != 0
    }
}

/// A trigger rule of a word with its kind, read without touching the rule.
struct WordTrigger: Sendable {
    var rule: Int32
    var kind: TriggerRule.Kind
}

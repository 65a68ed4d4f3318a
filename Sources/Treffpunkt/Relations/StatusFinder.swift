/// Decides a meeting mention's status from cues in its sentence and clause, and whether the
/// mention is negated (then it is no meeting at all).
struct StatusFinder {
    let facts: TokenFacts
    /// The document's tokens (to see where a clause's particle stands before a mark).
    let tokens: [Token]

    /// Whether the meeting is denied: `trafen sich nicht`, `kein Treffen`, `noch nie zu Gast`, or
    /// refused: `lehnte ein Treffen mit X ab`; a meeting noun anywhere in its sentence (`Ein Gespräch
    /// mit X, um das Y gebeten hatte, lehnte Z ab`), a meeting verb in its clause.
    func isNegated(trigger: Int, kind: TriggerRule.Kind, clause: Range<Int>, sentence: Range<Int>) -> Bool {
        if kind == .noun {
            for k in max(clause.lowerBound, trigger - 3)..<trigger where facts.has(.negatingArticle, k) { return true }
        }
        for k in clause where facts.has(.negation, k) && !facts.has(.cancelled, k) { return true }
        for k in kind == .noun ? sentence : clause where facts.has(.refusalVerb, k) {
            for p in (k + 1)..<sentence.upperBound where facts.has(.cancelParticle, p) {
                if p + 1 == sentence.upperBound || tokens[p + 1].kind == .punctuation { return true }
            }
        }
        return false
    }

    /// `sagte das Treffen … ab`: a cancel verb and its particle closing the clause (before a comma,
    /// the sentence end or the clause's end).
    private func hasSplitCancelVerb(_ clause: Range<Int>) -> Bool {
        guard let verb = clause.first(where: { facts.has(.cancelVerb, $0) }) else { return false }
        return StatusFinder.isSplitCancelVerb(verb, clause: clause, facts: facts, tokens: tokens)
    }

    /// Whether the cancel verb at `verb` has its particle closing `clause` (`sagte … ab`): then it
    /// is no reporting verb.
    static func isSplitCancelVerb(_ verb: Int, clause: Range<Int>, facts: TokenFacts, tokens: [Token]) -> Bool {
        guard facts.has(.cancelVerb, verb) else { return false }
        for k in (verb + 1)..<max(verb + 1, clause.upperBound) where facts.has(.cancelParticle, k) {
            // "sagte das Treffen ab." and "sagte das Treffen ab und kündigte …"
            if k + 1 == clause.upperBound || tokens[k + 1].kind == .punctuation || facts.has(.coordinator, k + 1) { return true }
        }
        return false
    }

    /// Whether the clause is told in a past tense: a past form (`traf`, `hatte`), or a present
    /// form of `haben`/`sein` with a meeting participle (`hat X empfangen`, `ist … zusammengekommen`)
    /// that is no infinitive after `zu` (`hat angekündigt, X zu empfangen`).
    func isPast(_ clause: Range<Int>) -> Bool {
        var auxiliary = false, participle = false
        for k in clause {
            if facts.has(.past, k) { return true }
            if facts.has(.perfectAuxiliary, k) { auxiliary = true }
            if facts.has(.participle, k) && !(k > clause.lowerBound && facts.has(.preposition, k - 1)) { participle = true }
        }
        return auxiliary && participle
    }

    /// The status by cues: cancelled anywhere in the sentence wins; planned by a cue in the clause
    /// before the topic that follows the trigger.
    func status(sentence: Range<Int>, clause: Range<Int>, trigger: Int, rule: TriggerRule) -> (MeetingStatus, fromCue: Bool) {
        for k in sentence where facts.has(.cancelled, k) { return (.cancelled, true) }
        if hasSplitCancelVerb(clause) { return (.cancelled, true) }
        if rule.planned { return (.planned, true) }
        // A plan word inside the topic (`sprachen über die kommende Saison`) dates the topic, not the meeting.
        let topicStart = clause.first { $0 > trigger && facts.has(.topicAfter, $0) } ?? clause.upperBound
        for k in clause.lowerBound..<topicStart where facts.has(.planned, k) { return (.planned, true) }
        // "kündigte an, nach Peking zu reisen, um dort X zu treffen": the governing clause announces it.
        if StatusFinder.isInfinitive(trigger: trigger, facts: facts) {
            for k in sentence.lowerBound..<clause.lowerBound where facts.has(.announcement, k) || facts.has(.planned, k) { return (.planned, true) }
        }
        return (.occurred, false)
    }

    /// Whether the trigger is an infinitive with `zu` (`zu treffen`, `zusammenzukommen`).
    static func isInfinitive(trigger: Int, facts: TokenFacts) -> Bool {
        facts.has(.infinitiveParticle, trigger) || (trigger > 0 && facts.has(.infinitiveParticle, trigger - 1))
    }
}

/// Decides a meeting mention's status from cues in its sentence and clause, and whether the
/// mention is negated (then it is no meeting at all).
struct StatusFinder {
    let facts: TokenFacts

    /// Whether the meeting is denied: `trafen sich nicht`, `kein Treffen`, `noch nie zu Gast`.
    func isNegated(trigger: Int, kind: TriggerRule.Kind, clause: Range<Int>) -> Bool {
        if kind == .noun {
            for k in max(clause.lowerBound, trigger - 3)..<trigger where facts.has(.negatingArticle, k) { return true }
        }
        for k in clause where facts.has(.negation, k) && !facts.has(.cancelled, k) { return true }
        return false
    }

    /// The status by cues: cancelled anywhere in the sentence wins; planned by a cue in the clause.
    func status(sentence: Range<Int>, clause: Range<Int>, rule: TriggerRule) -> (MeetingStatus, fromCue: Bool) {
        for k in sentence where facts.has(.cancelled, k) { return (.cancelled, true) }
        if rule.planned { return (.planned, true) }
        for k in clause where facts.has(.planned, k) { return (.planned, true) }
        return (.occurred, false)
    }
}

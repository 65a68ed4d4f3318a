/// The tense of a clause, as far as it matters for dates.
public enum Tense: Sendable, Hashable {
    case past, present, future
}

/// Decides the tense of the clause around an expression from cue words (`rules/time/tense.tsv`):
/// a future cue makes it future, else a past cue past, else present.
///
/// The clause runs from the expression to the nearest clause break or comma on each side; commas
/// right beside the expression ("Am Mittwoch, dem 15. Dezember, traf sich …") do not end it.
struct TenseDetector {
    let atoms: [TimeAtom]
    let lexicon: TimeLexicon

    func tense(first: Int, last: Int, lower: Int, upper: Int) -> Tense {
        var past = false
        var l = first - 1
        if l >= lower, isBreak(l), atoms[l].key == "," { l -= 1 }
        while l >= lower, !isBreak(l) {
            switch cue(l, lower: lower) {
            case .future: return .future
            case .past: past = true
            default: break
            }
            l -= 1
        }
        var r = last + 1
        if r < upper, isBreak(r), atoms[r].key == "," { r += 1 }
        while r < upper, !isBreak(r) {
            switch cue(r, lower: lower) {
            case .future: return .future
            case .past: past = true
            default: break
            }
            r += 1
        }
        return past ? .past : .present
    }

    private func isBreak(_ i: Int) -> Bool {
        atoms[i].kind == .mark && (atoms[i].key == "," || has(i, .clauseBreak))
    }

    private func has(_ i: Int, _ role: TimeRole) -> Bool {
        atoms[i].entries.contains { $0.rest.isEmpty && $0.meaning == .role(role) }
    }

    /// The tense a word signals, if any.
    private func cue(_ i: Int, lower: Int) -> Tense? {
        let a = atoms[i]
        guard a.kind == .word, !a.isCapitalized || i == lower else { return nil }
        if has(i, .future) { return .future }
        if has(i, .past) { return .past }
        if has(i, .notAVerb) || !a.entries.isEmpty { return nil }
        let word = a.key
        let afterAdjectiveContext = i > lower && has(i - 1, .adjectiveContext)
        if word.count >= 5, !afterAdjectiveContext, lexicon.pastSuffixes.contains(where: { word.hasSuffix($0) }) {
            return .past
        }
        if isParticiple(word), !afterAdjectiveContext || has(i - 1, .past) { return .past }
        return nil
    }

    /// `getroffen`, `zusammengekommen`: a past participle with "ge".
    private func isParticiple(_ word: String) -> Bool {
        guard lexicon.participleEndings.contains(where: { word.hasSuffix($0) }) else { return false }
        for prefix in lexicon.participlePrefixes {
            if participle(word, prefix) { return true }
            for separable in lexicon.separablePrefixes where word.hasPrefix(separable) {
                if participle(String(word.dropFirst(separable.count)), prefix) { return true }
            }
        }
        return false
    }

    private func participle(_ word: String, _ prefix: String) -> Bool {
        word.hasPrefix(prefix) && word.count >= prefix.count + 4
    }
}

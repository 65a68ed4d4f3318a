/// The tense of a clause, as far as it matters for dates.
public enum Tense: Sendable, Hashable {
    case past, present, future
}

/// Decides the tense of the clause around an expression from cue words (`rules/time/tense.tsv`):
/// a future cue makes it future, else a past cue past, else present.
///
/// The clause runs from the expression to the nearest clause break or comma on each side; a comma
/// right after an expression that opens a clause ("Am Mittwoch, dem 15. Dezember, traf sich …")
/// does not end it. A clause without a cue and without a word that looks like a finite verb (an
/// ellipsis as in "…, am Sonntag in Santiago den chilenischen Staatschef", or only an auxiliary as in
/// "Merz ist am Mittwoch, einen Tag nach seiner Wahl, nach Paris gereist") takes the sentence's cues.
struct TenseDetector {
    let atoms: [TimeAtom]
    let lexicon: TimeLexicon

    func tense(first: Int, last: Int, lower: Int, upper: Int) -> Tense {
        var l = first - 1
        let startsClause = l < lower || isBreak(l)
        while l >= lower, !isBreak(l) { l -= 1 }
        var r = last + 1
        if startsClause, r < upper, isBreak(r), atoms[r].key == "," { r += 1 }
        while r < upper, !isBreak(r) { r += 1 }
        let clause = [l + 1..<first, last + 1..<r]
        if let t = cues(in: clause, lower: lower) { return t }
        if clause.contains(where: { $0.contains(where: { looksFinite($0, lower: lower) }) }) { return .present }
        return cues(in: [lower..<first, last + 1..<upper], lower: lower) ?? .present
    }

    /// Future when a range holds a future cue, else past when one holds a past cue, else nil. A past
    /// participle next to a stative verb ("bleiben … geschlossen") describes a state and is no cue.
    private func cues(in ranges: [Range<Int>], lower: Int) -> Tense? {
        var past = false
        var participle = false
        var stative = false
        for range in ranges {
            for i in range {
                if atoms[i].kind == .word, has(i, .stative) { stative = true }
                switch cue(i, lower: lower) {
                case .future: return .future
                case .past where isParticipleCue(i): participle = true
                case .past: past = true
                default: break
                }
            }
        }
        return past || (participle && !stative) ? .past : nil
    }

    /// A past cue that is only a participle by its form, not a listed past word.
    private func isParticipleCue(_ i: Int) -> Bool {
        !has(i, .past) && isParticiple(atoms[i].key)
    }

    /// A lower-case word outside the lexicon with a verb ending (`reist`, `stimmen`) and not after an
    /// article or preposition: perhaps a finite verb in the present tense.
    private func looksFinite(_ i: Int, lower: Int) -> Bool {
        let a = atoms[i]
        guard a.kind == .word, !a.isCapitalized, a.key.count >= 3, !has(i, .notFinite) else { return false }
        if i > lower && has(i - 1, .adjectiveContext) { return false }
        // Words of the lexicon are no verbs, except those listed only as looking like a past form ("geht").
        if !a.entries.isEmpty && (a.entries.count > 1 || !has(i, .notAVerb)) { return false }
        return lexicon.verbEndings.contains { a.key.hasSuffix($0) }
    }

    private func isBreak(_ i: Int) -> Bool {
        atoms[i].kind == .mark && (atoms[i].key == "," || has(i, .clauseBreak))
    }

    private func has(_ i: Int, _ role: TimeRole) -> Bool {
        atoms[i].has(role)
    }

    /// The tense a word signals, if any.
    private func cue(_ i: Int, lower: Int) -> Tense? {
        let a = atoms[i]
        guard a.kind == .word, !a.isCapitalized || i == lower else { return nil }
        // "den geplanten Abbau": an attributive participle says nothing of the clause.
        if has(i, .future) { return i > lower && has(i - 1, .article) ? nil : .future }
        if has(i, .past) { return .past }
        if a.isCapitalized || has(i, .notAVerb) || !a.entries.isEmpty { return nil }
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

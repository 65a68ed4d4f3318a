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
    let scalars: [Unicode.Scalar]
    /// The shape of each atom's word once worked out (`shapeKnown` set), else 0.
    private var shapes: [UInt8]
    /// The lower-cased code points of the word in hand.
    private var units: [UInt32] = []
    /// `lexicon.scalarAffixes`, read once.
    private let scalarAffixes: TimeAffixes<UInt32>?

    private static let shapeKnown: UInt8 = 0x80

    init(atoms: [TimeAtom], lexicon: TimeLexicon, scalars: [Unicode.Scalar]) {
        self.atoms = atoms
        self.lexicon = lexicon
        self.scalars = scalars
        scalarAffixes = lexicon.scalarAffixes
        shapes = []
    }

    mutating func tense(first: Int, last: Int, lower: Int, upper: Int) -> Tense {
        if shapes.isEmpty { shapes = [UInt8](repeating: 0, count: atoms.count) }
        var l = first - 1
        let startsClause = l < lower || isBreak(l)
        while l >= lower, !isBreak(l) { l -= 1 }
        var r = last + 1
        if startsClause, r < upper, isBreak(r), atoms[r].mark == 0x2C { r += 1 }
        while r < upper, !isBreak(r) { r += 1 }
        if let t = cues(in: l + 1..<first, last + 1..<r, lower: lower) { return t }
        for i in l + 1..<first where looksFinite(i, lower: lower) { return .present }
        for i in last + 1..<r where looksFinite(i, lower: lower) { return .present }
        return cues(in: lower..<first, last + 1..<upper, lower: lower) ?? .present
    }

    /// Future when one of two ranges (the first before the second) holds a future cue, else past when
    /// one holds a past cue, else nil. A past participle next to a stative verb ("bleiben …
    /// geschlossen") describes a state and is no cue.
    private mutating func cues(in first: Range<Int>, _ second: Range<Int>, lower: Int) -> Tense? {
        var past = false
        var participle = false
        var stative = false
        // The two ranges in text order, skipping the expression between them.
        for i in first.lowerBound..<second.upperBound where i < first.upperBound || i >= second.lowerBound {
            if atoms[i].kind == .word, has(i, .stative) { stative = true }
            switch cue(i, lower: lower) {
            case .future: return .future
            case .past where isParticipleCue(i): participle = true
            case .past: past = true
            default: break
            }
        }
        return past || (participle && !stative) ? .past : nil
    }

    /// A past cue that is only a participle by its form, not a listed past word.
    private mutating func isParticipleCue(_ i: Int) -> Bool {
        !has(i, .past) && shape(i).contains(.participle)
    }

    /// A lower-case word outside the lexicon with a verb ending (`reist`, `stimmen`) and not after an
    /// article or preposition: perhaps a finite verb in the present tense.
    private mutating func looksFinite(_ i: Int, lower: Int) -> Bool {
        let a = atoms[i]
        guard a.kind == .word, !a.isCapitalized, !has(i, .notFinite) else { return false }
        if i > lower && has(i - 1, .adjectiveContext) { return false }
        // Words of the lexicon are no verbs, except those listed only as looking like a past form ("geht").
        if a.flags.contains(.hasEntries) && (a.flags.contains(.hasSeveralEntries) || !has(i, .notAVerb)) { return false }
        return shape(i).contains(.finiteForm)
    }

    private func isBreak(_ i: Int) -> Bool {
        atoms[i].kind == .mark && (atoms[i].mark == 0x2C || has(i, .clauseBreak))
    }

    private func has(_ i: Int, _ role: TimeRole) -> Bool {
        atoms[i].has(role)
    }

    /// The tense a word signals, if any.
    private mutating func cue(_ i: Int, lower: Int) -> Tense? {
        let a = atoms[i]
        guard a.kind == .word, !a.isCapitalized || i == lower else { return nil }
        // "den geplanten Abbau": an attributive participle says nothing of the clause.
        if has(i, .future) { return i > lower && has(i - 1, .article) ? nil : .future }
        if has(i, .past) { return .past }
        if a.isCapitalized || has(i, .notAVerb) || a.flags.contains(.hasEntries) { return nil }
        let afterAdjectiveContext = i > lower && has(i - 1, .adjectiveContext)
        let shape = shape(i)
        if shape.contains(.pastForm), !afterAdjectiveContext { return .past }
        if shape.contains(.participle), !afterAdjectiveContext || has(i - 1, .past) { return .past }
        return nil
    }

    /// The shape of the lower-cased word of atom `i`, worked out once.
    private mutating func shape(_ i: Int) -> TimeWordShape {
        if shapes[i] & Self.shapeKnown != 0 { return .init(rawValue: shapes[i] & ~Self.shapeKnown) }
        units.removeAll(keepingCapacity: true)
        var plain = true
        for k in atoms[i].start..<atoms[i].end {
            let v = LetterCase.lowercase(scalars[k]).value
            plain = plain && TimeAffixes<UInt32>.isPlain(v)
            units.append(v)
        }
        let raw: UInt8
        if plain, let affixes = scalarAffixes {
            raw = affixes.shape(of: units[...]).rawValue
        } else {
            let word = String(String.UnicodeScalarView(units.map { Unicode.Scalar($0)! }))
            raw = lexicon.characterAffixes.shape(of: Array(word)[...]).rawValue
        }
        shapes[i] = raw | Self.shapeKnown
        return .init(rawValue: raw)
    }
}

/// The patterns of German temporal expressions, matched over the atoms of one sentence.
///
/// Words come from `TimeLexicon`; this type only knows the order they may come in, for example
/// `[am] [WEEKDAY [,] [dem]] DAY . MONTH [YEAR] [[,] um HOUR Uhr]`. See `Docs/time.md`.
struct TimeGrammar {
    let atoms: [TimeAtom]
    let lexicon: TimeLexicon
    /// `lexicon.infos` and `lexicon.phrases`, read once.
    let infos: [TimeWordInfo]
    let phrases: [[TimeLexicon.Phrase]]
    /// The atoms of the sentence: `lower..<upper` (one grammar serves all sentences of a document in turn).
    var lower: Int
    var upper: Int

    init(atoms: [TimeAtom], lexicon: TimeLexicon, lower: Int, upper: Int) {
        self.atoms = atoms
        self.lexicon = lexicon
        infos = lexicon.infos
        phrases = lexicon.phrases
        self.lower = lower
        self.upper = upper
    }

    /// The expressions of each sentence (`segments`: atom ranges in text order), in text order and
    /// not overlapping, each with the atom range of its sentence. `cores` are the indexes of the
    /// atoms with `TimeAtom.Flags.startsCore`, ascending.
    ///
    /// Every pattern starts with a number or a word of the lexicon that may start one; a preposition
    /// or article without a meaning of its own ("am", "der", "vor") starts one only if a core starts
    /// within the next three atoms of its sentence ("am 15. März", "vor drei Tagen", "im dem Abend",
    /// the longest way to a core). So only the atoms from three before a core to the core are tried.
    mutating func scan(_ segments: [(Int, Int)], cores: [Int32]) -> [(candidate: TimeCandidate, lower: Int, upper: Int)] {
        var found: [(candidate: TimeCandidate, lower: Int, upper: Int)] = []
        var c = 0
        for (lower, upper) in segments {
            self.lower = lower
            self.upper = upper
            var i = lower
            while true {
                while c < cores.count && Int(cores[c]) < i { c += 1 }
                guard c < cores.count, Int(cores[c]) < upper else { break }
                let core = Int(cores[c])
                i = max(i, core - 3)
                while i <= core {
                    if atoms[i].flags.contains(.startsPattern), let m = match(at: i) {
                        found.append((m, lower, upper))
                        i = m.last + 1
                        break
                    }
                    i += 1
                }
            }
        }
        return found
    }

    func match(at i: Int) -> TimeCandidate? {
        if let (last, n) = anaphoraPhrase(i) {
            return withClock(TimeCandidate(first: i, last: last, meaning: .anaphora(.day, n)))
        }
        if let c = offsetCore(i) { return c }
        if has(i, .include) {
            if var c = core(i + 1, lead: true) ?? (has(i + 1, .article) ? core(i + 2, lead: true) : nil) {
                c.first = i
                return c
            }
        }
        return core(i, lead: false)
    }

    // MARK: Cores

    func core(_ j: Int, lead: Bool) -> TimeCandidate? {
        guard ok(j) else { return nil }
        // A word without a meaning of its own starts no core but "article, day part".
        if !atoms[j].flags.contains(.startsCore) { return articleDayPart(j) }
        if let (last, rule) = holidayPhrase(j) {
            let suffix = yearSuffix(last + 1)
            return withClock(TimeCandidate(first: j, last: suffix?.last ?? last,
                                           meaning: .holiday(rule, year: suffix?.year, yearShift: suffix?.shift)))
        }
        if isBoundary(j) {
            let k = has(j + 1, .article) ? j + 2 : j + 1
            let inner = monthCore(k, triggered: true) ?? seasonCore(k, triggered: true) ?? yearCore(k, triggered: true)
                ?? decadeCore(k, triggered: true) ?? relativeCore(k, triggered: true, afterBoundary: true) ?? periodCore(k)
            if var c = inner {
                c.first = j
                return c
            }
            return nil
        }
        if let c = dateCore(j) ?? weekdayCore(j) ?? deicticCore(j) { return withClock(c) }
        if let c = monthCore(j, triggered: lead) ?? seasonCore(j, triggered: lead) ?? yearCore(j, triggered: lead)
            ?? decadeCore(j, triggered: lead) ?? centuryCore(j) ?? partCore(j) ?? calendarWeekCore(j) ?? relativeCore(j, triggered: lead, afterBoundary: false)
            ?? periodCore(j) ?? laterCore(j) {
            return c
        }
        if lead || has(j - 1, .clockPrefix), let c = dayPartCore(j) { return withClock(c) }
        if let c = articleDayPart(j) { return c }
        if let (last, h, m) = clock(j) {
            return TimeCandidate(first: j, last: last, meaning: .anaphora(.day, 0), clock: (h, m))
        }
        return nil
    }

    /// `der Mittwochnachmittag`, `den Abend des 15. Dezember`: an article before a day part that names a weekday or date.
    func articleDayPart(_ j: Int) -> TimeCandidate? {
        guard has(j, .article), var c = dayPartCore(j + 1), case .weekday = c.meaning else { return nil }
        c.first = j
        return c
    }

}

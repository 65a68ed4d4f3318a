/// Word tests of the temporal grammar over the lexicon entries of atoms.
extension TimeGrammar {
    func ok(_ i: Int) -> Bool { i >= lower && i < upper }

    func adjacent(_ a: Int, _ b: Int) -> Bool { ok(a) && ok(b) && atoms[a].end == atoms[b].start }

    /// A mark that joins digits into a longer number, a version or a range (`2.000`, `3:1`, `2014/15`).
    func isNumberJoiner(_ i: Int) -> Bool {
        isMark(i, ".") || isMark(i, ",") || isMark(i, ":") || isMark(i, "-") || isMark(i, "/")
    }

    func isMark(_ i: Int, _ mark: Unicode.Scalar) -> Bool { ok(i) && atoms[i].kind == .mark && atoms[i].mark == mark.value }

    func has(_ i: Int, _ role: TimeRole) -> Bool {
        ok(i) && atoms[i].has(role)
    }

    /// What the lexicon says of atom `i` (nothing outside the sentence).
    @inline(__always)
    func info(_ i: Int) -> TimeWordInfo { infos[ok(i) ? Int(atoms[i].info) : 0] }

    func number(_ i: Int, _ range: ClosedRange<Int>, maxDigits: Int) -> Int? {
        guard ok(i), atoms[i].kind == .number, atoms[i].digits <= maxDigits, range.contains(atoms[i].value) else { return nil }
        return atoms[i].value
    }

    /// A four-digit year of the configured range, not part of a longer number.
    func year(_ i: Int) -> Int? {
        guard ok(i), atoms[i].kind == .number, atoms[i].digits == 4, lexicon.yearRange.contains(atoms[i].value) else { return nil }
        if adjacent(i - 1, i), atoms[i - 1].kind != .mark || isNumberJoiner(i - 1) { return nil }
        if adjacent(i, i + 1) {
            if atoms[i + 1].kind != .mark { return nil }
            if !isMark(i + 1, ".") && !isMark(i + 1, ",") && !isMark(i + 1, ")") && !isMark(i + 1, ";") && !isMark(i + 1, ":") { return nil }
            if adjacent(i + 1, i + 2), atoms[i + 2].kind == .number { return nil }
        }
        return atoms[i].value
    }

    /// A digit number below 1000 or a number word.
    func count(_ i: Int) -> Int? {
        if let n = number(i, 1...999, maxDigits: 3) { return n }
        return info(i).number.map(Int.init)
    }

    func weekday(_ i: Int) -> Int? {
        guard ok(i), atoms[i].isCapitalized else { return nil }
        return info(i).weekday.map(Int.init)
    }

    func modifier(_ i: Int) -> Int? { info(i).modifier.map(Int.init) }

    func deictic(_ i: Int) -> Int? { info(i).deictic.map(Int.init) }

    func season(_ i: Int) -> String? {
        guard ok(i), atoms[i].isCapitalized else { return nil }
        return info(i).season.map { lexicon.codes[Int($0)] }
    }

    func decadeWord(_ i: Int) -> String? { info(i).decade.map { lexicon.codes[Int($0)] } }

    func unit(_ i: Int) -> (TimeUnit, Bool)? {
        let w = info(i)
        return w.unit.map { ($0, w.unitIsPlural) }
    }

    /// A month trigger right before `j`, or before an article there ("seit dem Sommer").
    func hasTrigger(before j: Int) -> Bool {
        has(j - 1, .monthTrigger) || (has(j - 1, .article) && has(j - 2, .monthTrigger))
    }

    func isUnit(_ i: Int, _ u: TimeUnit, plural: Bool) -> Bool {
        guard let (v, p) = unit(i) else { return false }
        return v == u && p == plural
    }

    func isYears(_ i: Int) -> Bool { unit(i).map { $0.0 == .year && $0.1 } ?? false }

    func isDayPart(_ i: Int) -> Bool { info(i).isDayPart }

    func isBoundary(_ i: Int) -> Bool { ok(i) && atoms[i].isCapitalized && info(i).isBoundary }

    /// A month name (or, after a day, its abbreviation with the period).
    func monthWord(_ i: Int, allowAbbreviation: Bool) -> (last: Int, month: Int, abbreviated: Bool)? {
        guard let (last, word) = phrase(i, .month, { if case .month = $0 { true } else { false } }),
              case .month(let m, let abbreviated) = word else { return nil }
        if abbreviated && !allowAbbreviation { return nil }
        return (last, m, abbreviated)
    }

    func anaphoraPhrase(_ i: Int) -> (last: Int, days: Int)? {
        guard let (last, word) = phrase(i, .anaphora, { if case .anaphora = $0 { true } else { false } }),
              case .anaphora(let n) = word else { return nil }
        return (last, n)
    }

    func holidayPhrase(_ i: Int) -> (last: Int, rule: HolidayRule)? {
        guard let (last, word) = phrase(i, .holiday, { if case .holiday = $0 { true } else { false } }),
              case .holiday(let rule) = word else { return nil }
        return (last, rule)
    }

    /// The longest lexicon phrase starting at atom `i` whose meaning, of the given kind, passes the test.
    func phrase(_ i: Int, _ kind: TimeWordInfo.PhraseKinds, _ test: (TimeWord) -> Bool) -> (last: Int, word: TimeWord)? {
        guard ok(i), infos[Int(atoms[i].info)].phraseKinds.contains(kind) else { return nil }
        for e in phrases[Int(atoms[i].info)] where test(e.meaning) {
            var k = i
            var matches = true
            for w in e.rest {
                k += 1
                if !ok(k) || atoms[k].word != w { matches = false; break }
            }
            if matches { return (k, e.meaning) }
        }
        return nil
    }

    func tense(of direction: Int?) -> Tense? {
        switch direction {
        case -1: .past
        case 1: .future
        default: nil
        }
    }
}

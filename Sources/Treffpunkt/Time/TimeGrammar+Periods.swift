/// Patterns that name a month, season, year, decade, century, quarter, week or an offset.
extension TimeGrammar {
    /// `[MODIFIER] MONTH [YEAR | vergangenen Jahres]`; a bare month needs a trigger before it.
    func monthCore(_ j: Int, triggered: Bool) -> TimeCandidate? {
        namedPeriod(j, triggered: triggered, name: { i in
            guard let (last, month, _) = monthWord(i, allowAbbreviation: false), atoms[i].isCapitalized else { return nil }
            return (last, month)
        }, meaning: { month, year, shift in .month(year: year, yearShift: shift, month: month) })
    }

    /// `[MODIFIER] SEASON [YEAR]`, like a month.
    func seasonCore(_ j: Int, triggered: Bool) -> TimeCandidate? {
        namedPeriod(j, triggered: triggered, name: { i in season(i).map { (i, $0) } },
                    meaning: { code, year, shift in .season(year: year, yearShift: shift, code: code) })
    }

    /// `[MODIFIER] NAME [YEAR | vergangenen Jahres]` for a named month or season. Without a year it needs
    /// a trigger, a preposition or a modifier; "kommenden" / "vergangenen" then fix the direction.
    private func namedPeriod<Name>(_ j: Int, triggered: Bool, name: (Int) -> (last: Int, name: Name)?,
                                   meaning: (Name, Int?, Int?) -> TimeMeaning) -> TimeCandidate? {
        var k = j
        var direction: Int?
        if let n = modifier(j), name(j + 1) != nil {
            direction = n
            k = j + 1
        }
        guard let (last, value) = name(k) else { return nil }
        if let s = yearSuffix(last + 1) {
            return TimeCandidate(first: j, last: s.last, meaning: meaning(value, s.year, s.shift))
        }
        guard triggered || direction != nil || hasTrigger(before: j) else { return nil }
        return TimeCandidate(first: j, last: last, meaning: meaning(value, nil, direction == 0 ? 0 : nil), tense: tense(of: direction))
    }

    /// `Jahr 2014`, or a bare four-digit year that is no quantity.
    func yearCore(_ j: Int, triggered: Bool) -> TimeCandidate? {
        if let u = unit(j), u.0 == .year, let y = year(j + 1) {
            return TimeCandidate(first: j, last: j + 1, meaning: .year(y))
        }
        guard let y = year(j) else { return nil }
        if has(j - 1, .quantity) || has(j - 1, .modelBefore) || has(j + 1, .unitAfter) { return nil }
        let trigger = triggered || has(j - 1, .yearTrigger) || monthWord(j - 1, allowAbbreviation: false) != nil
        if !trigger {
            if ok(j + 1), atoms[j + 1].kind == .word, atoms[j + 1].isCapitalized, !has(j - 1, .weakYearTrigger) || !atoms[j + 1].flags.contains(.hasEntries) {
                return nil
            }
            if ok(j - 1), atoms[j - 1].kind == .number { return nil }
            // `ICE 1045`, `IC 2310`: a number after an acronym is a train, flight or line, unless it is
            // a year of `acronym-year-range`, as in an event's name (`WM 2006`, `EM 2024`).
            if ok(j - 1), atoms[j - 1].flags.contains(.acronym), atoms[j - 1].end < atoms[j].start,
               !lexicon.acronymYearRange.contains(y) { return nil }
        }
        return TimeCandidate(first: j, last: j, meaning: .year(y))
    }

    /// `90er Jahre`, `1990er-Jahren`, `Neunzigerjahre`.
    func decadeCore(_ j: Int, triggered: Bool) -> TimeCandidate? {
        var last: Int
        let value: String
        if ok(j), atoms[j].kind == .number, atoms[j].digits == 2 || atoms[j].digits == 4, atoms[j].value % 10 == 0,
           adjacent(j, j + 1), has(j + 1, .decadeSuffix) {
            let v = atoms[j].value
            value = atoms[j].digits == 4 ? String(v / 10) : String(lexicon.decadeCentury) + String(v / 10)
            last = j + 1
        } else if let d = decadeWord(j) {
            value = d
            last = j
            guard triggered || isYears(j + 1) || has(j - 1, .article) else { return nil }
        } else {
            return nil
        }
        if isMark(last + 1, "-"), adjacent(last, last + 1), isYears(last + 2) {
            last += 2
        } else if isYears(last + 1) {
            last += 1
        }
        return TimeCandidate(first: j, last: last, meaning: .decade(value))
    }

    /// `20. Jahrhundert`, `19. Jahrhunderts`.
    func centuryCore(_ j: Int) -> TimeCandidate? {
        guard let n = number(j, 1...21, maxDigits: 2), isMark(j + 1, "."), adjacent(j, j + 1), has(j + 2, .century) else { return nil }
        return TimeCandidate(first: j, last: j + 2, meaning: .century(n))
    }

    /// `ersten Quartal [2022]`, `zweiten Halbjahr [des Jahres]`, `3. Quartal`.
    func partCore(_ j: Int) -> TimeCandidate? {
        var k = j
        var index = info(j).ordinal.map(Int.init)
        if index == nil, let n = number(j, 1...4, maxDigits: 1), isMark(j + 1, "."), adjacent(j, j + 1) {
            index = n
            k = j + 1
        }
        guard let index, let (u, plural) = unit(k + 1), !plural, u == .quarter || u == .half, index <= 12 / u.months else { return nil }
        var last = k + 1
        var year: Int?
        var shift: Int?
        if let s = yearSuffix(last + 1) {
            (last, year, shift) = (s.last, s.year, s.shift)
        } else if has(last + 1, .article), isUnit(last + 2, .year, plural: false) {
            (last, shift) = (last + 2, 0)
        }
        return TimeCandidate(first: j, last: last, meaning: .part(u, index, year: year, yearShift: shift))
    }

    /// `Kalenderwoche 12`, `KW 12 [2023]`: a numbered ISO week.
    func calendarWeekCore(_ j: Int) -> TimeCandidate? {
        guard let (u, plural) = unit(j), u == .calendarWeek, !plural,
              let n = number(j + 1, 1...53, maxDigits: 2), !has(j + 2, .unitAfter) else { return nil }
        var last = j + 1
        var year: Int?
        var shift: Int?
        if let s = yearSuffix(last + 1) { (last, year, shift) = (s.last, s.year, s.shift) }
        return TimeCandidate(first: j, last: last, meaning: .part(.calendarWeek, n, year: year, yearShift: shift))
    }

    /// `vergangene Woche`, `im kommenden Jahr`, `am Wochenende`, `(Ende) des Jahres`.
    func relativeCore(_ j: Int, triggered: Bool, afterBoundary: Bool) -> TimeCandidate? {
        if let n = modifier(j), let (u, plural) = unit(j + 1), !plural, u != .day {
            return TimeCandidate(first: j, last: j + 1, meaning: u == .weekend ? .weekend(n) : .relative(u, n))
        }
        guard let (u, plural) = unit(j), !plural, u != .day else { return nil }
        if u == .weekend, triggered || has(j - 1, .article) { return TimeCandidate(first: j, last: j, meaning: .weekend(nil)) }
        if afterBoundary { return TimeCandidate(first: j, last: j, meaning: .relative(u, 0)) }
        return nil
    }

    /// `Jahresende`, `Vorjahr`.
    func periodCore(_ j: Int) -> TimeCandidate? {
        let w = info(j)
        guard let u = w.period else { return nil }
        return TimeCandidate(first: j, last: j, meaning: .relative(u, Int(w.periodOffset)))
    }

    /// `drei Tage später`, `eine Woche zuvor`.
    func laterCore(_ j: Int) -> TimeCandidate? {
        guard let n = count(j), let (u, _) = unit(j + 1), u != .weekend else { return nil }
        if has(j + 2, .later) { return TimeCandidate(first: j, last: j + 2, meaning: .anaphora(u, n)) }
        if has(j + 2, .earlier) { return TimeCandidate(first: j, last: j + 2, meaning: .anaphora(u, -n)) }
        return nil
    }

    /// `vor drei Tagen`, `in zwei Wochen`.
    func offsetCore(_ i: Int) -> TimeCandidate? {
        let sign: Int
        if has(i, .ago) { sign = -1 } else if has(i, .ahead) { sign = 1 } else { return nil }
        var k = i + 1
        if has(k, .approximately) { k += 1 }
        guard let n = count(k), let (u, plural) = unit(k + 1), u != .weekend, plural == (n != 1) else { return nil }
        return TimeCandidate(first: i, last: k + 1, meaning: .offset(u, sign * n))
    }

    /// `2021`, `vergangenen Jahres`, `des Jahres 2021`, `dieses Jahres`.
    func yearSuffix(_ k: Int) -> (last: Int, year: Int?, shift: Int?)? {
        if let y = year(k), !has(k + 1, .unitAfter) { return (k, y, nil) }
        if let n = modifier(k), isUnit(k + 1, .year, plural: false) { return (k + 1, nil, n) }
        if has(k, .article), let u = unit(k + 1), u.0 == .year {
            if let y = year(k + 2) { return (k + 2, y, nil) }
        }
        if has(k, .article), let n = info(k + 1).yearPeriod {
            return (k + 1, nil, Int(n))
        }
        return nil
    }
}

/// The patterns of German temporal expressions, matched over the atoms of one sentence.
///
/// Words come from `TimeLexicon`; this type only knows the order they may come in, for example
/// `[am] [WEEKDAY [,] [dem]] DAY . MONTH [YEAR] [[,] um HOUR Uhr]`. See `Docs/time.md`.
struct TimeGrammar {
    let atoms: [TimeAtom]
    let lexicon: TimeLexicon
    /// The atoms of the sentence: `lower..<upper`.
    let lower: Int
    let upper: Int

    /// All expressions of the sentence, left to right, not overlapping.
    func scan() -> [TimeCandidate] {
        var found: [TimeCandidate] = []
        var i = lower
        while i < upper {
            if let c = match(at: i) {
                found.append(c)
                i = c.last + 1
            } else {
                i += 1
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

    private func core(_ j: Int, lead: Bool) -> TimeCandidate? {
        guard ok(j) else { return nil }
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
            ?? decadeCore(j, triggered: lead) ?? partCore(j) ?? relativeCore(j, triggered: lead, afterBoundary: false)
            ?? periodCore(j) ?? laterCore(j) {
            return c
        }
        if lead || has(j - 1, .clockPrefix), let c = dayPartCore(j) { return withClock(c) }
        if has(j, .article), var c = dayPartCore(j + 1), case .weekday = c.meaning {
            c.first = j
            return c
        }
        if let (last, h, m) = clock(j) {
            return TimeCandidate(first: j, last: last, meaning: .anaphora(.day, 0), clock: (h, m))
        }
        return nil
    }

    /// `[WEEKDAY [,] [dem]] DAY . MONTH [YEAR]` and `DAY.MONTH.[YEAR]`.
    private func dateCore(_ j: Int) -> TimeCandidate? {
        let w0 = modifier(j) != nil && weekday(j + 1) != nil ? j + 1 : j
        if let w = weekday(w0) {
            var k = w0 + 1
            let parenthesis = isMark(k, "(")
            if isMark(k, ",") || parenthesis { k += 1 }
            if has(k, .article) { k += 1 }
            guard var d = dayMonth(k) else { return nil }
            if parenthesis, isMark(d.last + 1, ")") { d.last += 1 }
            return TimeCandidate(first: j, last: d.last,
                                 meaning: .date(year: d.year, yearShift: d.shift, month: d.month, day: d.day, weekday: w))
        }
        if let d = dayMonth(j) {
            return TimeCandidate(first: j, last: d.last,
                                 meaning: .date(year: d.year, yearShift: d.shift, month: d.month, day: d.day, weekday: nil))
        }
        return rangeStart(j)
    }

    /// The first day of `15. und 16. Dezember`, `vom 15. bis zum 17. Dezember`: month and year of the second.
    private func rangeStart(_ j: Int) -> TimeCandidate? {
        guard let day = number(j, 1...31, maxDigits: 2), isMark(j + 1, "."), adjacent(j, j + 1), has(j + 2, .range) else { return nil }
        var k = j + 3
        if has(k, .include) || has(k, .article) { k += 1 }
        guard let d = dayMonth(k), day < d.day, CalendarDate(year: 2000, month: d.month, day: day) != nil else { return nil }
        return TimeCandidate(first: j, last: j + 1, meaning: .date(year: d.year, yearShift: d.shift, month: d.month, day: day, weekday: nil))
    }

    private func dayMonth(_ k: Int) -> (last: Int, day: Int, month: Int, year: Int?, shift: Int?)? {
        guard let day = number(k, 1...31, maxDigits: 2), isMark(k + 1, "."), adjacent(k, k + 1) else { return nil }
        if has(k - 1, .modelBefore) || (adjacent(k - 1, k) && (atoms[k - 1].kind == .number || isNumberJoiner(k - 1))) { return nil }
        if let month = number(k + 2, 1...12, maxDigits: 2), adjacent(k + 1, k + 2) {
            guard isMark(k + 3, "."), adjacent(k + 2, k + 3) else { return nil }
            if adjacent(k + 3, k + 4), let y = number(k + 4, 0...9999, maxDigits: 4), atoms[k + 4].digits == 2 || atoms[k + 4].digits == 4 {
                if adjacent(k + 4, k + 5) && (atoms[k + 5].kind == .number || (isMark(k + 5, ".") && adjacent(k + 5, k + 6) && atoms[k + 6].kind == .number)) {
                    return nil
                }
                let year = atoms[k + 4].digits == 4 ? y : (y < lexicon.twoDigitYearPivot ? 2000 + y : 1900 + y)
                return CalendarDate(year: year, month: month, day: day) == nil ? nil : (k + 4, day, month, year, nil)
            }
            if adjacent(k + 3, k + 4), ok(k + 4), atoms[k + 4].kind == .number { return nil }
            return CalendarDate(year: 2000, month: month, day: day) == nil ? nil : (k + 3, day, month, nil, nil)
        }
        guard let (last, month, _) = monthWord(k + 2, allowAbbreviation: true) else { return nil }
        guard CalendarDate(year: 2000, month: month, day: day) != nil else { return nil }
        if let s = yearSuffix(last + 1) { return (s.last, day, month, s.year, s.shift) }
        return (last, day, month, nil, nil)
    }

    /// `[MODIFIER] WEEKDAY [MODIFIER Woche | DAYPART]`, `heutigen Donnerstag`, `Mittwochnachmittag`.
    private func weekdayCore(_ j: Int) -> TimeCandidate? {
        var k = j
        var shift: Int?
        if let n = modifier(j), weekday(j + 1) != nil {
            shift = n
            k = j + 1
        } else if let d = deictic(j), weekday(j + 1) != nil || isUnit(j + 1, .day, plural: false) {
            return TimeCandidate(first: j, last: j + 1, meaning: .deictic(d))
        }
        guard let w = weekday(k) else { return nil }
        var last = k
        var weekShift: Int?
        if let n = modifier(k + 1), isUnit(k + 2, .week, plural: false) {
            weekShift = n
            last = k + 2
        } else if isDayPart(k + 1), atoms[k + 1].isCapitalized {
            last = k + 1
        }
        return TimeCandidate(first: j, last: last, meaning: .weekday(w, shift: shift, weekShift: weekShift),
                             tense: shift == nil && weekShift == nil && has(j - 1, .pastBefore) ? .past : nil)
    }

    /// `heute`, `gestern Abend`, `morgen früh`; a capitalised "Morgen" inside a sentence is a day part.
    private func deicticCore(_ j: Int) -> TimeCandidate? {
        guard let d = deictic(j) else { return nil }
        if isDayPart(j), atoms[j].isCapitalized, j > lower { return nil }
        if d == 0, let c = offsetCore(j + 1), case .offset(let u, let n) = c.meaning, n < 0 {
            return TimeCandidate(first: j, last: c.last, meaning: .sameDay(u, n))
        }
        let last = isDayPart(j + 1) ? j + 1 : j
        return TimeCandidate(first: j, last: last, meaning: .deictic(d))
    }

    /// `[MODIFIER] MONTH [YEAR | vergangenen Jahres]`; a bare month needs a trigger before it.
    private func monthCore(_ j: Int, triggered: Bool) -> TimeCandidate? {
        var k = j
        var direction: Int?
        if let n = modifier(j), monthWord(j + 1, allowAbbreviation: false) != nil {
            direction = n
            k = j + 1
        }
        guard let (last, month, _) = monthWord(k, allowAbbreviation: false), atoms[k].isCapitalized else { return nil }
        if let s = yearSuffix(last + 1) {
            return TimeCandidate(first: j, last: s.last, meaning: .month(year: s.year, yearShift: s.shift, month: month))
        }
        guard triggered || direction != nil || hasTrigger(before: j) else { return nil }
        return TimeCandidate(first: j, last: last, meaning: .month(year: nil, yearShift: direction == 0 ? 0 : nil, month: month),
                             tense: tense(of: direction))
    }

    /// `[MODIFIER] SEASON [YEAR]`, like a month.
    private func seasonCore(_ j: Int, triggered: Bool) -> TimeCandidate? {
        var k = j
        var direction: Int?
        if let n = modifier(j), season(j + 1) != nil {
            direction = n
            k = j + 1
        }
        guard let code = season(k) else { return nil }
        if let s = yearSuffix(k + 1) {
            return TimeCandidate(first: j, last: s.last, meaning: .season(year: s.year, yearShift: s.shift, code: code))
        }
        guard triggered || direction != nil || hasTrigger(before: j) else { return nil }
        return TimeCandidate(first: j, last: k, meaning: .season(year: nil, yearShift: direction == 0 ? 0 : nil, code: code),
                             tense: tense(of: direction))
    }

    /// `Jahr 2014`, or a bare four-digit year that is no quantity.
    private func yearCore(_ j: Int, triggered: Bool) -> TimeCandidate? {
        if let u = unit(j), u.0 == .year, let y = year(j + 1) {
            return TimeCandidate(first: j, last: j + 1, meaning: .year(y))
        }
        guard let y = year(j) else { return nil }
        if has(j - 1, .quantity) || has(j - 1, .modelBefore) || has(j + 1, .unitAfter) { return nil }
        let trigger = triggered || has(j - 1, .yearTrigger) || monthWord(j - 1, allowAbbreviation: false) != nil
        if !trigger {
            if ok(j + 1), atoms[j + 1].kind == .word, atoms[j + 1].isCapitalized { return nil }
            if ok(j - 1), atoms[j - 1].kind == .number { return nil }
        }
        return TimeCandidate(first: j, last: j, meaning: .year(y))
    }

    /// `90er Jahre`, `1990er-Jahren`, `Neunzigerjahre`.
    private func decadeCore(_ j: Int, triggered: Bool) -> TimeCandidate? {
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

    /// `ersten Quartal [2022]`, `zweiten Halbjahr [des Jahres]`, `3. Quartal`.
    private func partCore(_ j: Int) -> TimeCandidate? {
        var k = j
        var index = single(j) { if case .ordinal(let n) = $0 { n } else { nil } }
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

    /// `vergangene Woche`, `im kommenden Jahr`, `am Wochenende`, `(Ende) des Jahres`.
    private func relativeCore(_ j: Int, triggered: Bool, afterBoundary: Bool) -> TimeCandidate? {
        if let n = modifier(j), let (u, plural) = unit(j + 1), !plural, u != .day {
            return TimeCandidate(first: j, last: j + 1, meaning: u == .weekend ? .weekend(n) : .relative(u, n))
        }
        guard let (u, plural) = unit(j), !plural, u != .day else { return nil }
        if u == .weekend, triggered || has(j - 1, .article) { return TimeCandidate(first: j, last: j, meaning: .weekend(nil)) }
        if afterBoundary { return TimeCandidate(first: j, last: j, meaning: .relative(u, 0)) }
        return nil
    }

    /// `Jahresende`, `Vorjahr`.
    private func periodCore(_ j: Int) -> TimeCandidate? {
        guard ok(j) else { return nil }
        for e in atoms[j].entries where e.rest.isEmpty {
            if case .period(let u, let n) = e.meaning { return TimeCandidate(first: j, last: j, meaning: .relative(u, n)) }
        }
        return nil
    }

    /// `drei Tage später`, `eine Woche zuvor`.
    private func laterCore(_ j: Int) -> TimeCandidate? {
        guard let n = count(j), let (u, _) = unit(j + 1), u != .weekend else { return nil }
        if has(j + 2, .later) { return TimeCandidate(first: j, last: j + 2, meaning: .anaphora(u, n)) }
        if has(j + 2, .earlier) { return TimeCandidate(first: j, last: j + 2, meaning: .anaphora(u, -n)) }
        return nil
    }

    /// `vor drei Tagen`, `in zwei Wochen`.
    private func offsetCore(_ i: Int) -> TimeCandidate? {
        let sign: Int
        if has(i, .ago) { sign = -1 } else if has(i, .ahead) { sign = 1 } else { return nil }
        var k = i + 1
        if has(k, .approximately) { k += 1 }
        guard let n = count(k), let (u, plural) = unit(k + 1), u != .weekend, plural == (n != 1) else { return nil }
        return TimeCandidate(first: i, last: k + 1, meaning: .offset(u, sign * n))
    }

    /// `[frühen] DAYPART` after a preposition: the last day mentioned.
    private func dayPartCore(_ j: Int) -> TimeCandidate? {
        let k = has(j, .dayPartAdjective) ? j + 1 : j
        guard isDayPart(k) else { return nil }
        if has(k + 1, .article), var c = dateCore(k + 2) {
            c.first = j
            return c
        }
        if has(k + 1, .nightLink), let w = weekday(k + 2) {
            return TimeCandidate(first: j, last: k + 2, meaning: .weekday(w, shift: nil, weekShift: nil))
        }
        return TimeCandidate(first: j, last: k, meaning: .anaphora(.day, 0))
    }

    /// Adds `[,] [um] HOUR[:MINUTE] Uhr` after an expression that names a day.
    private func withClock(_ c: TimeCandidate) -> TimeCandidate {
        guard c.meaning.namesDay else { return c }
        var k = c.last + 1
        if isMark(k, ",") { k += 1 }
        if has(k, .include) || has(k, .clockPrefix) { k += 1 }
        guard let (last, h, m) = clock(k) else { return c }
        var d = c
        d.last = last
        d.clock = (h, m)
        return d
    }

    private func clock(_ k: Int) -> (last: Int, hour: Int, minute: Int)? {
        guard let h = number(k, 0...24, maxDigits: 2) else { return nil }
        if has(k + 1, .clock) { return (k + 1, h, 0) }
        guard isMark(k + 1, ".") || isMark(k + 1, ":"), adjacent(k, k + 1), adjacent(k + 1, k + 2),
              let m = number(k + 2, 0...59, maxDigits: 2), atoms[k + 2].digits == 2, has(k + 3, .clock) else { return nil }
        return (k + 3, h, m)
    }

    /// `2021`, `vergangenen Jahres`, `des Jahres 2021`, `dieses Jahres`.
    private func yearSuffix(_ k: Int) -> (last: Int, year: Int?, shift: Int?)? {
        if let y = year(k), !has(k + 1, .unitAfter) { return (k, y, nil) }
        if let n = modifier(k), isUnit(k + 1, .year, plural: false) { return (k + 1, nil, n) }
        if has(k, .article), let u = unit(k + 1), u.0 == .year {
            if let y = year(k + 2) { return (k + 2, y, nil) }
        }
        if has(k, .article), let n = single(k + 1, { if case .period(.year, let n) = $0 { n } else { nil } }) {
            return (k + 1, nil, n)
        }
        return nil
    }

    // MARK: Words

    private func ok(_ i: Int) -> Bool { i >= lower && i < upper }

    private func adjacent(_ a: Int, _ b: Int) -> Bool { ok(a) && ok(b) && atoms[a].end == atoms[b].start }

    /// A mark that joins digits into a longer number, a version or a range (`2.000`, `3:1`, `2014/15`).
    private func isNumberJoiner(_ i: Int) -> Bool {
        isMark(i, ".") || isMark(i, ",") || isMark(i, ":") || isMark(i, "-") || isMark(i, "/")
    }

    private func isMark(_ i: Int, _ mark: String) -> Bool { ok(i) && atoms[i].kind == .mark && atoms[i].key == mark }

    private func has(_ i: Int, _ role: TimeRole) -> Bool {
        ok(i) && atoms[i].entries.contains { $0.rest.isEmpty && $0.meaning == .role(role) }
    }

    private func single<T>(_ i: Int, _ pick: (TimeWord) -> T?) -> T? {
        guard ok(i) else { return nil }
        for e in atoms[i].entries where e.rest.isEmpty {
            if let v = pick(e.meaning) { return v }
        }
        return nil
    }

    private func number(_ i: Int, _ range: ClosedRange<Int>, maxDigits: Int) -> Int? {
        guard ok(i), atoms[i].kind == .number, atoms[i].digits <= maxDigits, range.contains(atoms[i].value) else { return nil }
        return atoms[i].value
    }

    /// A four-digit year of the configured range, not part of a longer number.
    private func year(_ i: Int) -> Int? {
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
    private func count(_ i: Int) -> Int? {
        if let n = number(i, 1...999, maxDigits: 3) { return n }
        return single(i) { if case .number(let n) = $0 { n } else { nil } }
    }

    private func weekday(_ i: Int) -> Int? {
        guard ok(i), atoms[i].isCapitalized else { return nil }
        return single(i) {
            switch $0 {
            case .weekday(let w), .weekdayPart(let w): w
            default: nil
            }
        }
    }

    private func modifier(_ i: Int) -> Int? { single(i) { if case .modifier(let n) = $0 { n } else { nil } } }

    private func deictic(_ i: Int) -> Int? { single(i) { if case .deictic(let n) = $0 { n } else { nil } } }

    private func season(_ i: Int) -> String? {
        guard ok(i), atoms[i].isCapitalized else { return nil }
        return single(i) { if case .season(let s) = $0 { s } else { nil } }
    }

    private func decadeWord(_ i: Int) -> String? { single(i) { if case .decade(let d) = $0 { d } else { nil } } }

    private func unit(_ i: Int) -> (TimeUnit, Bool)? {
        single(i) { if case .unit(let u, let p) = $0 { (u, p) } else { nil } }
    }

    /// A month trigger right before `j`, or before an article there ("seit dem Sommer").
    private func hasTrigger(before j: Int) -> Bool {
        has(j - 1, .monthTrigger) || (has(j - 1, .article) && has(j - 2, .monthTrigger))
    }

    private func isUnit(_ i: Int, _ u: TimeUnit, plural: Bool) -> Bool {
        guard let (v, p) = unit(i) else { return false }
        return v == u && p == plural
    }

    private func isYears(_ i: Int) -> Bool { unit(i).map { $0.0 == .year && $0.1 } ?? false }

    private func isDayPart(_ i: Int) -> Bool { single(i) { $0 == .dayPart ? true : nil } ?? false }

    private func isBoundary(_ i: Int) -> Bool { ok(i) && atoms[i].isCapitalized && single(i) { $0 == .boundary ? true : nil } != nil }

    /// A month name (or, after a day, its abbreviation with the period).
    private func monthWord(_ i: Int, allowAbbreviation: Bool) -> (last: Int, month: Int, abbreviated: Bool)? {
        guard let (last, word) = phrase(i, { if case .month = $0 { true } else { false } }),
              case .month(let m, let abbreviated) = word else { return nil }
        if abbreviated && !allowAbbreviation { return nil }
        return (last, m, abbreviated)
    }

    private func anaphoraPhrase(_ i: Int) -> (last: Int, days: Int)? {
        guard let (last, word) = phrase(i, { if case .anaphora = $0 { true } else { false } }),
              case .anaphora(let n) = word else { return nil }
        return (last, n)
    }

    private func holidayPhrase(_ i: Int) -> (last: Int, rule: HolidayRule)? {
        guard let (last, word) = phrase(i, { if case .holiday = $0 { true } else { false } }),
              case .holiday(let rule) = word else { return nil }
        return (last, rule)
    }

    /// The longest lexicon phrase starting at atom `i` whose meaning passes the test.
    private func phrase(_ i: Int, _ test: (TimeWord) -> Bool) -> (last: Int, word: TimeWord)? {
        guard ok(i) else { return nil }
        for e in atoms[i].entries where test(e.meaning) {
            var k = i
            var matches = true
            for w in e.rest {
                k += 1
                if !ok(k) || atoms[k].key != w { matches = false; break }
            }
            if matches { return (k, e.meaning) }
        }
        return nil
    }

    private func tense(of direction: Int?) -> Tense? {
        switch direction {
        case -1: .past
        case 1: .future
        default: nil
        }
    }
}

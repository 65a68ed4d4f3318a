/// Patterns that name a day: dates, weekdays, deictic words, day parts and times of day.
extension TimeGrammar {
    /// `[WEEKDAY [,] [dem]] DAY . MONTH [YEAR]` and `DAY.MONTH.[YEAR]`.
    func dateCore(_ j: Int) -> TimeCandidate? {
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
    func rangeStart(_ j: Int) -> TimeCandidate? {
        guard let day = number(j, 1...31, maxDigits: 2), isMark(j + 1, "."), adjacent(j, j + 1), has(j + 2, .range) else { return nil }
        var k = j + 3
        if has(k, .include) || has(k, .article) { k += 1 }
        guard let d = dayMonth(k), day < d.day, CalendarDate(year: 2000, month: d.month, day: day) != nil else { return nil }
        return TimeCandidate(first: j, last: j + 1, meaning: .date(year: d.year, yearShift: d.shift, month: d.month, day: day, weekday: nil))
    }

    func dayMonth(_ k: Int) -> (last: Int, day: Int, month: Int, year: Int?, shift: Int?)? {
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
    func weekdayCore(_ j: Int) -> TimeCandidate? {
        var k = j
        var shift: Int?
        if let d = deictic(j), weekday(j + 1) != nil || isUnit(j + 1, .day, plural: false) {
            return TimeCandidate(first: j, last: j + 1, meaning: .deictic(d))
        } else if has(j, .dayPartAdjective), weekday(j + 1) != nil {
            k = j + 1
        } else if let n = modifier(j), weekday(j + 1) != nil {
            shift = n
            k = j + 1
        }
        guard let w = weekday(k) else { return nil }
        var last = k
        var weekShift: Int?
        if let n = modifier(k + 1), isUnit(k + 2, .week, plural: false) {
            weekShift = n
            last = k + 2
        } else if shift == nil, let c = offsetCore(k + 1), case .offset(.week, let n) = c.meaning, n > 0 {
            // `Am Sonntag in einer Woche`, `Mittwoch in zwei Wochen`
            return TimeCandidate(first: j, last: c.last, meaning: .weekdayWeeksOn(w, weeks: n))
        } else if isDayPart(k + 1), atoms[k + 1].isCapitalized {
            last = k + 1
        }
        return TimeCandidate(first: j, last: last, meaning: .weekday(w, shift: shift, weekShift: weekShift),
                             tense: shift == nil && weekShift == nil && has(j - 1, .pastBefore) ? .past : nil)
    }

    /// `heute`, `gestern Abend`, `morgen früh`; a capitalised "Morgen" inside a sentence is a day part.
    func deicticCore(_ j: Int) -> TimeCandidate? {
        guard let d = deictic(j) else { return nil }
        if isDayPart(j), atoms[j].isCapitalized, j > lower { return nil }
        if d == 0, let c = offsetCore(j + 1), case .offset(let u, let n) = c.meaning, n < 0 {
            return TimeCandidate(first: j, last: c.last, meaning: .sameDay(u, n))
        }
        let last = isDayPart(j + 1) ? j + 1 : j
        return TimeCandidate(first: j, last: last, meaning: .deictic(d))
    }

    /// `[frühen] DAYPART` after a preposition: the last day mentioned.
    func dayPartCore(_ j: Int) -> TimeCandidate? {
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
    func withClock(_ c: TimeCandidate) -> TimeCandidate {
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

    func clock(_ k: Int) -> (last: Int, hour: Int, minute: Int)? {
        guard let h = number(k, 0...24, maxDigits: 2) else { return nil }
        if has(k + 1, .clock) { return (k + 1, h, 0) }
        guard isMark(k + 1, ".") || isMark(k + 1, ":"), adjacent(k, k + 1), adjacent(k + 1, k + 2),
              let m = number(k + 2, 0...59, maxDigits: 2), atoms[k + 2].digits == 2, has(k + 3, .clock) else { return nil }
        return (k + 3, h, m)
    }

}

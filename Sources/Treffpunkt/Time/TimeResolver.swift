/// Turns what an expression says into a TIMEX3 value, anchored on the publication date, the
/// clause's tense and the last day the text mentioned.
struct TimeResolver {
    let lexicon: TimeLexicon

    struct Resolution {
        var value: String
        /// The day the value names, when it names one (it anchors later "tags darauf").
        var day: CalendarDate?
        var note: String?
    }

    /// - Parameters:
    ///   - anchor: the publication date, when known.
    ///   - lastDay: the last day the text mentioned, when any.
    func resolve(_ c: TimeCandidate, tense: Tense, anchor: CalendarDate?, lastDay: CalendarDate?) -> Resolution {
        var r = resolveDay(c.meaning, tense: c.tense ?? tense, anchor: anchor, lastDay: lastDay)
        if let (h, m) = c.clock, c.meaning.namesDay {
            r.value += "T" + CalendarDate.pad(h, 2) + ":" + CalendarDate.pad(m, 2)
        }
        return r
    }

    private func resolveDay(_ meaning: TimeMeaning, tense: Tense, anchor: CalendarDate?, lastDay: CalendarDate?) -> Resolution {
        switch meaning {
        case .date(let year, let shift, let month, let day, let weekday):
            if let y = year ?? shift.flatMap({ s in anchor.map { $0.year + s } }) {
                guard let d = CalendarDate(year: y, month: month, day: day) else { return open(month, day) }
                return Resolution(value: d.description, day: d)
            }
            if let anchor {
                let d = pick(years: anchor.year - 1...anchor.year + 1, tense: tense, anchor: anchor) { y in
                    CalendarDate(year: y, month: month, day: day).flatMap { weekday == nil || $0.weekday == weekday ? $0 : nil }
                } ?? pick(years: anchor.year - 1...anchor.year + 1, tense: tense, anchor: anchor) { y in
                    CalendarDate(year: y, month: month, day: day)
                }
                if let d { return Resolution(value: d.description, day: d) }
                return open(month, day)
            }
            if let weekday {
                let fits = lexicon.weekdayYearWindow.compactMap { y in
                    CalendarDate(year: y, month: month, day: day).flatMap { $0.weekday == weekday ? $0 : nil }
                }
                if fits.count == 1 {
                    let w = lexicon.weekdayYearWindow
                    return Resolution(value: fits[0].description, day: fits[0],
                                      note: "year fixed by weekday: the only fit in \(w.lowerBound)–\(w.upperBound)")
                }
            }
            return open(month, day)

        case .month(let year, let shift, let month):
            if let y = year ?? shift.flatMap({ s in anchor.map { $0.year + s } }) {
                return Resolution(value: CalendarDate.spell(y, "-", month))
            }
            guard let anchor else { return Resolution(value: "XXXX-" + CalendarDate.pad(month, 2)) }
            let d = pick(years: anchor.year - 1...anchor.year + 1, tense: tense, anchor: anchor, sameMonthMatches: true) {
                CalendarDate(year: $0, month: month, day: 15)
            }!
            return Resolution(value: d.monthValue)

        case .year(let y):
            return Resolution(value: CalendarDate.pad(y, 4))

        case .decade(let d):
            return Resolution(value: d)

        case .century(let n):
            return Resolution(value: CalendarDate.pad(n - 1, 2))

        case .part(.calendarWeek, let index, let year, let shift):
            let code = "-W" + CalendarDate.pad(index, 2)
            guard let y = year ?? shift.flatMap({ s in anchor.map { $0.year + s } }) ?? anchor?.year else {
                return Resolution(value: "XXXX" + code)
            }
            return Resolution(value: CalendarDate.pad(y, 4) + code)

        case .part(let unit, let index, let year, let shift):
            let code = (unit == .half ? "-H" : "-Q") + String(index)
            if let y = year ?? shift.flatMap({ s in anchor.map { $0.year + s } }) {
                return Resolution(value: CalendarDate.pad(y, 4) + code)
            }
            guard let anchor else { return Resolution(value: "XXXX" + code) }
            let middle = (index - 1) * unit.months + unit.months / 2 + 1
            let d = pick(years: anchor.year - 1...anchor.year + 1, tense: tense, anchor: anchor, sameMonthMatches: true,
                         window: unit.months / 2) { CalendarDate(year: $0, month: middle, day: 1) }!
            return Resolution(value: CalendarDate.pad(d.year, 4) + code)

        case .season(let year, let shift, let code):
            if let y = year ?? shift.flatMap({ s in anchor.map { $0.year + s } }) {
                return Resolution(value: CalendarDate.pad(y, 4) + "-" + code)
            }
            guard let anchor else { return Resolution(value: "XXXX-" + code) }
            let middle = ["SP": 4, "SU": 7, "FA": 10, "WI": 1][code] ?? 7
            let d = pick(years: anchor.year - 1...anchor.year + 1, tense: tense, anchor: anchor, sameMonthMatches: true, window: 2) {
                CalendarDate(year: $0, month: middle, day: 15)
            }!
            return Resolution(value: CalendarDate.pad(d.year, 4) + "-" + code)

        case .weekday(let w, let shift, let weekShift):
            guard let anchor else { return Resolution(value: "XXXX-WXX-\(w)") }
            let d: CalendarDate
            if let weekShift {
                d = anchor.monday.adding(days: 7 * weekShift + w - 1)
            } else if let shift {
                switch shift {
                case 0: d = anchor.monday.adding(days: w - 1)
                case ..<0: d = anchor.adding(days: -((anchor.weekday - w + 6) % 7 + 1) + 7 * (shift + 1))
                default: d = anchor.adding(days: (w - anchor.weekday + 6) % 7 + 1 + 7 * (shift - 1))
                }
            } else if tense == .past {
                d = anchor.adding(days: -((anchor.weekday - w + 7) % 7))
            } else {
                d = anchor.adding(days: (w - anchor.weekday + 7) % 7)
            }
            return Resolution(value: d.description, day: d)

        case .weekdayWeeksOn(let w, let weeks):
            guard let anchor else { return Resolution(value: "XXXX-WXX-\(w)") }
            let d = anchor.adding(days: (w - anchor.weekday + 7) % 7 + 7 * weeks)
            return Resolution(value: d.description, day: d)

        case .deictic(let n):
            guard let anchor else { return Resolution(value: "XXXX-XX-XX") }
            let d = anchor.adding(days: n)
            return Resolution(value: d.description, day: d)

        case .relative(let unit, let n):
            guard let anchor else { return Resolution(value: unknown(unit)) }
            return shifted(anchor, unit, n)

        case .weekend(let n):
            guard let anchor else { return Resolution(value: "XXXX-WXX-WE") }
            let saturday: CalendarDate
            if let n, n > 0 {
                saturday = anchor.adding(days: (6 - anchor.weekday + 7) % 7 == 0 ? 7 : (6 - anchor.weekday + 7) % 7)
            } else if let n {
                saturday = anchor.monday.adding(days: 5 + 7 * n)
            } else if tense == .past {
                saturday = anchor.weekday == 7 ? anchor.adding(days: -1) : anchor.adding(days: -((anchor.weekday - 6 + 7) % 7))
            } else {
                saturday = anchor.weekday == 7 ? anchor.adding(days: -1) : anchor.adding(days: (6 - anchor.weekday + 7) % 7)
            }
            return Resolution(value: saturday.weekValue + "-WE")

        case .offset(let unit, let n):
            guard let anchor else { return Resolution(value: unknown(unit)) }
            return shifted(anchor, unit, n)

        case .sameDay(let unit, let n):
            guard let anchor else { return Resolution(value: "XXXX-XX-XX") }
            let d: CalendarDate
            switch unit {
            case .day, .weekend: d = anchor.adding(days: n)
            case .week, .calendarWeek: d = anchor.adding(days: 7 * n)
            case .month, .quarter, .half, .year:
                let months = unit == .year ? 12 : unit == .month ? 1 : unit.months
                let m = CalendarDate.month(anchor.year, anchor.month, plus: n * months)
                d = CalendarDate(year: m.year, month: m.month, day: Swift.min(anchor.day, CalendarDate.daysIn(month: m.month, year: m.year)))!
            }
            return Resolution(value: d.description, day: d)

        case .anaphora(let unit, let n):
            guard let reference = lastDay ?? anchor else { return Resolution(value: unknown(unit)) }
            return shifted(reference, unit, n)

        case .holiday(let rule, let year, let shift):
            if let y = year ?? shift.flatMap({ s in anchor.map { $0.year + s } }), let d = rule.date(in: y) {
                return Resolution(value: d.description, day: d)
            }
            guard let anchor else {
                if case .fixed(let m, let d) = rule { return open(m, d) }
                return Resolution(value: "XXXX-XX-XX")
            }
            guard let d = pick(years: anchor.year - 1...anchor.year + 1, tense: tense, anchor: anchor, window: 2, rule.date(in:)) else {
                return Resolution(value: "XXXX-XX-XX")
            }
            return Resolution(value: d.description, day: d)
        }
    }

    /// The unit containing `date`, shifted by `n` units.
    private func shifted(_ date: CalendarDate, _ unit: TimeUnit, _ n: Int) -> Resolution {
        switch unit {
        case .day:
            let d = date.adding(days: n)
            return Resolution(value: d.description, day: d)
        case .week, .calendarWeek:
            return Resolution(value: date.adding(days: 7 * n).weekValue)
        case .weekend:
            return Resolution(value: date.monday.adding(days: 5 + 7 * n).weekValue + "-WE")
        case .month:
            let m = CalendarDate.month(date.year, date.month, plus: n)
            return Resolution(value: CalendarDate.spell(m.year, "-", m.month))
        case .quarter, .half:
            let m = CalendarDate.month(date.year, date.month, plus: n * unit.months)
            let code = (unit == .half ? "-H" : "-Q") + String((m.month - 1) / unit.months + 1)
            return Resolution(value: CalendarDate.pad(m.year, 4) + code)
        case .year:
            return Resolution(value: CalendarDate.pad(date.year + n, 4))
        }
    }

    private func unknown(_ unit: TimeUnit) -> String {
        switch unit {
        case .day: "XXXX-XX-XX"
        case .week, .calendarWeek: "XXXX-WXX"
        case .weekend: "XXXX-WXX-WE"
        case .month: "XXXX-XX"
        case .quarter: "XXXX-QX"
        case .half: "XXXX-HX"
        case .year: "XXXX"
        }
    }

    private func open(_ month: Int, _ day: Int) -> Resolution {
        Resolution(value: "XXXX-" + CalendarDate.pad(month, 2) + "-" + CalendarDate.pad(day, 2))
    }

    /// Chooses among the dates of some years by tense: the latest not after the anchor (past), the
    /// earliest not before a week before it (future), or for a day in the present tense the earliest from a month
    /// before the anchor on (for a month or season the nearest). With `sameMonthMatches`, a date in
    /// the anchor's month counts as both before and after; `window` widens that to months around it.
    private func pick(years: ClosedRange<Int>, tense: Tense, anchor: CalendarDate, sameMonthMatches: Bool = false,
                      window: Int = 0, _ date: (Int) -> CalendarDate?) -> CalendarDate? {
        // The few candidates live on the stack: this runs for most expressions of a text.
        withUnsafeTemporaryAllocation(of: CalendarDate.self, capacity: years.count) { buffer in
            var count = 0
            for y in years {
                if let d = date(y) {
                    buffer.initializeElement(at: count, to: d)
                    count += 1
                }
            }
            return choose(UnsafeBufferPointer(rebasing: buffer[..<count]), tense: tense, anchor: anchor,
                          sameMonthMatches: sameMonthMatches, window: window)
        }
    }

    private func choose(_ candidates: UnsafeBufferPointer<CalendarDate>, tense: Tense, anchor: CalendarDate,
                        sameMonthMatches: Bool, window: Int) -> CalendarDate? {
        guard !candidates.isEmpty else { return nil }
        func monthDistance(_ d: CalendarDate) -> Int { (d.year - anchor.year) * 12 + d.month - anchor.month }
        func notAfter(_ d: CalendarDate) -> Bool {
            sameMonthMatches ? monthDistance(d) <= window : d <= anchor
        }
        func notBefore(_ d: CalendarDate) -> Bool {
            sameMonthMatches ? monthDistance(d) >= -window : d >= anchor
        }
        switch tense {
        case .past:
            if let d = candidates.last(where: notAfter) { return d }
        case .future:
            // A plan may be reported a few days after its day ("war für den 15.12. geplant").
            if let d = candidates.first(where: { sameMonthMatches ? notBefore($0) : $0.dayNumber >= anchor.dayNumber - 7 }) { return d }
        case .present:
            // News in the present tense speaks of what is coming or has just been: the first day
            // from a month before the publication date on.
            if !sameMonthMatches, let d = candidates.first(where: { $0.dayNumber >= anchor.dayNumber - 31 }) { return d }
        }
        return candidates.min { abs($0.dayNumber - anchor.dayNumber) < abs($1.dayNumber - anchor.dayNumber) }
    }
}

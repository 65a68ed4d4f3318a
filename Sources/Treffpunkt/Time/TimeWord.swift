/// A calendar unit of relative expressions ("vergangene Woche", "vor drei Tagen").
public enum TimeUnit: String, Sendable, Hashable {
    case day, week, weekend, month, quarter, half, year
    /// A numbered ISO week ("Kalenderwoche 12", "KW 12").
    case calendarWeek = "calendar-week"

    /// Months in a quarter (3) or half year (6).
    var months: Int { self == .half ? 6 : 3 }
}

/// A holiday's date rule from `rules/time/holidays.tsv`.
public enum HolidayRule: Hashable, Sendable {
    /// The same month and day every year.
    case fixed(month: Int, day: Int)
    /// Days after (or before, when negative) Easter Sunday.
    case easter(offset: Int)
    /// The n-th weekday (1 Monday … 7 Sunday) of a month.
    case nthWeekday(month: Int, weekday: Int, n: Int)
    /// The last weekday (1 Monday … 7 Sunday) on or before a month and day, `weeks` weeks earlier
    /// (the fourth Sunday of Advent is the Sunday on or before 24 December, the first three weeks
    /// before it).
    case weekdayBefore(month: Int, day: Int, weekday: Int, weeks: Int)

    /// The holiday's date in a year.
    public func date(in year: Int) -> CalendarDate? {
        switch self {
        case .fixed(let m, let d):
            return CalendarDate(year: year, month: m, day: d)
        case .easter(let offset):
            return CalendarDate.easter(year).adding(days: offset)
        case .nthWeekday(let m, let w, let n):
            guard let first = CalendarDate(year: year, month: m, day: 1) else { return nil }
            let shift = (w - first.weekday + 7) % 7
            let date = first.adding(days: shift + 7 * (n - 1))
            return date.month == m ? date : nil
        case .weekdayBefore(let m, let d, let w, let weeks):
            guard let limit = CalendarDate(year: year, month: m, day: d) else { return nil }
            return limit.adding(days: -((limit.weekday - w + 7) % 7) - 7 * weeks)
        }
    }
}

/// The roles that words play around temporal expressions (`rules/time/context.tsv`, `tense.tsv`).
public enum TimeRole: String, Sendable, Hashable, CaseIterable {
    case include, article
    case monthTrigger = "month-trigger"
    case yearTrigger = "year-trigger"
    case weakYearTrigger = "weak-year-trigger"
    case quantity
    case unitAfter = "unit-after"
    case modelBefore = "model-before"
    case clock
    case clockPrefix = "clock-prefix"
    case later, earlier, ago, ahead, approximately
    case dayPartAdjective = "daypart-adjective"
    case clauseBreak = "clause-break"
    case decadeSuffix = "decade-suffix"
    case range
    case century
    case nightLink = "night-link"
    case pastBefore = "past-before"
    case future, past
    case adjectiveContext = "adjective-context"
    case notAVerb = "not-a-verb"
    case notFinite = "not-finite"
    case stative

    /// The role's bit in `TimeAtom.roles`.
    public var bit: UInt32 {
        switch self {
        case .include: 1 << 0
        case .article: 1 << 1
        case .monthTrigger: 1 << 2
        case .yearTrigger: 1 << 3
        case .quantity: 1 << 4
        case .unitAfter: 1 << 5
        case .modelBefore: 1 << 6
        case .clock: 1 << 7
        case .clockPrefix: 1 << 8
        case .later: 1 << 9
        case .earlier: 1 << 10
        case .ago: 1 << 11
        case .ahead: 1 << 12
        case .approximately: 1 << 13
        case .dayPartAdjective: 1 << 14
        case .clauseBreak: 1 << 15
        case .decadeSuffix: 1 << 16
        case .range: 1 << 17
        case .century: 1 << 18
        case .nightLink: 1 << 19
        case .pastBefore: 1 << 20
        case .future: 1 << 21
        case .past: 1 << 22
        case .adjectiveContext: 1 << 23
        case .notAVerb: 1 << 24
        case .weakYearTrigger: 1 << 25
        case .notFinite: 1 << 26
        case .stative: 1 << 27
        }
    }
}

/// What a word or phrase of the temporal lexicon means.
public enum TimeWord: Hashable, Sendable {
    case month(Int, abbreviated: Bool)
    case weekday(Int)
    /// A weekday compounded with a day part ("Mittwochnachmittag").
    case weekdayPart(Int)
    case dayPart
    case deictic(Int)
    case modifier(Int)
    case unit(TimeUnit, plural: Bool)
    case period(TimeUnit, offset: Int)
    case number(Int)
    /// "ersten", "dritten": the index of a quarter or half year.
    case ordinal(Int)
    case boundary
    case season(String)
    case decade(String)
    case anaphora(Int)
    case holiday(HolidayRule)
    case role(TimeRole)
}

/// What a temporal expression says before it is anchored on a date.
public enum TimeMeaning: Hashable, Sendable {
    /// A day; the year is given, shifted from the publication year, or open.
    case date(year: Int?, yearShift: Int?, month: Int, day: Int, weekday: Int?)
    case month(year: Int?, yearShift: Int?, month: Int)
    case year(Int)
    /// A quarter or half of a year ("im dritten Quartal 2022").
    case part(TimeUnit, Int, year: Int?, yearShift: Int?)
    /// The first three digits of a decade's years ("199").
    case decade(String)
    /// The n-th century ("im 20. Jahrhundert" is 19).
    case century(Int)
    case season(year: Int?, yearShift: Int?, code: String)
    /// A weekday: `shift` -1 / 0 / +1 for "vergangenen" / "diesen" / "nächsten Mittwoch",
    /// `weekShift` for "Mittwoch nächster Woche"; both nil leave it to the tense.
    case weekday(Int, shift: Int?, weekShift: Int?)
    /// The coming weekday (the publication day itself included), some weeks on ("am Sonntag in einer Woche").
    case weekdayWeeksOn(Int, weeks: Int)
    /// Days from the publication date ("gestern").
    case deictic(Int)
    /// The unit containing the publication date, shifted ("vergangene Woche", "im kommenden Jahr").
    case relative(TimeUnit, Int)
    /// A weekend; nil leaves it to the tense ("am Wochenende").
    case weekend(Int?)
    /// Units from the publication date ("vor drei Tagen", "in zwei Wochen").
    case offset(TimeUnit, Int)
    /// The same day some units before the publication date ("heute vor einem Jahr").
    case sameDay(TimeUnit, Int)
    /// Units from the last day the text mentioned ("tags darauf", "am Nachmittag", "drei Tage später").
    case anaphora(TimeUnit, Int)
    case holiday(HolidayRule, year: Int?, yearShift: Int?)

    /// Whether the value names one day, so that a time of day can be added.
    var namesDay: Bool {
        switch self {
        case .date, .weekday, .weekdayWeeksOn, .deictic, .holiday, .sameDay: true
        case .offset(let u, _), .anaphora(let u, _): u == .day
        default: false
        }
    }
}

/// A temporal expression found by the grammar: atoms `first...last` of one sentence.
public struct TimeCandidate: Sendable {
    public var first: Int
    public var last: Int
    public var meaning: TimeMeaning
    /// Hour and minute when the expression gives a time of day.
    public var clock: (hour: Int, minute: Int)?
    /// A direction the words fix ("im kommenden März"), overriding the clause's tense.
    public var tense: Tense?

    init(first: Int, last: Int, meaning: TimeMeaning, clock: (hour: Int, minute: Int)? = nil, tense: Tense? = nil) {
        self.first = first
        self.last = last
        self.meaning = meaning
        self.clock = clock
        self.tense = tense
    }
}

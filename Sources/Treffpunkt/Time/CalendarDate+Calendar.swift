/// Weeks, Easter and TIMEX3 spellings of calendar days.
extension CalendarDate {
    /// The ISO 8601 week-numbering year and week (1…53) of the day.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// TIMEX3 week value, `2021-W50`.
    public var weekValue: String {
        let w = isoWeek
        return CalendarDate.spell(w.year, "-W", w.week)
    }

    /// TIMEX3 month value, `2021-12`.
    public var monthValue: String { CalendarDate.spell(year, "-", month) }

    /// The Monday of the day's ISO week.
    public var monday: CalendarDate { adding(days: 1 - weekday) }

    /// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
    public static func easter(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// The first day of a month shifted by a number of months.
    public static func month(_ year: Int, _ month: Int, plus months: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return (y, index - y * 12 + 1)
    }
}

/// A day of the proleptic Gregorian calendar, without time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var description: String { CalendarDate.spell(year, "-", month, "-", day) }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func pad(_ n: Int, _ width: Int) -> String {
        guard (0...9999).contains(n), width <= 4 else {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return String(unsafeUninitializedCapacity: 4) { write(n, width: width, to: $0, at: 0) }
    }

    /// `YYYY` `first` `MM` [`second` `DD`]: a year of four digits, then two-digit numbers after
    /// ASCII separators, written in one buffer (the value stays inline in the String). Pass 0 for
    /// `day` and an empty `second` to leave the day out.
    static func spell(_ year: Int, _ first: StaticString, _ month: Int, _ second: StaticString = "", _ day: Int = 0) -> String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            let tail = second.utf8CodeUnitCount == 0 ? "" : "\(second)" + pad(day, 2)
            return pad(year, 4) + "\(first)" + pad(month, 2) + tail
        }
        let capacity = 4 + first.utf8CodeUnitCount + 2 + second.utf8CodeUnitCount + (second.utf8CodeUnitCount == 0 ? 0 : 2)
        return String(unsafeUninitializedCapacity: capacity) { b in
            var i = write(year, width: 4, to: b, at: 0)
            i = copy(first, to: b, at: i)
            i = write(month, width: 2, to: b, at: i)
            if second.utf8CodeUnitCount > 0 {
                i = copy(second, to: b, at: i)
                i = write(day, width: 2, to: b, at: i)
            }
            return i
        }
    }

    /// Writes `n` (0…9999) in decimal with at least `width` digits at `i`; returns the end.
    private static func write(_ n: Int, width: Int, to b: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
        let digits = n >= 1000 ? 4 : n >= 100 ? 3 : n >= 10 ? 2 : 1
        let count = Swift.max(digits, width)
        var v = n
        for k in stride(from: i + count - 1, through: i, by: -1) {
            b[k] = UInt8(48 + v % 10)
            v /= 10
        }
        return i + count
    }

    private static func copy(_ s: StaticString, to b: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
        s.withUTF8Buffer { for (k, c) in $0.enumerated() { b[i + k] = c } }
        return i + s.utf8CodeUnitCount
    }
}

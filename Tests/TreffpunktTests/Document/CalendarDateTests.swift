import Testing
import Treffpunkt

@Suite struct CalendarDateTests {
    @Test func parsesAndPrintsISODates() {
        #expect(CalendarDate(iso: "2021-12-15")?.description == "2021-12-15")
        #expect(CalendarDate(iso: "2021-02-29") == nil)
        #expect(CalendarDate(iso: "2020-02-29") != nil)
        #expect(CalendarDate(iso: "15.12.2021") == nil)
    }

    @Test func knowsWeekdays() {
        #expect(CalendarDate(iso: "2021-12-15")?.weekday == 3)  // a Wednesday
        #expect(CalendarDate(iso: "1970-01-01")?.weekday == 4)
        #expect(CalendarDate(iso: "2024-03-02")?.weekday == 6)
    }

    @Test func countsDaysAcrossMonthsAndYears() {
        let d = CalendarDate(iso: "2021-12-31")!
        #expect(d.adding(days: 1).description == "2022-01-01")
        #expect(d.adding(days: -365).description == "2020-12-31")
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
    }
}

import Testing
@testable import Treffpunkt

@Suite struct MeetingDateTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    func dates(_ doc: Document) -> [String?] { doc.meetings.map { $0.time.map { doc.times[$0].value } } }

    @Test func aPlannedMeetingTakesNoPastDayFromTheSentencesBefore() {
        let doc = F.run("Scholz und Obama haben am Dienstag in Berlin beraten. Obama lud Scholz zu einem Gegenbesuch im Frühjahr ein.",
                        names: Self.names, times: [("am Dienstag", "2024-10-15")], date: "2024-10-16")
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.map(\.status) == [.occurred, .planned])
        #expect(dates(doc) == ["2024-10-15", nil])
    }

    @Test func aDayBeforeWinsOverALaterMonth() {
        let doc = F.run("Scholz traf am Mittwoch Merkel. Beide wollen bis Ende Januar Vorschläge machen. Anschließend empfing Scholz Obama.",
                        names: Self.names, times: [("am Mittwoch", "2025-01-15"), ("Ende Januar", "2025-01")])
        #expect(dates(doc) == ["2025-01-15", "2025-01-15"])
    }

    @Test func aDateAfterSeitIsNoMeetingDate() {
        let doc = F.run("Scholz trifft am Montag in Genf Obama. Es ist das erste Gespräch der beiden seit Obamas Amtsantritt im Juni.",
                        names: Self.names, times: [("am Montag", "2025-09-22"), ("im Juni", "2025-06")], date: "2025-09-19")
        #expect(doc.meetings.count == 1)
        #expect(dates(doc) == ["2025-09-22"])
    }
}

import Testing
@testable import Treffpunkt

/// `vertagten sich … auf den kommenden Montag`: the parties met, and meet again on that day; a
/// planned repeat whose text names no place takes none from the sentences before.
@Suite struct MeetingAdjournmentTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func anAdjournmentIsTheSessionAndAPlannedFollowUp() {
        let doc = F.run("Weselsky und Seiler vertagten sich am Dienstag in Berlin nach zwölf Stunden auf den kommenden Montag.",
                        names: Self.names, times: [("am Dienstag", "2024-03-05"), ("den kommenden Montag", "2024-03-11")], date: "2024-03-06")
        #expect(doc.meetings.count == 2)
        let byStatus = Dictionary(doc.meetings.map { ($0.status, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byStatus[.occurred].flatMap { $0.time }.map { doc.times[$0].value } == "2024-03-05")
        #expect(byStatus[.planned].flatMap { $0.time }.map { doc.times[$0].value } == "2024-03-11")
        #expect(byStatus[.planned]?.place == nil)
        #expect(F.pairs(doc) == ["claus-weselsky+martin-seiler"])
    }

    @Test func theAdjourningPartiesMayBeThoseOfTheMeetingBefore() {
        let doc = F.run("Weselsky und Seiler haben am Dienstag in Berlin verhandelt. Nach acht Stunden vertagten sich die Parteien ohne Ergebnis auf den kommenden Montag.",
                        names: Self.names, times: [("am Dienstag", "2024-03-05"), ("den kommenden Montag", "2024-03-11")], date: "2024-03-06")
        #expect(doc.meetings.count == 2)
        #expect(Set(doc.meetings.map(\.status)) == [.occurred, .planned])
    }

    @Test func aPlannedRepeatTakesNoPlaceFromBefore() {
        let doc = F.run("Scholz hat am Mittwoch in Berlin Obama empfangen. Im Sommer wollen sie sich erneut treffen.",
                        names: Self.names, times: [("am Mittwoch", "2024-02-07")], date: "2024-02-08")
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.last?.status == .planned)
        #expect(doc.meetings.last?.place == nil)
        let named = F.run("Scholz hat am Mittwoch in Berlin Obama empfangen. Im Sommer wollen sie sich in Genf erneut treffen.",
                          names: Self.names, times: [("am Mittwoch", "2024-02-07")], date: "2024-02-08")
        #expect(named.meetings.last.flatMap { $0.place }.map { named.entities[$0].id } == "place/genf")
    }
}

import Testing
@testable import Treffpunkt

/// The date of a meeting called off is the one it was set for, not the day it was called off.
@Suite struct MeetingCancelDateTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func theDayOfCallingOffIsNoMeetingDate() {
        let doc = F.run("Weselsky sagte das Treffen mit Seiler am Dienstagabend ab.",
                        names: Self.names, times: [("am Dienstagabend", "2024-01-09")], date: "2024-01-10")
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.status == .cancelled)
        #expect(doc.meetings.first?.time == nil)
    }

    @Test func theDaySetBeforeIsTheMeetingDate() {
        let doc = F.run("Die für Donnerstag angesetzten Gespräche finden nicht statt. Weselsky sagte das Treffen mit Seiler am Dienstagabend ab.",
                        names: Self.names, times: [("Donnerstag", "2024-01-11"), ("am Dienstagabend", "2024-01-09")], date: "2024-01-10")
        #expect(doc.meetings.first.flatMap { $0.time }.map { doc.times[$0].value } == "2024-01-11")
        let set = F.run("Weselsky hat das für Donnerstag geplante Treffen mit Seiler am Dienstag abgesagt.",
                        names: Self.names, times: [("Donnerstag", "2024-01-11"), ("am Dienstag", "2024-01-09")], date: "2024-01-10")
        #expect(set.meetings.first.flatMap { $0.time }.map { set.times[$0].value } == "2024-01-11")
    }

    @Test func aDateRightAfterTheMeetingNounOfAParticipleIsTheMeetings() {
        let doc = F.run("Das Treffen am Donnerstag zwischen Weselsky und Seiler wurde abgesagt.",
                        names: Self.names, times: [("am Donnerstag", "2024-01-11")], date: "2024-01-10")
        #expect(doc.meetings.first.flatMap { $0.time }.map { doc.times[$0].value } == "2024-01-11")
    }

    @Test func aMeetingCalledOffAndOneToldInThePastAreTwo() {
        let doc = F.run("Weselsky sagte das Treffen mit Seiler ab. Zuletzt hatten Weselsky und Seiler am 24. November in Berlin verhandelt.",
                        names: Self.names, times: [("am 24. November", "2023-11-24")], date: "2024-01-10")
        #expect(doc.meetings.count == 2)
        #expect(Set(doc.meetings.map(\.status)) == [.cancelled, .occurred])
    }
}

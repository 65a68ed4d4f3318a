import Testing
@testable import Treffpunkt

/// `Auf Einladung von X kam Y`: X hosts Y; `Im Beisein von Z`: Z joins the hosts.
@Suite struct MeetingInvitationTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func aVisitAtSomeonesInvitationIsAMeetingWithTheHost() {
        let doc = F.run("Auf Einladung von Scholz ist Obama am Mittwoch nach Berlin gekommen.",
                        names: Self.names, times: [("am Mittwoch", "2024-09-11")], date: "2024-09-12")
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
        #expect(doc.meetings.first.map { doc.entities[$0.who[0]].id } == "person/olaf-scholz")
        let active = F.run("Auf Einladung von Scholz reiste Obama am Mittwoch nach Berlin.",
                           names: Self.names, times: [("am Mittwoch", "2024-09-11")], date: "2024-09-12")
        #expect(active.meetings.first.map { active.entities[$0.who[0]].id } == "person/olaf-scholz")
    }

    @Test func anInvitationWithoutAVisitIsNoMeeting() {
        let doc = F.run("Auf Einladung von Scholz hielt Obama am Mittwoch eine Rede.",
                        names: Self.names, times: [("am Mittwoch", "2024-09-11")], date: "2024-09-12")
        #expect(doc.meetings.isEmpty)
    }

    @Test func someoneInWhosePresenceTheyMetJoinsTheHosts() {
        let doc = F.run("Auf Einladung von Scholz ist Obama am Mittwoch nach Berlin gekommen. Im Beisein von Habeck unterzeichneten beide ein Abkommen.",
                        names: Self.names, times: [("am Mittwoch", "2024-09-11")], date: "2024-09-12")
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz", "barack-obama+robert-habeck"])
    }
}

import Testing
@testable import Treffpunkt

/// An attributive participle of a reception (`Der von X empfangene Y …`): X received Y, in the past.
@Suite struct MeetingParticipleTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func theReceivedGuestMetTheHost() {
        let doc = F.run("Der von Scholz im Kanzleramt empfangene Obama warb am Mittwoch für ein Abkommen.",
                        names: Self.names, times: [("am Mittwoch", "2024-05-22")], date: "2024-05-16")
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
        #expect(doc.meetings.first.map { doc.entities[$0.who[0]].id } == "person/olaf-scholz")
        #expect(doc.meetings.first?.status == .occurred)
    }

    @Test func receivedThingsAreNoMeeting() {
        let doc = F.run("Die von Scholz empfangenen Signale seien ermutigend, sagte Obama.", names: Self.names)
        #expect(doc.meetings.isEmpty)
    }
}

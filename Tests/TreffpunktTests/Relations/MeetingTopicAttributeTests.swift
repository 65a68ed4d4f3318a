import Testing
@testable import Treffpunkt

/// A meeting noun that is the genitive attribute of a topic (`über den Stand der Gespräche mit X`)
/// is what was talked about, not a meeting of the clause's parties.
@Suite struct MeetingTopicAttributeTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names + [F.org("spd", "SPD")]

    @Test func talksInsideTheTopicAreNoMeeting() {
        let doc = F.run("Obama hat am Mittwoch Scholz empfangen. Scholz informierte ihn über den Stand der Koalitionsgespräche mit der SPD.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
    }

    @Test func talksNamedOutsideATopicAreAMeeting() {
        let doc = F.run("Obama hat am Mittwoch Scholz empfangen. Den Stand der Koalitionsgespräche mit der SPD lobte Scholz.",
                        names: Self.names)
        #expect(F.pairs(doc).contains("olaf-scholz+spd"))
    }
}

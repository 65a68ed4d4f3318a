import Testing
@testable import Treffpunkt

/// A meeting noun that names no party and is told as the next one (`Das nächste Treffen`, `Die
/// Verhandlungen sollen … fortgesetzt werden`): the parties met just before meet again.
@Suite struct MeetingResumptionTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func talksToBeContinuedAreAPlannedMeetingOfTheSameParties() {
        let doc = F.run("Scholz und Obama haben am Montag in Genf verhandelt. Die Verhandlungen sollen am Freitag fortgesetzt werden.",
                        names: Self.names, times: [("am Montag", "2025-03-03"), ("am Freitag", "2025-03-14")], date: "2025-03-04")
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.map(\.status) == [.occurred, .planned])
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
    }

    @Test func theNextMeetingIsAPlannedMeetingOfTheSameParties() {
        let doc = F.run("Scholz hat am Montag in Berlin Obama getroffen. Das nächste Treffen ist für den Herbst angesetzt.",
                        names: Self.names, times: [("am Montag", "2025-03-03")], date: "2025-03-04")
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.last?.status == .planned)
    }

    @Test func aReturnVisitNamingNoPartyIsAPlannedMeetingOfTheSameParties() {
        let doc = F.run("Scholz hat am Montag in Berlin Obama empfangen. Ein Gegenbesuch in Genf ist für den Herbst geplant.",
                        names: Self.names, times: [("am Montag", "2025-03-03")], date: "2025-03-04")
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.last?.status == .planned)
        #expect(doc.meetings.last.flatMap { $0.place }.map { doc.entities[$0].id } == "place/genf")
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
    }

    @Test func aNextMeetingWithANamedPartnerIsNoRepetition() {
        let doc = F.run("Scholz hat am Montag in Berlin Obama getroffen. Beim nächsten Treffen mit Merkel will Scholz über Energie sprechen.",
                        names: Self.names, times: [("am Montag", "2025-03-03")], date: "2025-03-04")
        #expect(!F.pairs(doc).contains("barack-obama+angela-merkel"))
        #expect(F.pairs(doc).contains("angela-merkel+olaf-scholz"))
    }

    @Test func aLetterBetweenAMeetingAndItsReferenceLeavesTheMeetingTheLatest() {
        let doc = F.run("Scholz und Obama wollen sich am Montag in Genf treffen. Scholz hatte in einem Brief an Obama Zusagen verlangt. Habeck wird bei dem Treffen ebenfalls dabei sein.",
                        names: Self.names, times: [("am Montag", "2025-03-10")], date: "2025-03-04")
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz", "barack-obama+robert-habeck", "olaf-scholz+robert-habeck"])
    }

    @Test func aPhoneCallBetweenAMeetingAndAReferenceTakesTheReference() {
        let doc = F.run("Scholz und Obama wollen sich am Montag in Genf treffen. Zuvor telefonierte Scholz mit Merkel. Habeck war bei dem Gespräch ebenfalls dabei.",
                        names: Self.names, times: [("am Montag", "2025-03-10")], date: "2025-03-04")
        #expect(!F.pairs(doc).contains("barack-obama+robert-habeck"))
    }

    @Test func aMeetingToldAgainInThePastIsTheSameMeeting() {
        let doc = F.run("Scholz hat am Montag in Berlin Obama getroffen. Das Treffen dauerte zwei Stunden.",
                        names: Self.names, times: [("am Montag", "2025-03-03")], date: "2025-03-04")
        #expect(doc.meetings.count == 1)
    }
}

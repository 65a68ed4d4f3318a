import Testing
@testable import Treffpunkt

/// A meeting noun after a determiner that points back (`nach dem Treffen mit X`) and without a
/// date of its own tells the meeting already told, even in a sentence that speaks of plans.
@Suite struct MeetingToldAgainTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func reportedSpeechAfterTheMeetingIsNoNewPlannedMeeting() {
        let doc = F.run("Am Rande des Gipfels in Genf trafen sich Scholz und Obama am Donnerstag zu einem Gespräch. Wie Scholz nach dem Treffen mit Obama sagte, wollen beide Länder enger zusammenarbeiten.",
                        names: Self.names, times: [("am Donnerstag", "2024-06-13")], date: "2024-06-14")
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.status == .occurred)
    }

    @Test func aNewDateStillMakesANewMeeting() {
        let doc = F.run("Scholz und Obama trafen sich am Donnerstag in Genf. Nach dem Treffen mit Obama am Montag will Scholz nach Berlin reisen.",
                        names: Self.names, times: [("am Donnerstag", "2024-06-13"), ("am Montag", "2024-06-17")], date: "2024-06-14")
        #expect(doc.meetings.count == 2)
    }
}

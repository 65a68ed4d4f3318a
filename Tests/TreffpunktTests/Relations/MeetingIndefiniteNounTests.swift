import Testing
@testable import Treffpunkt

/// A meeting noun after an article that names no party, with no meeting before it (`Bei einem
/// Arbeitstreffen im Rathaus ging es um …`), is a meeting of the previous sentence's coordinated
/// subject, whose titles may have an attribute (`Der Wiener Bürgermeister X und Landeshauptfrau Y`).
@Suite struct MeetingIndefiniteNounTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func aWorkingMeetingAfterTheSubjectsAgreementIsTheirs() {
        let doc = F.run("Scholz und Obama haben am Dienstag eine engere Zusammenarbeit vereinbart. Bei einem Arbeitstreffen in Genf ging es um den Verkehr.",
                        names: Self.names, times: [("am Dienstag", "2025-03-11")], date: "2025-03-12")
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
    }

    @Test func aTitleWithAnAttributeStillOpensTheSubject() {
        let doc = F.run("Der Berliner Bürgermeister Scholz und der amerikanische Präsident Obama haben am Dienstag ein Abkommen unterzeichnet. Bei einem Arbeitstreffen ging es um den Verkehr.",
                        names: Self.names, times: [("am Dienstag", "2025-03-11")], date: "2025-03-12")
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
    }

    @Test func aSentenceOpeningWithOnePersonGivesNoMeeting() {
        let doc = F.run("Scholz hat am Dienstag ein Abkommen unterzeichnet. Bei einem Arbeitstreffen ging es um den Verkehr.",
                        names: Self.names, times: [("am Dienstag", "2025-03-11")], date: "2025-03-12")
        #expect(doc.meetings.isEmpty)
    }
}

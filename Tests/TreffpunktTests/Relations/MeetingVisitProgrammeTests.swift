import Testing
@testable import Treffpunkt

/// After a reception, a meeting noun with only its partner (`Am Donnerstag steht ein Treffen mit Z
/// auf dem Programm`) is the guest's, unless the host is the story's main person.
@Suite struct MeetingVisitProgrammeTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func theGuestMeetsTheNextPartner() {
        let doc = F.run("Gauck hat am Mittwoch Obama im Schloss Bellevue empfangen. Am Donnerstag steht ein Treffen mit Merkel auf dem Programm.",
                        names: Self.names, times: [("am Mittwoch", "2024-11-13"), ("Am Donnerstag", "2024-11-14")], date: "2024-11-14")
        #expect(F.pairs(doc) == ["barack-obama+joachim-gauck", "angela-merkel+barack-obama"])
    }

    @Test func aHostWhoIsTheMainPersonKeepsTheNextPartner() {
        let doc = F.run("Gauck setzt seine Gespräche fort. Gauck hat am Mittwoch Obama empfangen. Ein Gespräch mit Merkel kam nicht zustande, sagte Gauck.",
                        names: Self.names, times: [("am Mittwoch", "2024-11-13")], date: "2024-11-14")
        #expect(F.pairs(doc).contains("angela-merkel+joachim-gauck"))
    }
}

import Testing
@testable import Treffpunkt

/// An invitation of parties it does not name, right before a meeting of parties that meet each
/// other (`X hat die Spitzen der Gewerkschaften eingeladen. Am Mittwoch kamen A, B und C zusammen.`):
/// X hosts A, B and C.
@Suite struct MeetingInvitedPartiesTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func theInviterHostsThePartiesThatCame() {
        let doc = F.run("Scholz hat die Spitzen der Gewerkschaften ins Kanzleramt eingeladen. Am Mittwoch kamen Weselsky, Habeck und Lindner zu einem Gespräch zusammen.",
                        names: Self.names, times: [("Am Mittwoch", "2024-06-05")], date: "2024-06-06")
        #expect(F.pairs(doc) == ["claus-weselsky+olaf-scholz", "olaf-scholz+robert-habeck", "christian-lindner+olaf-scholz"])
    }

    @Test func withoutAnInvitationTheyMeetEachOther() {
        let doc = F.run("Scholz hat die Lage im Kanzleramt erläutert. Am Mittwoch kamen Weselsky und Habeck zu einem Gespräch zusammen.",
                        names: Self.names, times: [("Am Mittwoch", "2024-06-05")], date: "2024-06-06")
        #expect(F.pairs(doc) == ["claus-weselsky+robert-habeck"])
    }
}

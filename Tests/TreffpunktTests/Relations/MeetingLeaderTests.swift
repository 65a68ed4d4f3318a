import Testing
@testable import Treffpunkt

/// `unter Leitung von X`, `angeführt von X` after a group: X leads the group and stands for it.
@Suite struct MeetingLeaderTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func theLeaderOfAReceivedDelegationIsTheGuest() {
        let doc = F.run("Eine Delegation des Bundestages unter Leitung von Scholz ist am Mittwoch in Moskau von Kozak empfangen worden.",
                        names: Self.names, times: [("am Mittwoch", "2024-11-06")], date: "2024-11-07")
        #expect(F.pairs(doc) == ["dmitry-kozak+olaf-scholz"])
        #expect(doc.meetings.first.map { doc.entities[$0.who[0]].id } == "person/dmitry-kozak")
    }

    @Test func theLeaderOfADelegationThatMeetsSomeoneIsOnItsSide() {
        let doc = F.run("Eine Abordnung der Gewerkschaft, angeführt von Weselsky, traf sich am Montag in Berlin mit Seiler.",
                        names: Self.names, times: [("am Montag", "2024-01-08")], date: "2024-01-09")
        #expect(F.pairs(doc) == ["claus-weselsky+martin-seiler"])
    }

    @Test func vonWithoutALeaderWordStaysTheAgent() {
        let doc = F.run("Eine Delegation des Bundestages ist am Mittwoch in Moskau von Kozak empfangen worden.",
                        names: Self.names, times: [("am Mittwoch", "2024-11-06")], date: "2024-11-07")
        #expect(F.pairs(doc) == ["dmitry-kozak+~delegation-des-bundestages"])
    }
}

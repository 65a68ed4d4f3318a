import Testing
@testable import Treffpunkt

@Suite struct MeetingReferenceTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func theGuestIsTheLatestPersonNamedBefore() {
        let received = F.run("Obama ist am Montag in Berlin eingetroffen. Gauck empfing seinen Gast vor dem Schloss.", names: Self.names)
        #expect(F.pairs(received) == ["barack-obama+joachim-gauck"])
        let later = F.run("Gauck hat Obama in Berlin empfangen. Am Abend traf der Gast zudem Merkel im Kanzleramt.", names: Self.names)
        #expect(F.pairs(later) == ["barack-obama+joachim-gauck", "angela-merkel+barack-obama"])
    }

    @Test func darunterGoesOnNamingParties() {
        let doc = F.run("Scholz hat am Montag die Spitze der Gewerkschaft getroffen, darunter Weselsky.", names: Self.names)
        #expect(F.pairs(doc) == ["claus-weselsky+olaf-scholz"])
    }
}

import Testing
@testable import Treffpunkt

@Suite struct MeetingPlaceTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names + [F.place("hannover", "Hannover"), F.place("bern", "Bern")]

    func places(_ text: String) -> [String?] {
        let doc = F.run(text, names: Self.names)
        return doc.meetings.map { $0.place.map { doc.entities[$0].id } }
    }

    @Test func theDatelineIsTheMeetingsPlaceWhenTheTextNamesNoOther() {
        #expect(places("Hannover. Merkel hat am Dienstag Obama im Kirchenamt empfangen.") == ["place/hannover"])
        #expect(places("Bern – Merkel hat sich am Dienstag mit Obama getroffen.") == ["place/bern"])
        #expect(places("Merkel trifft Obama\n\nHannover (dpa) – Merkel hat Obama empfangen.") == ["place/hannover"])
    }

    @Test func aPlaceInTheTextWinsOverTheDateline() {
        #expect(places("Bern – Merkel hat sich am Dienstag in Moskau mit Obama getroffen.") == ["place/moskau"])
    }

    @Test func aPlaceThatOpensASentenceIsNoDateline() {
        #expect(places("Hannover ist die Hauptstadt. Merkel hat Obama empfangen.") == [nil])
        #expect(places("Merkel hat Obama empfangen. Hannover. Das war alles.") == [nil])
    }

    @Test func aCityAdjectiveAfterAPrepositionThatHoldsTheArticle() {
        let doc = TestSupport.process("Angela Merkel wurde am Montag im Mainzer Landtag von Barack Obama empfangen.")
        #expect(doc.meetings.first?.place.map { doc.entities[$0].id } == "place/mainz")
    }

    @Test func theVisitedPlaceIsWhere() {
        #expect(places("Scholz hat am Freitag die Gemeinde Moskau besucht. Im Rathaus empfing ihn Obama.") == ["place/moskau"])
        // A place after another preposition is not the object.
        #expect(places("Merkel hat am Freitag Obama wegen Moskau besucht.") == [nil])
    }

    @Test func insIsAPlacePreposition() {
        #expect(places("Merkel hat Obama für Montag ins Hannover eingeladen.") == ["place/hannover"])
    }
}

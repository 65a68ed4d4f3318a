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

    @Test func theDatelineMayFollowHeadlineLines() {
        #expect(places("Merkel trifft Obama\nHannover. Merkel hat Obama am Dienstag empfangen.") == ["place/hannover"])
        #expect(places("Politik\nMerkel trifft Obama\nBern – Merkel hat Obama empfangen.") == ["place/bern"])
        // A line after one that ends a sentence is no dateline.
        #expect(places("Merkel hat Obama empfangen.\nHannover. Das war alles.") == [nil])
    }

    @Test func aPlaceInsideATopicIsNotWhereTheyMet() {
        #expect(places("Bern – Merkel hat mit Obama über die Lage in Moskau gesprochen.") == ["place/bern"])
        #expect(places("Merkel hat mit Obama in Hannover über die Lage in Moskau gesprochen.") == ["place/hannover"])
    }

    @Test func aPlaceInAReportingClauseIsNotWhereTheyMet() {
        #expect(places("Bern – Ein Treffen von Merkel mit Obama fällt aus, wie ein Sprecher in Moskau mitteilte.") == ["place/bern"])
    }

    @Test func anInstitutionHousedInACityPlacesTheMeetingThere() {
        let doc = TestSupport.process("Friedrich Merz kam am Donnerstag im Bundestag mit Katharina Dröge zusammen.")
        #expect(doc.meetings.first?.place.map { doc.entities[$0].id } == "place/berlin")
        #expect(doc.meetings.first?.venue.map { doc.entities[$0].id } == "organization/bundestag")
        // Only after a housing preposition: a meeting with the institution does not take place in its city.
        let visit = TestSupport.process("Friedrich Merz traf sich am Donnerstag mit Vertretern aus dem Bundestag.")
        #expect(!visit.meetings.isEmpty)
        #expect(visit.meetings.allSatisfy { $0.place == nil })
    }

    @Test func aDistrictPlacesTheMeetingInItsCity() {
        let doc = TestSupport.process("Mona Neubaur hat am Dienstag in Duisburg-Bruckhausen Hendrik Wüst getroffen.")
        #expect(doc.meetings.first?.place.map { doc.entities[$0].id } == "place/duisburg")
        #expect(doc.meetings.first?.venue.map { doc.entities[$0].name } == "Duisburg-Bruckhausen")
    }

    @Test func aCountryGivesWayToTheDatelineCityInIt() {
        let doc = TestSupport.process("Tokio. Frank-Walter Steinmeier ist in Japan eingetroffen. Am Mittwoch traf er Fumio Kishida.")
        #expect(doc.meetings.first?.place.map { doc.entities[$0].id } == "place/tokio")
        // A dateline city in another country does not replace it.
        let other = TestSupport.process("Berlin. Frank-Walter Steinmeier ist in Japan eingetroffen. Am Mittwoch traf er Fumio Kishida.")
        #expect(other.meetings.first?.place.map { other.entities[$0].id } == "place/japan")
    }
}

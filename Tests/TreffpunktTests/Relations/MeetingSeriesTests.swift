import Testing
@testable import Treffpunkt

@Suite struct MeetingSeriesTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func aSeriesHostMeetsEachPartyNamedAlone() {
        let doc = F.run("Eine Reihe von Gesprächen mit den Parteichefs hat Gauck am Mittwoch in Wien eröffnet. Als Erster kam Scholz zu einer Unterredung. Am Nachmittag war Baerbock an der Reihe. Lindner soll am Donnerstag folgen.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["joachim-gauck+olaf-scholz", "annalena-baerbock+joachim-gauck", "christian-lindner+joachim-gauck"])
        #expect(doc.meetings.allSatisfy { $0.place.map { doc.entities[$0].id } == "place/wien" })
        #expect(doc.meetings.last?.status == .planned)
    }

    @Test func partiesJoinASessionNamedInTheSameSentence() {
        let doc = F.run("Für 13 Uhr ist eine Sitzung des Ministerrats angesetzt, an der auch Angela Merkel teilnehmen soll. Außerdem wird Obama erwartet.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+ministerrat", "barack-obama+ministerrat"])
        #expect(doc.meetings.first?.status == .planned)
    }

    @Test func aGroupNounReferringBackIsTheSameGroup() {
        let doc = F.run("Am Montag empfängt Gauck eine Delegation des Freistaats. Danach gewährt Gauck der Delegation eine Audienz.", names: Self.names)
        #expect(Set(doc.entities.filter { $0.id.hasPrefix("organization/~") }.map(\.id)) == ["organization/~delegation-des-freistaats"])
    }

    @Test func aMeetingWithoutPlaceTakesThePlaceNamedJustBefore() {
        let doc = F.run("Obama landete am Morgen in Wien. Am Abend traf er Merkel.", names: Self.names)
        #expect(doc.meetings.first.map { $0.place.map { doc.entities[$0].id } } == "place/wien")
    }

    @Test func officesCountInTheirYears() {
        let office = GazetteerFacts.Office(role: 0, from: 2008, to: 2012)
        #expect(office.isHeld(in: 2010))
        #expect(!office.isHeld(in: 2025))
        #expect(!office.isHeld(in: nil))
        #expect(GazetteerFacts.Office(role: 0, from: 2018, to: nil).isHeld(in: nil))
        #expect(GazetteerFacts.years("Ministerpräsident von Bayern@DE:2018..") == (2018, nil))
        #expect(GazetteerFacts.years("Ministerpräsident@LT:2008..2012") == (2008, 2012))
    }

    @Test func aQuestionAfterANounStaysInTheTopic() {
        let doc = F.run("Mit Obama habe Merkel über große Fragen gesprochen: die Lage in Nahost und die Frage, wie sich Frieden und Sicherheit sichern lassen.", names: Self.names)
        let texts = doc.meetings.first.map { $0.about.map { doc.text($0.start, $0.end) } } ?? []
        #expect(texts.contains { $0.contains("Frieden und Sicherheit") })
    }
}

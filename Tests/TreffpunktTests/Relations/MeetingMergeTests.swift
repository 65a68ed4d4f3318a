import Testing
@testable import Treffpunkt

@Suite struct MeetingMergeTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func referencesJoinTheMeetingWithTheirTopics() {
        let doc = F.run("Karen Donfried traf sich in Moskau mit Dmitry Kozak. Bei diesem Treffen ging es um die Lage an der Grenze der Ukraine. Thema des Gesprächs waren auch die Minsker Abkommen.",
                        names: Self.names)
        #expect(doc.meetings.count == 1)
        let texts = doc.meetings.first.map { $0.about.map { doc.text($0.start, $0.end) } } ?? []
        #expect(texts.contains("die Lage an der Grenze der Ukraine"))
        #expect(texts.contains("auch die Minsker Abkommen") || texts.contains("die Minsker Abkommen"))
        #expect(doc.meetings.first?.evidence.count == 3)
    }

    @Test func aMeetingNounThatPointsBackIgnoresOrganisationsInItsClause() {
        let doc = F.run("Am Mittwoch kam Merkel in Berlin mit Obama zusammen. Im Mittelpunkt des Treffens standen die Sanktionen, die Wien von Verdi verlangt.",
                        names: Self.names)
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.evidence.count == 2)
        #expect(doc.meetings.first.map { $0.about.map { doc.text($0.start, $0.end) } }?.first?.hasPrefix("die Sanktionen") == true)
    }

    @Test func aMeetingNounWithoutDeterminerStillNeedsItsOwnSides() {
        let doc = F.run("Am Mittwoch kam Merkel in Berlin mit Obama zusammen. Ein Treffen von Verdi ist geplant.", names: Self.names)
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.evidence.count == 1)
    }

    @Test func aReferenceBeforeTheMeetingJoinsTheNextOne() {
        let doc = F.run("Thema des Gesprächs waren die Garantien für Osteuropa. Am Mittwoch traf sich Donfried in Moskau mit Kozak.",
                        names: Self.names)
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.about.count == 1)
    }

    @Test func pronounsAndPossessivesResolveToTheLastPerson() {
        let doc = F.run("Karen Donfried traf sich in Moskau mit Kozak. Nach ihrem Besuch in Moskau wird sie nach Brüssel reisen.",
                        names: Self.names)
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.status == .occurred)
        #expect(doc.meetings.first?.evidence.count == 2)
    }

    @Test func pluralSieAfterCoordinatedNamesIsOneSide() {
        let doc = F.run("Scholz und Habeck reisten nach Genf. Dort trafen sie Obama.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz", "barack-obama+robert-habeck"])
    }

    @Test func theSamePairOnTwoDatesStaysTwoMeetings() {
        let doc = F.run("Am Donnerstag trafen sich Merkel und Obama in Berlin. Am Mittwoch wollen Merkel und Obama wieder zusammenkommen.",
                        names: Self.names, times: [("Am Donnerstag", "2020-03-12"), ("Am Mittwoch", "2020-06-17")], date: "2020-06-10")
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.map(\.status) == [.occurred, .planned])
    }

    @Test func theSamePairWithoutOtherDateIsOneMeeting() {
        let doc = F.run("Gauck empfing Obama in Berlin. Danach führten Gauck und Obama ein Gespräch.", names: Self.names)
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.place != nil)
    }

    @Test func dieRundeRepeatsTheLatestParties() {
        let doc = F.run("Am Donnerstag saßen Merkel und Obama gemeinsam an einem Tisch. An diesem Mittwoch soll die Runde wieder zusammenkommen.",
                        names: Self.names, times: [("Am Donnerstag", "2020-03-12"), ("An diesem Mittwoch", "2020-06-17")], date: "2020-06-17")
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.last?.status == .planned)
    }

    @Test func partiesJoinAMeetingJustMentioned() {
        let doc = F.run("Als Gastgeber hieß Gauck Obama willkommen. Mit von der Partie war außerdem Merkel.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+joachim-gauck", "angela-merkel+joachim-gauck"])
    }

    @Test func everyPairOfAThreeWayMeetingAppearsOnce() {
        let doc = F.run("Gauck hat Obama und Merkel nach Berlin eingeladen. Die drei kämen in Kürze zusammen.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+joachim-gauck", "angela-merkel+joachim-gauck", "angela-merkel+barack-obama"])
        let triples = doc.meetings.reduce(0) { $0 + $1.who.count * $1.whom.count }
        #expect(triples == 3)
    }

    @Test func oneSideOnAnotherDayRepeatsTheMeetingWithItsPartners() {
        let doc = F.run("Scholz und Obama haben am Montag in Berlin verhandelt. Eine für Mittwoch geplante Fortsetzung der Gespräche sagte Scholz am Abend ab und kündigte einen Streik an.",
                        names: Self.names, times: [("am Montag", "2025-03-03"), ("für Mittwoch", "2025-03-05")], date: "2025-03-04")
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.map(\.status) == [.occurred, .cancelled])
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
    }

    @Test func oneSideInAnotherTenseRepeatsTheMeeting() {
        let doc = F.run("Merkel empfing Obama in Berlin. Merkel will im Juli zu einem Gegenbesuch nach Genf kommen.", names: Self.names)
        #expect(doc.meetings.map(\.status) == [.occurred, .planned])
        #expect(doc.meetings.last?.place.map { doc.entities[$0].id } == "place/genf")
    }

    @Test func aPossessiveMeetingNounInAnotherTenseIsTheSameMeeting() {
        let doc = F.run("Merkel traf Obama in Moskau. Nach ihrem Besuch in Moskau wird Merkel nach Genf reisen.", names: Self.names)
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.status == .occurred)
    }

    @Test func aRepeatedMeetingNounMeetsTheLatestMeetingsPartiesAgain() {
        let doc = F.run("Gauck hat Merkel und Obama in Berlin empfangen. Ein Folgetreffen ist für den Herbst vereinbart.", names: Self.names)
        #expect(doc.meetings.map(\.status).sorted { "\($0)" < "\($1)" } == [.occurred, .planned])
        let planned = doc.meetings.first { $0.status == .planned }
        #expect(planned.map { Set($0.who + $0.whom).count } == 3)
    }

    @Test func aPartyNamedWithTheRepetitionStandsAcrossFromTheOtherSide() {
        let doc = F.run("Merkel und Obama sind in Berlin mit Gauck zusammengekommen. Ein weiteres Gespräch soll im Frühjahr folgen, dann auch mit Scholz.",
                        names: Self.names)
        let pairs = F.pairs(doc, status: .planned)
        #expect(pairs.contains("angela-merkel+olaf-scholz"))
        #expect(pairs.contains("barack-obama+olaf-scholz"))
        #expect(pairs.contains("angela-merkel+joachim-gauck"))
        #expect(!pairs.contains("joachim-gauck+olaf-scholz"))
    }

    @Test func erneutWithADayOfItsOwnIsAnotherMeeting() {
        let doc = F.run("Gauck hat Obama am Montag empfangen. Am Dienstag trafen sich die beiden erneut.", names: Self.names,
                        times: [("am Montag", "2025-03-03"), ("Am Dienstag", "2025-03-04")])
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.map(\.status) == [.occurred, .occurred])
    }

    @Test func erneutWithPartiesItCannotNameRepeatsNothing() {
        let doc = F.run("Gauck hat Obama und Merkel empfangen. Ende des Monats wollen sich Vorstand und Betriebsrat erneut zusammensetzen.",
                        names: Self.names)
        #expect(doc.meetings.count == 1)
    }

    @Test func theReceptionNotTheMeetingNounBeforeItNamesTheHost() {
        let doc = F.run("Merkel ist am Montag von Gauck zu einem Gespräch empfangen worden. Mit dabei war auch Scholz.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+joachim-gauck", "joachim-gauck+olaf-scholz"])
    }

    @Test func aPartyNamedAloneWithTheRepetitionStandsWithTheHosts() {
        let doc = F.run("Scholz hat Merkel und Obama in Berlin empfangen. Im Mai soll die Runde erneut zusammenkommen, dann auch mit Gauck.",
                        names: Self.names)
        let pairs = F.pairs(doc, status: .planned)
        #expect(pairs.contains("angela-merkel+joachim-gauck"))
        #expect(pairs.contains("barack-obama+joachim-gauck"))
        #expect(!pairs.contains("joachim-gauck+olaf-scholz"))
    }
}

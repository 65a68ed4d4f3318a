import Testing
@testable import Treffpunkt

/// A meeting noun that points back to no earlier meeting and names no side takes the previous
/// sentence's coordinated subject of persons as its sides.
@Suite struct MeetingPreviousSubjectTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func theSubjectOfTheSentenceBeforeMeets() {
        let doc = F.run("Scholz und Habeck haben am Montag ein Abkommen unterzeichnet. Bei dem Treffen ging es um die Energiepreise.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["olaf-scholz+robert-habeck"])
    }

    @Test func theSubjectsSentenceGivesThePlaceNearestItsVerb() {
        let doc = F.run("Scholz und Habeck haben in Wien einen Vertrag über ein Werk in Linz unterzeichnet. Bei dem Treffen ging es um Geld.",
                        names: Self.names)
        #expect(doc.meetings.first.flatMap { $0.place }.map { doc.entities[$0].id } == "place/wien")
    }

    @Test func theSubjectsSentenceMayNameTheTopic() {
        let doc = F.run("Scholz und Habeck haben einen Vertrag über den Bau eines Werks unterzeichnet. Bei dem Treffen ging es auch um Geld.",
                        names: Self.names)
        let topics = doc.meetings.first?.about.map { doc.text($0.start, $0.end) } ?? []
        #expect(topics.contains { $0.contains("Bau eines Werks") }, "\(topics)")
    }

    @Test func aLaterParticipantJoins() {
        let doc = F.run("Scholz und Habeck haben am Montag ein Abkommen unterzeichnet. An dem Treffen nahm auch Lindner teil.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["olaf-scholz+robert-habeck", "christian-lindner+olaf-scholz"])
    }

    @Test func threeNamesWithTitlesGiveEveryPair() {
        let doc = F.run("Kanzler Scholz, Habeck und Lindner stellten den Haushalt vor. Bei dem Treffen ging es um Schulden.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["olaf-scholz+robert-habeck", "christian-lindner+olaf-scholz", "christian-lindner+robert-habeck"])
    }

    @Test func onePersonAsSubjectGivesNoMeeting() {
        let doc = F.run("Scholz hat am Montag ein Abkommen unterzeichnet. Bei dem Treffen ging es um die Energiepreise.",
                        names: Self.names)
        #expect(doc.meetings.isEmpty)
    }

    @Test func aPersonAndAnOrganisationGiveNoMeeting() {
        let doc = F.run("Scholz und Verdi haben am Montag ein Abkommen unterzeichnet. Bei dem Treffen ging es um Löhne.",
                        names: Self.names)
        #expect(doc.meetings.isEmpty)
    }

    @Test func theNounsSentenceMustFollowDirectly() {
        let doc = F.run("Scholz und Habeck haben ein Abkommen unterzeichnet. Es gilt ab Mai. Bei dem Treffen ging es um Energie.",
                        names: Self.names)
        #expect(doc.meetings.isEmpty)
    }
}

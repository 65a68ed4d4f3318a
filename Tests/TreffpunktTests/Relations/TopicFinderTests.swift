import Testing
@testable import Treffpunkt

@Suite struct TopicFinderTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names + [F.place("ukraine", "Ukraine")]

    func topics(_ text: String) -> [String] {
        let doc = F.run(text, names: Self.names)
        return doc.meetings.first.map { $0.about.map { doc.text($0.start, $0.end) } } ?? []
    }

    @Test func ueberEndsBeforeTheParticiple() {
        #expect(topics("Merkel hat mit Obama über die Lage in der Ukraine gesprochen.") == ["die Lage in der Ukraine"])
    }

    @Test func aClosingParticleOrMeetingParticipleIsNoPartOfTheTopic() {
        #expect(topics("Merkel zog sich mit Obama zu einem Gespräch über die Lage in der Ukraine zurück.") == ["die Lage in der Ukraine"])
        #expect(topics("Merkel hat Obama zu einem Gespräch über den Lohnschutz empfangen.") == ["den Lohnschutz"])
    }

    @Test func aStatementAfterTheSpeakersNameStartsAfterTheConjunction() {
        let t = topics("Merkel traf Obama in Berlin. Dabei betonte Merkel, dass die Hilfe für die Ukraine weitergehe.")
        #expect(t.contains { $0.hasPrefix("die Hilfe für die Ukraine") })
        #expect(!t.contains { $0.hasPrefix(",") || $0.hasPrefix("dass") })
    }

    @Test func aColonListFollowsTheTopic() {
        let t = topics("Mit Obama habe Merkel über große Fragen gesprochen: den Krieg gegen die Ukraine und die Lage im Nahen Osten.")
        #expect(t.contains("große Fragen"))
        #expect(t.contains("den Krieg gegen die Ukraine"))
        #expect(t.contains("die Lage im Nahen Osten"))
    }

    @Test func coordinatedNounPhrasesAreSeparateTopics() {
        #expect(topics("Merkel sprach mit Obama über die Energiepreise und über eine Reform der Rente.")
            == ["die Energiepreise", "eine Reform der Rente"])
        #expect(topics("Merkel sprach mit Obama über den Ausbau der Netze und seine Kosten.") == ["den Ausbau der Netze", "seine Kosten"])
    }

    @Test func aStatementWhoseClauseStartsWithAParticleOrAuxiliaryIsNoTopic() {
        let t = topics("Merkel traf Obama in Berlin. Merkel forderte Obama auf, die Ukraine zu unterstützen.")
        #expect(!t.contains { $0.hasPrefix("auf") })
        #expect(topics("Merkel traf Obama in Berlin. Dabei betonte Merkel, dass die Hilfe für die Ukraine weitergehe.")
            .contains { $0.hasPrefix("die Hilfe") })
    }

    @Test func unDeterminedOrBetweenCoordinationsStayOneTopic() {
        #expect(topics("Merkel sprach mit Obama über Frieden und Sicherheit in Europa.") == ["Frieden und Sicherheit in Europa"])
        #expect(topics("Merkel sprach mit Obama über den Handel zwischen den USA und der EU.") == ["den Handel zwischen den USA und der EU"])
    }

    @Test func imMittelpunktWithAQuestionClause() {
        let t = topics("Merkel traf Obama. Bei dem Treffen stand die Frage im Mittelpunkt, wie die Integration beider Staaten weitergehen soll.")
        #expect(t == ["wie die Integration beider Staaten weitergehen"])
    }

    @Test func aBareHeadGivesWayToTheQuestionClauseAfterIt() {
        let t = topics("Merkel trifft Obama am Montag. Im Mittelpunkt soll die Frage stehen, wie die Inflation gebremst werden kann.")
        #expect(t.count == 1)
        #expect(t.first?.hasPrefix("wie die Inflation") == true)
    }

    @Test func aBareHeadOrAQuantityAloneIsNoTopic() {
        #expect(topics("Merkel hat mit Obama über die Frage gesprochen.") == [])
        #expect(topics("Merkel hat mit Obama über 27 Monate verhandelt.") == [])
        #expect(topics("Merkel hat mit Obama über die Frage der Reparationen gesprochen.") == ["die Frage der Reparationen"])
        #expect(topics("Merkel hat mit Obama über 27 Monate Laufzeit des Vertrags gesprochen.") == ["27 Monate Laufzeit des Vertrags"])
    }

    @Test func imZentrumDesGespraechsStandX() {
        let t = topics("Merkel traf Obama in Berlin. Im Zentrum des Gesprächs stand die Lage in der Ukraine.")
        #expect(t == ["die Lage in der Ukraine"])
    }

    @Test func aTopicHeadWithItsGenitiveBeforeTheCopula() {
        let t = topics("Merkel empfing Obama in Berlin. Themen der Unterredung waren die Migration und die Lage in der Ukraine.")
        #expect(t == ["die Migration", "die Lage in der Ukraine"])
    }

    @Test func esGingUmAndTopicEntities() {
        let doc = F.run("Merkel traf Obama in Berlin. Es ging um die Souveränität der Ukraine.", names: Self.names)
        let topic = doc.meetings.first?.about.first
        #expect(topic.map { doc.text($0.start, $0.end) } == "die Souveränität der Ukraine")
        #expect(topic.map { $0.entities.map { doc.entities[$0].id } } == ["place/ukraine"])
    }

    @Test func aVerbFinalDiscussionVerbTakesThePhraseBefore() {
        let t = topics("Merkel traf Obama in Berlin. Obama nutzte die Gelegenheit, um Vorschläge zur europäischen Sicherheit zu diskutieren.")
        #expect(t == ["Vorschläge zur europäischen Sicherheit"])
    }

    @Test func aClauseCoordinatedByUndEndsTheTopic() {
        let t = topics("Bei dem Treffen mit Obama äußerte Merkel Bedenken über die Aufrüstung an der Grenze und bekräftigte das Engagement für die Ukraine.")
        #expect(t.contains("die Aufrüstung an der Grenze"))
    }

    @Test func theSentenceAfterAnyMentionMayNameTheTopic() {
        // The topic sentence follows the first mention; a companion sentence is the last one.
        let t = topics("Merkel traf Obama in Berlin. Die beiden sprachen über die Energiepreise. Begleitet wurde Merkel von Scholz.")
        #expect(t == ["die Energiepreise"])
    }

    @Test func aTopicOpenerTakesTheTopicAfterItsClosingWord() {
        #expect(topics("Merkel traf Obama in Berlin. Dabei ging es nach Angaben des Ministeriums um die Lage in der Ukraine.")
            == ["die Lage in der Ukraine"])
        #expect(topics("Merkel traf Obama in Berlin. Dabei ging es ihr vor allem darum, gesehen zu werden.") == [])
    }

    @Test func zurSpracheKamen() {
        #expect(topics("Merkel traf Obama in Berlin. Zur Sprache kamen die Energiepreise.") == ["die Energiepreise"])
    }

    @Test func aFrontedStreitUmIsTheTopicAndNamesNoSide() {
        let doc = F.run("Im Streit um den Abbau von Stellen bei Verdi hat Merkel am Donnerstag Obama empfangen.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama"])
        #expect(doc.meetings.first.map { $0.about.map { doc.text($0.start, $0.end) } } == ["den Abbau von Stellen bei Verdi"])
    }

    @Test func aDeniedTopicIsNone() {
        #expect(topics("Merkel traf Obama in Berlin. Der Streit um die Binde sei in dem Gespräch kein Thema gewesen.") == [])
        #expect(topics("Merkel traf Obama in Berlin. Vor dem Spiel spreche man nicht über Konflikte, sagte Merkel.") == [])
    }

    @Test func aStatementCountsOnlyFromAMemberOrTheMeetingsSentence() {
        #expect(topics("Merkel traf Obama in Berlin. Ein Sprecher betonte, der Konzern setze weiter auf China.") == [])
        #expect(topics("Merkel traf Obama in Berlin. Merkel betonte, die Hilfe für die Ukraine gehe weiter.")
            .contains { $0.hasPrefix("die Hilfe für die Ukraine") })
    }

    @Test func strittigAndAnlassIntroduceTopics() {
        #expect(topics("Merkel traf Obama in Berlin. Strittig blieben vor allem die Höhe der Zölle und die Laufzeit.")
            == ["vor allem die Höhe der Zölle", "die Laufzeit"])
        #expect(topics("Merkel empfing Obama in Berlin. Anlass war die Schließung des Werks in Kaiserslautern.")
            == ["die Schließung des Werks in Kaiserslautern"])
    }

    @Test func theLeadSentenceMayNameTheDispute() {
        let t = topics("Im Streit der Gewerkschaften um die Mitbestimmung in der Holding schaltet sich der Verband ein. Merkel hat Obama zu einem Treffen eingeladen.")
        #expect(t == ["die Mitbestimmung in der Holding"])
        // A preposition or verb cue in the lead sentence gives nothing.
        #expect(topics("Über die Lage in der Ukraine wird viel geredet. Merkel hat Obama zu einem Treffen eingeladen.") == [])
    }
}

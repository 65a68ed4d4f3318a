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

    @Test func allerDreiCountsTheLastThreePersons() {
        let doc = F.run("Scholz traf Obama in Berlin. Danach sprach Scholz mit Merkel. Ein Treffen aller drei ist für Montag geplant.",
                        names: Self.names)
        #expect(F.pairs(doc, status: .planned) == ["angela-merkel+barack-obama", "barack-obama+olaf-scholz", "angela-merkel+olaf-scholz"])
    }

    @Test func aGroupsGenitiveTakesTheNameAfterItsNoun() {
        let doc = F.run("Scholz hat eine Delegation der Provinz Guangdong empfangen.", names: Self.names + [F.place("guangdong", "Guangdong")])
        #expect(F.pairs(doc) == ["olaf-scholz+~delegation-der-provinz-guangdong"])
    }

    @Test func aNounWithOnlyItsPartnerMeetsTheSubjectOfTheSentence() {
        let doc = F.run("Am Dienstag wird Obama von Merkel empfangen; danach ist ein Treffen mit Scholz geplant.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama", "barack-obama+olaf-scholz"])
    }

    @Test func aNounWithOnlyItsPartnerAndNoOtherPersonInTheSentenceMeetsTheStorysMainPerson() {
        let doc = F.run("Scholz traf am Montag Obama. Am Dienstag hat Scholz mit Merkel gesprochen. Ein Treffen mit Gauck fiel aus.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz", "angela-merkel+olaf-scholz", "joachim-gauck+olaf-scholz"])
    }

    @Test func aNameInAnAppositionHasItsRoleNounsMarker() {
        // "den Bürgermeister der Stadt, Gauck": Gauck is the partner, no member of Scholz's side.
        let doc = F.run("Am Donnerstag will Scholz in Berlin den Bürgermeister der Stadt, Gauck, treffen.", names: Self.names)
        #expect(F.pairs(doc) == ["joachim-gauck+olaf-scholz"])
        // "mit dem Vorsitzenden der Gemeinde, Gauck": one partner, so a latecomer meets only the host.
        let joined = F.run("Merkel hat sich mit dem Vorsitzenden der Gemeinde, Gauck, getroffen. Mit dabei war auch Scholz.", names: Self.names)
        #expect(F.pairs(joined) == ["angela-merkel+joachim-gauck", "angela-merkel+olaf-scholz"])
    }

    @Test func aPartyThatJoinsPartiesWhoMeetEachOtherMeetsThemAll() {
        let doc = F.run("Im März wollen Merkel und Obama in Genf zusammenkommen; dann soll auch Scholz teilnehmen.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama", "barack-obama+olaf-scholz", "angela-merkel+olaf-scholz"])
    }

    @Test func derManagerIsTheStorysMainPersonNotTheLatestBoardMember() {
        let doc = F.run("Konzernchef Scholz traf in Berlin Obama, begleitet von Finanzvorstand Habeck. Am Donnerstag will der Manager in Genf Merkel treffen.",
                        names: Self.names)
        #expect(F.pairs(doc).contains("angela-merkel+olaf-scholz"))
        #expect(!F.pairs(doc).contains("angela-merkel+robert-habeck"))
    }

    @Test func aRoleNounWithAnAttributeAndItsNameAfterAComma() {
        // The role noun names Merkel through the apposition; it does not stand for Scholz.
        let doc = F.run("Scholz reiste nach Genf. Die Vorsitzende der Kommission in Berlin, Merkel, sprach mit dem Kanzler über die Lage.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+olaf-scholz"])
    }

    @Test func aRoleNounBeforeAPlaceAndAnotherTitledNameIsItsOwnParty() {
        let doc = F.run("Papst Franziskus empfing Obama. Am Nachmittag traf der Papst im Vatikan Präsident Scholz.",
                        names: Self.names + [F.person("franziskus", "Franziskus"), F.place("vatikan", "Vatikan")])
        #expect(F.pairs(doc).contains("franziskus+olaf-scholz"))
    }

    @Test func aCountedGenitiveAfterTheMeetingNoun() {
        let doc = F.run("Merkel und Obama sind von Scholz empfangen worden. Die nächste Sitzung der drei ist für Montag angesetzt.",
                        names: Self.names)
        let planned = doc.meetings.filter { $0.status == .planned }
        #expect(planned.reduce(0) { $0 + $1.who.count * $1.whom.count } == 3)
    }

    @Test func aPossessiveRoleNounWithoutATitledPersonIsTheLatestPersonNamed() {
        let doc = F.run("Scholz ist am Dienstag nach Berlin gereist. Merkel empfing ihren österreichischen Amtskollegen vor dem Kanzleramt.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+olaf-scholz"])
    }

    @Test func anAdjectiveInTheRoleNounsGenitiveKeepsItATitle() {
        let doc = F.run("Scholz reiste nach Genf. Der Vorsitzende der katholischen Kommission, Gauck, sprach mit dem Kanzler über die Lage.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["joachim-gauck+olaf-scholz"])
    }

    @Test func anOrganisationInParenthesesNamesTheNounBeforeIt() {
        let names = Self.names + [F.org("kkd", "KKD"), F.org("spd", "SPD")]
        let doc = F.run("Scholz (SPD) hat am Freitag die Konferenz der kantonalen Direktoren (KKD) empfangen.", names: names)
        #expect(F.pairs(doc) == ["kkd+olaf-scholz"])
        let hyphen = F.run("Scholz hat die Konferenz der Justiz- und Polizeidirektorinnen und -direktoren (KKD) empfangen.", names: names)
        #expect(F.pairs(hyphen) == ["kkd+olaf-scholz"])
        let role = F.run("Scholz hat die Ministerin (SPD) empfangen.", names: names)
        #expect(!F.pairs(role).contains("olaf-scholz+spd"))
    }

    @Test func theCountedPersonsAreNamedBeforeTheClausesOwnSubject() {
        let doc = F.run("Merkel und Obama beraten am Dienstag in Genf. Am Vorabend empfängt Gauck die beiden Regierungschefs im Rathaus.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama", "angela-merkel+joachim-gauck", "barack-obama+joachim-gauck"])
        let apposition = F.run("Merkel und Obama, die beiden Präsidenten, trafen sich in Genf.", names: Self.names)
        #expect(F.pairs(apposition) == ["angela-merkel+barack-obama"])
    }

    @Test func aNameCoordinatedWithANameAfterAPrepositionIsNoSideEither() {
        let names = Self.names + [F.org("cdu", "CDU"), F.org("csu", "CSU")]
        let doc = F.run("Für CDU und CSU hat Scholz am Montag Obama getroffen.", names: names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
    }

    @Test func aCountedPhraseInAOneWayFrameIsOneSide() {
        let doc = F.run("Merkel und Obama trafen sich in Genf mit Gauck. Am Vormittag besuchten die drei den Vorort Irpin.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+joachim-gauck", "barack-obama+joachim-gauck"])
    }

    @Test func aRoleNounWithACountedGenitiveBeforeItsNamesIsATitle() {
        let doc = F.run("Präsident Scholz empfing Obama. Am Nachmittag traf Obama die Präsidenten der beiden Kammern, Merkel und Gauck.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz", "angela-merkel+barack-obama", "barack-obama+joachim-gauck"])
    }

    @Test func theSwissGesamtbundesratIsAGroup() {
        let doc = F.run("Danach kam Obama in Bern mit dem Gesamtbundesrat zusammen.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+~gesamtbundesrat"])
    }

    @Test func theRolesAttributeBeforeItsNamesNamesNoSide() {
        let names = Self.names + [F.org("cdu", "Union"), F.org("spd", "SPD")]
        let doc = F.run("Gauck empfing Obama. Obama traf anschließend auch die Vorsitzenden der Fraktionen von Union und SPD, Merkel und Scholz.",
                        names: names)
        #expect(F.pairs(doc) == ["barack-obama+joachim-gauck", "angela-merkel+barack-obama", "barack-obama+olaf-scholz"])
    }

    @Test func aMeetingNounWithAnUnnamedGenitiveFindsNoOtherSide() {
        let doc = F.run("Scholz traf Obama. Ein gemeinsames Treffen aller Netzbetreiber mit Obama soll im Sommer stattfinden.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
        #expect(doc.meetings.count == 1)
    }

    @Test func aRoleNounForNoOneNamedTakesThePersonsOfTheNextSentence() {
        let doc = F.run("Scholz hat am Montag die Oberbürgermeister der drei größten Städte empfangen. Neben Merkel waren Obama und Gauck gekommen.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+olaf-scholz", "barack-obama+olaf-scholz", "joachim-gauck+olaf-scholz"])
        // A next sentence that tells a meeting of its own keeps its names.
        let own = F.run("Scholz hat am Montag die Oberbürgermeister der Städte empfangen. Danach traf Merkel Obama.", names: Self.names)
        #expect(F.pairs(own) == ["angela-merkel+barack-obama"])
    }
}

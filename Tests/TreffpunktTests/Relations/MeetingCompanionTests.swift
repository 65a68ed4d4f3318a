import Testing
@testable import Treffpunkt

@Suite struct MeetingCompanionTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func aMeetingNounWithOnlyAPartnerTakesTheSubjectOfTheSentence() {
        let doc = F.run("Scholz reiste nach Genf, doch ein Treffen mit Obama fiel aus.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
        #expect(doc.meetings.first?.status == .cancelled)
    }

    @Test func theSpeakerAfterAMeetingNounIsItsOtherSide() {
        let doc = F.run("Nach dem Treffen mit Obama sagte Scholz, die Lage sei ernst.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
    }

    @Test func companionsMeetWhomTheFirstSideMeets() {
        let doc = F.run("Scholz traf am Montag in Genf Obama. Begleitet wurde er von Habeck.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz", "barack-obama+robert-habeck"])
    }

    @Test func aGuestAccompaniedInThePassiveJoinsTheGuestsSide() {
        let doc = F.run("Obama hat am Montag Scholz in Washington empfangen. Begleitet wurde Scholz von Habeck.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz", "barack-obama+robert-habeck"])
    }

    @Test func companionsBroughtAlongJoinTheSideOfWhoBringsThem() {
        let texts = ["Angela Merkel wurde am Montag von Barack Obama in Berlin empfangen. Zu dem Gespräch brachte sie die Chefs von Verdi und IG Metall mit, Claus Weselsky und Martin Seiler.",
                     "Barack Obama empfing am Montag Angela Merkel in Berlin. Zu dem Gespräch hatte sie Claus Weselsky und Martin Seiler mitgebracht."]
        for text in texts {
            let doc = TestSupport.process(text)
            #expect(F.pairs(doc) == ["angela-merkel+barack-obama", "barack-obama+claus-weselsky", "barack-obama+~martin-seiler"], "\(text)")
            #expect(doc.meetings.allSatisfy { m in m.evidence.contains { $0.rule == "mitbringen" } }, "\(text)")
        }
    }

    @Test func aLatecomerToAReceptionStandsWithTheHosts() {
        let text = "Angela Merkel wurde am Montag von Barack Obama in Berlin empfangen. Später stieß auch Claus Weselsky hinzu."
        let doc = TestSupport.process(text)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama", "angela-merkel+claus-weselsky"])
    }

    @Test func aLatecomerToATalkMeetsItsFirstSide() {
        let text = "Angela Merkel traf sich am Montag in Berlin mit Barack Obama. Später stieß Claus Weselsky dazu."
        let doc = TestSupport.process(text)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama", "angela-merkel+claus-weselsky"])
    }

    @Test func theTwoMeetingAPartnerAreOneSide() {
        let text = "Claus Weselsky und Martin Seiler erklärten den Streik für beendet. Zuvor hatten sich die beiden am Montag in Potsdam mit Barack Obama und der Präsidentin des Verbands, Angela Merkel, getroffen."
        let doc = TestSupport.process(text)
        #expect(F.pairs(doc) == ["barack-obama+claus-weselsky", "barack-obama+~martin-seiler", "angela-merkel+claus-weselsky", "angela-merkel+~martin-seiler"])
    }

    @Test func membersNamedAfterAGroupMeetingMeetEachOther() {
        let text = "Die Spitzen der Koalition haben am Mittwoch beraten. Für die Union nahmen Friedrich Merz und Markus Söder teil. Die SPD war durch Lars Klingbeil und Bärbel Bas vertreten."
        let doc = TestSupport.process(text)
        #expect(F.pairs(doc) == ["baerbel-bas+friedrich-merz", "baerbel-bas+markus-soeder", "friedrich-merz+lars-klingbeil", "lars-klingbeil+markus-soeder"])
    }

    @Test func gemeinsamMitPutsAPersonOnTheSubjectsSide() {
        let doc = F.run("Gemeinsam mit Habeck empfing Scholz am Montag Obama.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz", "barack-obama+robert-habeck"])
    }

    @Test func mutualVerbsPairCoordinatedSubjectsWithoutSich() {
        #expect(F.pairs(F.run("Weselsky und Seiler hatten bis tief in die Nacht verhandelt.", names: Self.names)) == ["claus-weselsky+martin-seiler"])
    }

    @Test func aReciprocalVerbWithoutSichDoesNotPairItsSubjects() {
        #expect(F.run("Scholz und Habeck treffen in Genf ein.", names: Self.names).meetings.isEmpty)
    }

    @Test func separableTeilnehmenJoinsTheMeeting() {
        let doc = F.run("Scholz empfing Obama im Kanzleramt. An dem Gespräch nahm auch Habeck teil.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz", "olaf-scholz+robert-habeck"])
    }

    @Test func aRoleNounAfterAPossessiveRefersBack() {
        let doc = F.run("Bundeskanzler Scholz ist in Berlin. Am Abend empfängt Merkel ihren Kanzler zu einem Gespräch.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+olaf-scholz"])
    }

    @Test func aRoleNounWithItsNameInAppositionIsThatName() {
        let doc = F.run("Obama sprach lange. Danach empfing Merkel den Kanzler von Deutschland, Olaf Scholz, in Berlin.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+olaf-scholz"])
    }

    @Test func aCompoundRoleNounPrefersThePersonWhoseTitleNamesItsFirstPart() {
        // Gauck is named most often, but only Obama's title names the UNO.
        let doc = F.run("UNO-Präsident Obama und Gauck reisten an. Gauck sprach, Gauck lachte. "
                        + "Am Abend empfing Merkel den UNO-Chef in Berlin.", names: Self.names)
        #expect(F.pairs(doc).contains("angela-merkel+barack-obama"))
        #expect(!F.pairs(doc).contains("angela-merkel+joachim-gauck"))
    }

    @Test func anOrganisationAfterARoleIsItsAttribute() {
        let doc = F.run("Merkel traf die Vorsitzende von Verdi und Scholz in Berlin.", names: Self.names)
        #expect(!F.pairs(doc).contains { $0.contains("verdi") })
        let list = F.run("Merkel empfing die Vorsitzenden von Verdi und IG Metall, Weselsky und Seiler.", names: Self.names)
        #expect(F.pairs(list) == ["angela-merkel+claus-weselsky", "angela-merkel+martin-seiler"])
    }

    @Test func gemeinsamMitAfterACommaStaysInTheClause() {
        let doc = F.run("Scholz besuchte am Freitag Genf. Im Rathaus empfing ihn der Bürgermeister, Gauck, gemeinsam mit Merkel.",
                        names: MeetingVerbTests.names)
        #expect(F.pairs(doc) == ["angela-merkel+olaf-scholz", "joachim-gauck+olaf-scholz"])
    }

    @Test func dazuGoesOnWithTheList() {
        let doc = F.run("Scholz hat für Montag Gauck und Obama ins Kanzleramt geladen, dazu Merkel.", names: MeetingVerbTests.names)
        #expect(F.pairs(doc) == ["joachim-gauck+olaf-scholz", "barack-obama+olaf-scholz", "angela-merkel+olaf-scholz"])
    }

    @Test func aFeminineTitleBeforeTheCompanionKeepsItACompanion() {
        let doc = F.run("Scholz besuchte am Freitag Genf. Im Rathaus empfing ihn Gauck gemeinsam mit der Gemeinderätin Merkel.",
                        names: MeetingVerbTests.names)
        #expect(F.pairs(doc) == ["angela-merkel+olaf-scholz", "joachim-gauck+olaf-scholz"])
    }
}

import Testing
@testable import Treffpunkt

@Suite struct MeetingVerbTests {
    typealias F = MeetingFixture
    static let names = [F.person("karen-donfried", "Karen Donfried", "Donfried", gender: .female),
                        F.person("dmitry-kozak", "Dmitry Kozak", "Kozak"), F.person("sergej-rjabkow", "Sergej Rjabkow", "Rjabkow"),
                        F.person("barack-obama", "Barack Obama", "Obama"), F.person("joachim-gauck", "Joachim Gauck", "Gauck"),
                        F.person("angela-merkel", "Angela Merkel", "Merkel", gender: .female),
                        F.place("moskau", "Moskau"), F.place("berlin", "Berlin"), F.place("genf", "Genf"),
                        F.person("olaf-scholz", "Olaf Scholz", "Scholz"), F.person("robert-habeck", "Robert Habeck", "Habeck"),
                        F.person("annalena-baerbock", "Annalena Baerbock", "Baerbock"),
                        F.person("christian-lindner", "Christian Lindner", "Lindner"),
                        F.person("claus-weselsky", "Claus Weselsky", "Weselsky"), F.person("martin-seiler", "Martin Seiler", "Seiler"),
                        F.org("verdi", "Verdi"), F.org("ig-metall", "IG Metall"), F.org("ministerrat", "Ministerrats"), F.place("wien", "Wien"), F.place("linz", "Linz")]

    @Test func partiesInsideTheTopicAreNoSides() {
        let doc = F.run("In Berlin berieten Scholz und Merkel über ein Abkommen zwischen Verdi und der IG Metall.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+olaf-scholz"])
        let partner = F.run("Scholz sprach am Montag über die Lage zwischen Verdi und IG Metall mit Obama.", names: Self.names)
        #expect(F.pairs(partner) == ["barack-obama+olaf-scholz"])
    }

    @Test func aCityAdjectiveBeforeABuildingIsThePlace() {
        let doc = TestSupport.process("Angela Merkel wurde am Montag in der Mainzer Staatskanzlei von Barack Obama empfangen.")
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.place.map { doc.entities[$0].id } == "place/mainz")
        let view = TestSupport.process("Aus Mainzer Sicht traf Angela Merkel am Montag Barack Obama.")
        #expect(view.meetings.count == 1)
        #expect(view.meetings.first?.place == nil)
    }

    @Test func reflexiveTreffenWithMitAndApposition() {
        let doc = F.run("Am Mittwoch, dem 15. Dezember, traf sich die stellvertretende US-Außenministerin Karen Donfried in Moskau mit hochrangigen russischen Beamten – dem stellvertretenden Stabschef Dmitry Kozak und dem stellvertretenden russischen Außenminister Sergej Rjabkow.",
                        names: Self.names, times: [("Am Mittwoch, dem 15. Dezember", "XXXX-12-15")])
        #expect(F.pairs(doc) == ["dmitry-kozak+karen-donfried", "karen-donfried+sergej-rjabkow"])
        #expect(doc.meetings.count == 1)
        let m = doc.meetings[0]
        #expect(m.who.map { doc.entities[$0].id } == ["person/karen-donfried"])
        #expect(m.place.map { doc.entities[$0].id } == "place/moskau")
        #expect(m.time.map { doc.times[$0].value } == "XXXX-12-15")
        #expect(m.status == .occurred)
        #expect(m.evidence.first?.rule == "sich-treffen-mit")
    }

    @Test func transitiveTreffenInAllForms() {
        for verb in ["trifft", "traf", "hat … getroffen"] {
            let sentence = verb.contains("…") ? "Merkel hat in Berlin Obama getroffen." : "Merkel \(verb) in Berlin Obama."
            let doc = F.run(sentence, names: Self.names)
            #expect(F.pairs(doc) == ["angela-merkel+barack-obama"], "\(sentence)")
        }
    }

    @Test func passiveWithVonAgent() {
        let doc = F.run("In Berlin ist Barack Obama am Mittwoch von Joachim Gauck mit militärischen Ehren empfangen worden.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+joachim-gauck"])
        #expect(doc.meetings.first.map { $0.who.map { doc.entities[$0].id } } == ["person/joachim-gauck"])
    }

    @Test func separableVerbNeedsItsParticle() {
        let met = F.run("Merkel kam am Montag in Genf mit Obama zusammen.", names: Self.names)
        #expect(F.pairs(met) == ["angela-merkel+barack-obama"])
        let travelled = F.run("Merkel kam am Montag zusammen mit Obama in Genf an.", names: Self.names)
        #expect(travelled.meetings.isEmpty)
    }

    @Test func coordinatedSubjectsOfAReciprocalVerbAreTheSides() {
        let doc = F.run("Obama und Merkel trafen sich in Berlin.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama"])
    }

    @Test func aFrontedSubjectWithItsAppositionKeepsItsVerb() {
        let doc = F.run("Die Außenminister der beiden Länder, Merkel und Obama, kamen in Genf zu einem Gespräch zusammen.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama"])
    }

    @Test func treffenAufNamesThePartner() {
        #expect(F.pairs(F.run("In Genf traf Merkel am Montag auf Obama.", names: Self.names)) == ["angela-merkel+barack-obama"])
        #expect(F.run("Merkel sprach mit Journalisten über den Druck auf Obama.", names: Self.names).meetings.isEmpty)
    }

    @Test func sprechenIsAMeetingOnlyWithMit() {
        #expect(F.pairs(F.run("Merkel sprach in Berlin mit Obama.", names: Self.names)) == ["angela-merkel+barack-obama"])
        #expect(F.run("Merkel sprach in Berlin von Obama.", names: Self.names).meetings.isEmpty)
    }

    @Test func swissSpellingOfWillkommenHeissen() {
        let doc = F.run("Als Gastgeber hiess Joachim Gauck als Erstes Barack Obama willkommen, danach Angela Merkel.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+joachim-gauck", "angela-merkel+joachim-gauck"])
    }

    @Test func dieBeidenStandsForTheLastTwoPersons() {
        let doc = F.run("Obama und Gauck standen vor der Presse. Danach führten die beiden Präsidenten im Amtszimmer ein Gespräch.",
                        names: Self.names)
        #expect(F.pairs(doc).contains("barack-obama+joachim-gauck"))
    }

    @Test func aPersonalPronounIsNotTheNameOfItsOwnClause() {
        let doc = F.run("Obama reiste nach Berlin. Dort begegnete Gauck ihm zum ersten Mal.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+joachim-gauck"])
    }
}

import Testing
@testable import Treffpunkt

@Suite("Persons by rule")
struct PersonRuleTests {
    @Test func roleBeforeName() {
        #expect(finds("Sergej Lawrow", .person, in: "Der russische Außenminister Sergej Lawrow kam."))
        #expect(finds("Bernd Neuendorf", .person, in: "Gestern sprach DFB-Präsident Bernd Neuendorf vor Fans."))
        #expect(finds("Quastorf", .person, in: "Das bestätigte Bundesministerin Quastorf am Abend."))
        // professions and heads of an office, also as the end of a compound
        #expect(finds("Wendebrück", .person, in: "Schulleiter Wendebrück kann sich das nicht erklären."))
        #expect(finds("Quellmalz", .person, in: "Der Theologe Quellmalz schrieb dagegen an."))
        #expect(finds("Pardoe", .person, in: "Das Haus gehörte Miss Pardoe."))
        // a role noun that is also a common last name is left out, so the name keeps it
        #expect(finds("Tom Lehrer", .person, in: "Das sagte Tom Lehrer gestern."))
        // a family and its members by their last name
        #expect(finds("Quellmoser", .person, in: "Der Hof wurde von der Familie Quellmoser verwaltet."))
    }

    @Test func titleBeforeName() {
        #expect(finds("Wendeborn", .person, in: "Dann meldete sich Frau Wendeborn zu Wort."))
        #expect(finds("Hanno Kurzmeier", .person, in: "Ein Gutachten von Prof. Dr. Hanno Kurzmeier liegt vor."))
    }

    @Test func firstNameAndLastName() {
        #expect(finds("Jutta Pfeilsticker", .person, in: "Die Firma leitet seit Jahren Jutta Pfeilsticker."))
        #expect(finds("Heinrich Gottlob von Miltitz", .person, in: "Das Schloss kaufte Heinrich Gottlob von Miltitz."))
        #expect(finds("Ursula von der Leyen", .person, in: "Sie traf Ursula von der Leyen in Brüssel."))
        #expect(finds("Hans-Peter Trauboth", .person, in: "Es sprach Hans-Peter Trauboth."))
    }

    @Test func genderComesFromTheFirstName() {
        let document = TestSupport.process("Am Morgen kam Jutta Pfeilsticker.")
        let person = document.entities.first { $0.name == "Jutta Pfeilsticker" }
        #expect(person?.gender == .female)
        #expect(person?.id == "person/~jutta-pfeilsticker")
    }

    @Test func aFirstNameAloneIsAPerson() {
        #expect(finds("Jutta", .person, in: "Dann sagte Jutta nichts mehr."))
    }

    @Test func aFirstNameThatIsACommonWordOrACompoundPartIsNoPerson() {
        #expect(!tagsAnything("Roman", in: "Der Roman erschien im Herbst."))
        #expect(!tagsAnything("Georg", in: "Die Georg-Offensive begann."))
        #expect(!finds("Peter", .person, in: "Sie besuchten St. Peter am Abend."))
        #expect(!tagsAnything("Brett", in: "Auf dem Tisch lag ein Brett."))
        #expect(finds("Brett Anderson", .person, in: "Es sang Brett Anderson."))
    }

    @Test func foreignParticlesAndInitialsStartNames() {
        #expect(finds("van der Wielen", .person, in: "Das Tor schoss van der Wielen."))
        #expect(finds("K. Brendlinger", .person, in: "Den Bericht schrieb K. Brendlinger."))
        #expect(finds("Orvald E. Tamsen", .person, in: "Gouverneur Orvald E. Tamsen trat zurück."))
        // `da` is also a conjunction, `von der` mostly a preposition and an article
        #expect(nameMentions("Er blieb, da Brendlinger fehlte.").allSatisfy { $0.text != "da Brendlinger" })
        #expect(nameMentions("Das ist ein Brief von der Polizei.").isEmpty)
        // a particle after a capitalised word belongs to that longer name
        #expect(!finds("di Trellmare", .person, in: "Sie fuhren zum Lido di Trellmare."))
        #expect(!finds("di Trellmare", .person, in: "Sie fuhren zum Hotel Quellhof di Trellmare."))
    }

    @Test func aLastNameJoinedToItsParticle() {
        #expect(finds("Ali al-Quhtani", .person, in: "Ölminister Ali al-Quhtani habe das gesagt."))
        #expect(finds("Mohammed el-Barqawi", .person, in: "Das sagte Mohammed el-Barqawi gestern."))
    }

    @Test func initialsAndNumbersEndNames() {
        #expect(finds("Claudia B.", .person, in: "Das sagte Claudia B. vor Gericht."))
        #expect(finds("Ludwig XIV.", .person, in: "Schon Ludwig XIV. ließ hier bauen."))
        #expect(finds("Knut I.", .person, in: "Danach herrschte Knut I. lange."))
    }

    @Test func anAgeOrAPartyInParenthesesFollowsAPerson() {
        #expect(finds("Brenneisen", .person, in: "Das sagte Brenneisen (54) am Abend."))
        #expect(finds("Brenneisen", .person, in: "Das sagte Brenneisen (SPD) am Abend."))
        #expect(!finds("Nette", .person, in: "Gestern meldete Oberbach/Nette (AP) neue Zahlen."))
        // an organisation's word before the parentheses is no person
        #expect(!tagsAnything("Atomenergieagentur", in: "Der Chef der russischen Atomenergieagentur (Rosatom) kam."))
    }

    @Test func aFirstNameInTheGenitiveIsAPerson() {
        #expect(finds("Juttas", .person, in: "Das war Juttas letzter Auftritt."))
    }

    @Test func placeEndingsAfterACapitalisedPreposition() {
        #expect(finds("Wendelhofen", .place, in: "In Wendelhofen brannte eine Scheune."))
    }

    @Test func aGazetteerPlaceCanBeALastName() {
        let found = nameMentions("Vorsitzender ist Patrick von Brunn.")
        #expect(found.map(\.text) == ["Patrick von Brunn"])
    }

    @Test func roleWithoutNameIsNoPerson() {
        #expect(nameMentions("Der Außenminister sagte am Montag nichts.").isEmpty)
        #expect(nameMentions("Die Präsidentin der Kommission schwieg.").isEmpty)
    }

    @Test func stopWordsEndANameAfterARole() {
        #expect(!tagsAnything("Montag", in: "Es kam Trainer Montag nicht."))
    }

    @Test func aMeetingNounAfterARoleIsItsObjectNoName() {
        #expect(!tagsAnything("Gespräche", in: "Danach führte die Ministerin Gespräche mit dem Stahlchef."))
        #expect(!tagsAnything("Grüße", in: "Am Ende überbrachte der Bürgermeister Grüße der Stadt."))
        #expect(finds("Quastorf", .person, in: "Danach führte Ministerin Quastorf Gespräche mit dem Stahlchef."))
    }

    @Test func aHolyPlaceIsNoPerson() {
        #expect(!tagsAnything("Land", in: "Im Jahr 2016 hatten die beiden Bischöfe das Heilige Land besucht."))
        #expect(!tagsAnything("Stuhl", in: "Der Heilige Stuhl äußerte sich nicht."))
    }
}

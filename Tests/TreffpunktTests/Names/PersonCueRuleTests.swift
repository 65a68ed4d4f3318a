import Testing
@testable import Treffpunkt

@Suite("Lone last names beside person cues")
struct PersonCueRuleTests {
    @Test func aNameAfterAWordOfSaying() {
        #expect(finds("Quandtke", .person, in: "„Das reicht nicht“, sagte Quandtke am Abend."))
        #expect(finds("Wendeborn", .person, in: "Die Lage sei ernst, so Wendeborn."))
        #expect(finds("Nowak", .person, in: "Laut Nowak fehlen drei Millionen Euro."))
        // a last name in -er, which common nouns share, beside a word of saying
        #expect(finds("Wiedenreiter", .person, in: "„Das reicht nicht“, sagt Wiedenreiter der Zeitung."))
        #expect(!tagsAnything("Ausreißer", in: "Er sei, so sagt man, ein Ausreißer."))
    }

    @Test func aNameBeforeAWordOfSaying() {
        #expect(finds("Quandtke", .person, in: "Quandtke sagte, der Plan sei gescheitert."))
        #expect(finds("Wendeborn", .person, in: "Der Bau ist, Wendeborn zufolge, zu teuer."))
    }

    @Test func aNounBesideACueIsNoPerson() {
        #expect(!tagsAnything("Polizei", in: "Die Polizei sagte, es gebe keine Spur."))
        #expect(!tagsAnything("Regierung", in: "Laut Regierung ist alles geregelt."))
        #expect(!tagsAnything("Bericht", in: "Einem Bericht zufolge fehlt Geld."))
    }

    @Test func aNameBeforeLifeDates() {
        #expect(finds("Quandtke", .person, in: "Das Haus baute Quandtke (1801–1872) als Sommersitz."))
        #expect(finds("Wendeborn", .person, in: "Die Kirche malte Wendeborn (* 1950) aus."))
        #expect(finds("Tilo Quandtke", .person, in: "Den Preis erhielt Tilo Quandtke (geboren 1961)."))
        // a year alone in parentheses is no life date (`Metropolis (1927)` is a film)
        #expect(!finds("Quandtke", .person, in: "Der Film Quandtke (1927) lief lange."))
    }
}

@Suite("Lone listed last names")
struct LoneSurnameRuleTests {
    @Test func aListedLastNameWhereANounWouldNeedAnArticle() {
        #expect(finds("Nowak", .person, in: "Nowak war seit Jahren im Verein."))
        #expect(finds("Kowalczyk", .person, in: "Man hoffte, dass Kowalczyk bleibt."))
        #expect(finds("Nowaks", .person, in: "Nowaks Entscheidung kam spät."))
    }

    @Test func aListedLastNameThatIsAlsoAWordNeedsACue() {
        #expect(!tagsAnything("Koch", in: "Koch ist ein schöner Beruf."))
        #expect(finds("Koch", .person, in: "„Wir bleiben“, sagte Koch."))
    }

    @Test func afterAnArticleOrANumberItIsNoLoneName() {
        #expect(!tagsAnything("Nowak", in: "Der Nowak war nicht gemeint."))
        #expect(!tagsAnything("Nowak", in: "Es kamen 200 Nowak an."))
        #expect(!tagsAnything("Nowak", in: "Den alten Nowak kannte jeder."))
    }
}

@Suite("Unknown names in the genitive before a noun")
struct SaxonGenitiveRuleTests {
    @Test func anUnknownGenitiveBeforeANoun() {
        #expect(finds("Pilgrams", .person, in: "Man lobte Pilgrams Entwurf sehr."))
        #expect(finds("Wendeborns", .person, in: "Über Wendeborns Geburtsjahr gibt es Zweifel."))
    }

    @Test func adjectivesPluralsAndCommonGenitivesAreNoNames() {
        #expect(!tagsAnything("Großes", in: "Es war Großes Kino am Abend."))
        #expect(!tagsAnything("Autos", in: "Autos brauchen Platz."))
        #expect(!tagsAnything("Jahres", in: "Am Ende des Jahres Bilanz ziehen."))
    }
}

@Suite("Kinship and profession nouns before a name")
struct KinshipAndProfessionTests {
    @Test func aNameAfterAKinshipOrProfessionNoun() {
        #expect(finds("Wendeborn", .person, in: "Sie wohnte bei ihrer Tante Wendeborn."))
        #expect(finds("Quandtke", .person, in: "Den Ball hielt Keeper Quandtke fest."))
        #expect(finds("Pilgram", .person, in: "Das Bild malte der Kunstmaler Pilgram."))
        #expect(!tagsAnything("Tante", in: "Sie wohnte bei ihrer Tante Wendeborn."))
    }
}

@Suite("Unknown first names before listed last names")
struct FirstNameBeforeSurnameTests {
    @Test func anUnknownWordBeforeAListedLastName() {
        #expect(finds("Wulfhard Kowalczyk", .person, in: "Den Preis bekam Wulfhard Kowalczyk aus Posen."))
    }

    @Test func aNounOrAdjectiveBeforeALastNameIsNoFirstName() {
        #expect(!tagsAnything("Neue Nowak", in: "Es kam die Neue Nowak zur Wahl."))
        #expect(!tagsAnything("Regierung Nowak", in: "Die Regierung Nowak trat zurück."))
    }
}

@Suite("Another first name before a listed person's last name")
struct SurnameAliasRuleTests {
    @Test func anotherFirstNameMakesAnotherPerson() {
        #expect(finds("Markus Kafka", .person, in: "Am Abend las Markus Kafka aus seinem Roman."))
        #expect(!finds("Kafka", .person, in: "Am Abend las Markus Kafka aus seinem Roman."))
    }

    @Test func theOwnFirstNameOrNoneKeepsTheListedPerson() {
        #expect(finds("Franz Kafka", .person, in: "Am Abend las man aus Briefen von Franz Kafka."))
        #expect(finds("Kafka", .person, in: "Den Roman schrieb Kafka in Prag."))
    }

    @Test func aRoleBeforeAnotherFirstNameKeepsTheWholeName() {
        let text = "Die Schriftstellerin Marlene Kafka las aus ihrem Roman."
        #expect(finds("Marlene Kafka", .person, in: text))
        #expect(!finds("Kafka", .person, in: text))
        #expect(!finds("Marlene", .person, in: text))
        #expect(finds("Franz Kafka", .person, in: "Der Schriftsteller Franz Kafka lebte in Prag."))
    }
}

@Suite("Several first names and a particle before a listed person's last name")
struct SurnameAliasAfterParticleTests {
    @Test func theWholeNameIsOnePerson() {
        let text = "Die Schrift stammt von Johann Jakob Franz von Kafka aus Wien."
        #expect(finds("Johann Jakob Franz von Kafka", .person, in: text))
        #expect(!finds("Kafka", .person, in: text))
    }
}

@Suite("A middle initial before a last name a gazetteer lists as a place")
struct MiddleInitialTests {
    @Test func theLastNameAfterTheInitialBelongsToTheName() {
        let text = "Den Vertrag schloss Robert K. Hamburg für die Firma ab."
        #expect(finds("Robert K. Hamburg", .person, in: text))
        #expect(!finds("Hamburg", .place, in: text))
    }

    @Test func anInitialAtTheEndStillEndsTheName() {
        #expect(finds("Claudia B.", .person, in: "Gestern wurde Claudia B. in Hamburg befragt."))
    }
}

@Suite("A first name before a one-word organisation a gazetteer lists")
struct FirstNameBeforeOrganizationTests {
    @Test func theOrganizationIsTheLastName() {
        let text = "Den ersten Wagen entwarf Ferdinand Porsche in Stuttgart."
        #expect(finds("Ferdinand Porsche", .person, in: text))
        #expect(!finds("Porsche", .organization, in: text))
    }

    @Test func theOrganizationAloneStays() {
        #expect(finds("Porsche", .organization, in: "Der Gewinn von Porsche stieg im Jahr deutlich."))
    }
}

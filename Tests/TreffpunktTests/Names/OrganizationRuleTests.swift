import Testing
@testable import Treffpunkt

@Suite("Organisations by rule")
struct OrganizationRuleTests {
    @Test func legalForms() {
        #expect(finds("Wendler Maschinenbau GmbH", .organization, in: "Die Wendler Maschinenbau GmbH baut ab."))
        #expect(finds("Kessler AG", .organization, in: "Er arbeitet bei der Kessler AG in Ulm."))
        #expect(nameMentionsInOneSentence("Die Rabe GmbH & Co. KG zahlt.").contains {
            $0.text == "Rabe GmbH & Co. KG" && $0.type == .organization
        })
        #expect(finds("Freunde des Waldes e.V.", .organization, in: "Es lud der Freunde des Waldes e.V. ein.") == false)
    }

    @Test func englishNameEndingWords() {
        #expect(finds("Wexcombe Rovers", .organization, in: "Er spielte zwei Jahre für die Wexcombe Rovers."))
        #expect(finds("Lee Marbury Theatre", .organization, in: "Sie lernte am Lee Marbury Theatre in New York."))
        // German nouns after a place adjective are no name-ending words
        #expect(!tagsAnything("Münchner Hotel", in: "Das Gespräch fand in einem Münchner Hotel statt."))
        #expect(!tagsAnything("Hamburger Band", in: "Es spielte eine Hamburger Band."))
        // legal forms right after each other are one name
        #expect(nameMentionsInOneSentence("Gekauft hat die Quellmoor Pharmaceutical Industries Ltd. das Werk.").contains {
            $0.text.hasPrefix("Quellmoor Pharmaceutical Industries Ltd") && $0.type == .organization
        })
        // an acronym in parentheses takes the whole name, past a name-ending word
        #expect(finds("International Council on Trade and Development", .organization,
                      in: "Ein Bericht des International Council on Trade and Development (ICTD) erschien."))
    }

    @Test func nameEndingWordsTakeGazetteerPlaces() {
        #expect(finds("Wendland Herald", .organization, in: "Das berichtete der Wendland Herald gestern."))
        #expect(finds("Boston Chronicle", .organization, in: "Das berichtete der Boston Chronicle gestern."))
    }

    @Test func wordsThatAnAcronymAbbreviate() {
        let found = nameMentions("Der Landesverband mittelständischer Brauer (LmB) klagt. Der LmB fordert mehr.")
        #expect(found.map(\.text) == ["Landesverband mittelständischer Brauer", "LmB", "LmB"])
        #expect(Set(found.map(\.id)).count == 1)
        // letters the words do not give: no name
        #expect(!tagsAnything("Brauer", in: "Es klagten Brauer und Winzer (XQ) lange."))
    }

    @Test func headNouns() {
        #expect(finds("Universität Trellborg", .organization, in: "Sie lehrt an der Universität Trellborg."))
        #expect(finds("Institut für Angewandte Logistik", .organization,
                      in: "Laut dem Institut für Angewandte Logistik sinkt der Wert."))
        #expect(finds("Holzwerk", .organization, in: "Die Gewerkschaft Holzwerk ruft zum Streik."))
        #expect(finds("Technische Hochschule", .organization, in: "Die Technische Hochschule wächst."))
    }

    @Test func aCompoundHeadTakesAPlace() {
        #expect(finds("Realschule Tettenhausen", .organization, in: "Die Realschule Tettenhausen sammelt Spenden."))
        #expect(finds("Kraftwerk Lippendorf", .organization, in: "Sie arbeiten im Kraftwerk Lippendorf."))
    }

    @Test func twoNamesJoinedByAnAmpersand() {
        #expect(finds("Quellmoss & de Varnay", .organization,
                      in: "Die Kosten der Architekten Quellmoss & de Varnay steigen."))
        #expect(finds("Trellwind & Style", .organization, in: "Der Termin des Trellwind & Style ist im Dezember."))
        // common nouns joined by an ampersand are no firm
        #expect(!tagsAnything("Kunst & Kultur", in: "Die Seite für Kunst & Kultur ist neu."))
    }

    @Test func clubsWithTheirNumberOrASlash() {
        #expect(finds("SG 01 Quellheim", .organization, in: "Sie spielte bei der SG 01 Quellheim in der Jugend."))
        #expect(finds("SV Quellhausen 09", .organization, in: "Der SV Quellhausen 09 gewann klar."))
        #expect(finds("TSV Odenhausen/Lahn", .organization, in: "Sie spielen beim TSV Odenhausen/Lahn, der gewann."))
        // a year after a name with a head is no part of it
        #expect(finds("Universität Trellborg", .organization, in: "Die Universität Trellborg 2009 war klein."))
    }

    @Test func aGazetteerPlaceInTheGenitiveEndsTheName() {
        #expect(finds("Hochschule für Technik und Wirtschaft des Saarlandes", .organization,
                      in: "An der Hochschule für Technik und Wirtschaft des Saarlandes lehrt er."))
        #expect(!finds("Saarlandes", .place,
                       in: "An der Hochschule für Technik und Wirtschaft des Saarlandes lehrt er."))
    }

    @Test func adjectivesBeforeACompoundHeadInTheGenitive() {
        #expect(finds("Evangelischen Presseverbandes", .organization,
                      in: "Er übernahm die Leitung des Evangelischen Presseverbandes im Mai."))
        #expect(finds("Bayerischen Brauerverbandes", .organization, in: "Der Präsident des Bayerischen Brauerverbandes sprach."))
    }

    @Test func headAloneIsNoOrganization() {
        #expect(nameMentions("Die Universität wächst, die Gewerkschaft auch.").isEmpty)
    }

    @Test func descriptors() {
        #expect(finds("Kyodo", .organization, in: "Das meldete die Nachrichtenagentur Kyodo."))
        #expect(finds("Brenner Werkzeug AG", .organization, in: "Das Unternehmen Brenner Werkzeug AG wächst."))
        // a descriptor in the genitive, a name in quotation marks
        #expect(finds("Trellwald Boten", .organization, in: "Ein Bericht des Magazins „Trellwald Boten“ erschien."))
        #expect(finds("Quellbrunn", .organization, in: "Er gründete die Literaturzeitschrift „Quellbrunn“."))
        // no closing mark: no name
        #expect(!tagsAnything("Quellbrunn", in: "Er gründete die Literaturzeitschrift „Quellbrunn und mehr."))
    }

    @Test func aQuotedSourceOfAReport() {
        #expect(finds("Trellwälder Bote", .organization, in: "Dem „Trellwälder Bote“ zufolge kam er nicht."))
        #expect(finds("Quellblatt", .organization, in: "Das sei laut „Quellblatt“ beschlossen."))
        // quoted speech before a word of saying is no source
        #expect(!tagsAnything("Quellblatt", in: "„Quellblatt“ sagte er nur."))
    }

    @Test func aKnownOrganisationBeforeAnAcronym() {
        #expect(finds("Fraunhofer IQV", .organization, in: "Das ergab eine Studie des Fraunhofer IQV am Montag."))
        // a name after the acronym: no name of one of its parts
        #expect(!finds("Fraunhofer IQV", .organization, in: "Das ergab die Fraunhofer IQV Studie."))
    }

    @Test func acronymsTakeTheNamesAfterThem() {
        #expect(finds("TSG Kiel", .organization, in: "Es gewann der TSG Kiel klar."))
        // a place name by its ending, though it ends like a noun (-ingen, -hausen)
        #expect(finds("SK Quellingen", .organization, in: "Sie musste bei der SK Quellingen antreten."))
        // the ordinal belongs to the name, unless a sentence splitter cut the text after it
        let text = "Der 1. FC Wettersheim siegte."
        let expected = TestSupport.segment(text).sentences.count == 1 ? "1. FC Wettersheim" : "FC Wettersheim"
        #expect(finds(expected, .organization, in: text))
    }

    @Test func compounds() {
        #expect(finds("Bundesjustizministerium", .organization, in: "Das Bundesjustizministerium prüft das."))
    }

    @Test func acronyms() {
        #expect(finds("UEFA", .organization, in: "Die UEFA entschied anders."))
        #expect(!tagsAnything("DVD", in: "Die DVD erscheint im Mai."))
        // after a descriptor or a compound head it stands in apposition, a name of its own
        #expect(finds("QKB", .organization, in: "Die Pleite der Industriekreditbank QKB traf viele."))
        // figures, codes of law and software terms are no organisations
        #expect(!tagsAnything("EBIT", in: "Das EBIT stieg um drei Prozent."))
        #expect(!tagsAnything("SGB", in: "Das regelt § 55 SGB I."))
        #expect(!tagsAnything("III", in: "Er war Friedrich III aus dem Haus."))
    }

    @Test func acronymsThatAbbreviateANounOrEndALongerNameAreNoOrganizations() {
        #expect(!tagsAnything("TG", in: "Es kämpften die Tauchgeschwader (TG) im Norden."))
        #expect(!tagsAnything("QX", in: "Sie fuhr den neuen Wendler QX zur Probe."))
        #expect(!tagsAnything("Berufsschule und Büros", in: "Dort waren eine Berufsschule und Büros untergebracht."))
    }

    @Test func aCompoundPartIsNoOrganization() {
        #expect(!tagsAnything("UEFA", in: "Der UEFA-Schiedsrichter pfiff ab."))
    }
}

@Suite("Longer forms of gazetteer organisations")
struct LongerOrganizationTests {
    @Test func anOrdinalBeforeAClubIsPartOfItsName() {
        let mentions = nameMentions("Er wechselte zum 1. FC Nürnberg.")
        #expect(mentions.contains { $0.text == "1. FC Nürnberg" && $0.id == "organization/fc-nuernberg" })
        #expect(!mentions.contains { $0.text == "FC Nürnberg" })
    }

    @Test func aLegalFormAfterAKnownOrganisation() {
        let mentions = nameMentions("Die Bilfinger Berger Immobilien GmbH baut dort.")
        #expect(mentions.contains { $0.text == "Bilfinger Berger Immobilien GmbH" && $0.type == .organization })
    }
}

@Suite("Two-letter acronyms")
struct TwoLetterAcronymTests {
    @Test func twoLettersAloneAreNoOrganisation() {
        #expect(nameMentions("Die Anlage leistet 40 MW am Tag.").isEmpty)
        #expect(finds("QX Kiel", .organization, in: "Der Verein QX Kiel gewann."))
    }
}

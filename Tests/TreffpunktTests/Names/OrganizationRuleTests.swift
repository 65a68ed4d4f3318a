import Testing
@testable import Treffpunkt

@Suite("Organisations by rule")
struct OrganizationRuleTests {
    @Test func legalForms() {
        #expect(finds("Wendler Maschinenbau GmbH", .organization, in: "Die Wendler Maschinenbau GmbH baut ab."))
        #expect(finds("Kessler AG", .organization, in: "Er arbeitet bei der Kessler AG in Ulm."))
        #expect(finds("Rabe GmbH & Co. KG", .organization, in: "Die Rabe GmbH & Co. KG zahlt."))
        #expect(finds("Freunde des Waldes e.V.", .organization, in: "Es lud der Freunde des Waldes e.V. ein.") == false)
    }

    @Test func headNouns() {
        #expect(finds("Universität Trellborg", .organization, in: "Sie lehrt an der Universität Trellborg."))
        #expect(finds("Institut für Angewandte Logistik", .organization,
                      in: "Laut dem Institut für Angewandte Logistik sinkt der Wert."))
        #expect(finds("Verdi", .organization, in: "Die Gewerkschaft Verdi ruft zum Streik."))
        #expect(finds("Technische Hochschule", .organization, in: "Die Technische Hochschule wächst."))
    }

    @Test func headAloneIsNoOrganization() {
        #expect(nameMentions("Die Universität wächst, die Gewerkschaft auch.").isEmpty)
    }

    @Test func descriptors() {
        #expect(finds("Kyodo", .organization, in: "Das meldete die Nachrichtenagentur Kyodo."))
        #expect(finds("Brenner Werkzeug AG", .organization, in: "Das Unternehmen Brenner Werkzeug AG wächst."))
    }

    @Test func acronymsTakeTheNamesAfterThem() {
        #expect(finds("TSG Kiel", .organization, in: "Es gewann der TSG Kiel klar."))
        #expect(finds("1. FC Wettersheim", .organization, in: "Der 1. FC Wettersheim siegte."))
    }

    @Test func compounds() {
        #expect(finds("Bundesjustizministerium", .organization, in: "Das Bundesjustizministerium prüft das."))
    }

    @Test func acronyms() {
        #expect(finds("UEFA", .organization, in: "Die UEFA entschied anders."))
        #expect(!tagsAnything("DVD", in: "Die DVD erscheint im Mai."))
        #expect(!tagsAnything("III", in: "Er war Friedrich III aus dem Haus."))
    }

    @Test func aCompoundPartIsNoOrganization() {
        #expect(!tagsAnything("UEFA", in: "Der UEFA-Schiedsrichter pfiff ab."))
    }
}

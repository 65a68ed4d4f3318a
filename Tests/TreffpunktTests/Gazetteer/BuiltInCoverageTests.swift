import Testing
@testable import Treffpunkt

/// The built-in place and organisation files: imported towns with their filters, districts,
/// geography, venues, clubs and newspapers, over sentences written for these tests.
@Suite("Built-in place and organisation coverage") struct BuiltInCoverageTests {
    private func ids(_ text: String) -> Set<String> {
        Set(TestSupport.process(text).entities.map(\.id))
    }

    @Test func smallGermanTownsAreImported() {
        let found = ids("Die Kundgebung zog von Torgau über Mittweida bis nach Füssen.")
        #expect(found.isSuperset(of: ["place/torgau", "place/mittweida", "place/fuessen"]), "\(found)")
    }

    @Test func aTownNamedLikeAPoliticianIsNoPlace() {
        let found = ids("Norbert Röttgen sprach am Abend im Bundestag.")
        #expect(!found.contains("place/roettgen"), "\(found)")
    }

    @Test func aTownThatIsAGermanWordNeedsAPlaceCue() {
        #expect(!ids("Die Demonstranten warfen mit Steinen auf die Polizei.").contains("place/steinen"))
        #expect(ids("Der Bürgermeister von Steinen lud in das Rathaus in Steinen ein.").contains("place/steinen"))
    }

    @Test func districtsMatchWithTheirGenitive() {
        let found = ids("Der Landrat des Rhein-Sieg-Kreises traf die Bürgermeister des Landkreises Görlitz.")
        #expect(found.isSuperset(of: ["place/rhein-sieg-kreis", "place/landkreis-goerlitz"]), "\(found)")
    }

    @Test func riversLandscapesAndVenuesArePlaces() {
        let found = ids("Nach dem Spiel im Old Trafford fuhr die Mannschaft an die Saône und weiter in das Pustertal.")
        #expect(found.isSuperset(of: ["place/old-trafford", "place/saone", "place/pustertal"]), "\(found)")
    }

    @Test func electronicsAndCarmakersAreCompanies() {
        let found = ids("Nach Nintendo und Panasonic meldete auch Peugeot höhere Gewinne.")
        #expect(found.isSuperset(of: ["organization/nintendo", "organization/panasonic", "organization/peugeot"]),
                "\(found)")
    }

    @Test func sportsAndSwissBroadcastersAreMedia() {
        let found = ids("Wie der kicker und die SRG berichten, überträgt DAZN das Spiel.")
        #expect(found.isSuperset(of: ["organization/kicker", "organization/srg-ssr", "organization/dazn"]), "\(found)")
    }

    @Test func aPartyInTheDative() {
        #expect(ids("Die SPD lehnt ein Bündnis mit der Linken ab.").contains("organization/linke"))
    }

    @Test func sportsCompetitionsAreOrganisations() {
        let found = ids("Nach den Olympischen Spielen spielte sie im Finale der Champions League und bei den US Open.")
        #expect(found.isSuperset(of: ["organization/olympische-spiele", "organization/champions-league",
                                      "organization/us-open"]), "\(found)")
        #expect(ids("Die SV Elversberg stieg in die 2. Bundesliga auf.").contains("organization/sv-elversberg"))
        // a given name that also names the games is no competition
        #expect(!ids("Olympia wohnt in Kassel.").contains("organization/olympische-spiele"))
    }

    @Test func clubsAndRegionalNewspapersAreOrganisations() {
        let found = ids("Wie der Berliner Kurier berichtet, wechselt der Stürmer von Stoke City zu Tottenham Hotspur.")
        #expect(found.isSuperset(of: ["organization/berliner-kurier", "organization/stoke-city",
                                      "organization/tottenham-hotspur"]), "\(found)")
    }

    @Test func universitiesAndResearchInstitutesAreOrganisations() {
        let found = ids("Forscher der Universität Göttingen, der RWTH Aachen und des Potsdam-Instituts für Klimafolgenforschung stellten die Studie vor.")
        #expect(found.isSuperset(of: ["organization/uni-goettingen", "organization/rwth-aachen",
                                      "organization/pik"]), "\(found)")
    }

    @Test func iceHockeyClubsAreOrganisations() {
        let found = ids("Die Düsseldorfer EG verlor am Abend gegen die Straubing Tigers, der EV Zug gewann in Davos.")
        #expect(found.isSuperset(of: ["organization/duesseldorfer-eg", "organization/straubing-tigers",
                                      "organization/ev-zug"]), "\(found)")
    }
}

import Testing
@testable import Treffpunkt

@Suite("Places after a descriptor, and place pairs")
struct PlaceDescriptorRuleTests {
    @Test func aNameAfterAPlaceDescriptor() {
        #expect(finds("Wendelsried", .place, in: "Der Kanton Wendelsried stimmte zu."))
        #expect(finds("Oberquastorf", .place, in: "Der Bürgermeister des Landkreises Oberquastorf kam."))
        #expect(finds("Bad Quastorf", .place, in: "Die Gemeinde Bad Quastorf plant ein Freibad."))
        // the descriptor is not part of the name
        #expect(!tagsAnything("Kanton", in: "Der Kanton Wendelsried stimmte zu."))
    }

    @Test func aListAfterAPlaceDescriptor() {
        let text = "Zur Gemeinde gehören die Dörfer Quellmo, Harvikka, Bad Trellau und Ostmarna."
        for name in ["Quellmo", "Harvikka", "Bad Trellau", "Ostmarna"] {
            #expect(finds(name, .place, in: text), "\(name)")
        }
        // a list ends at a word that is no name of a place
        #expect(!tagsAnything("Umgebung", in: "Die Gemeinden Quellmo und Umgebung feiern."))
        #expect(finds("Quellmo", .place, in: "Die Gemeinden Quellmo und Umgebung feiern."))
    }

    @Test func aCommonNounAfterAPlaceDescriptorIsNoPlace() {
        #expect(!tagsAnything("Verwaltung", in: "Die Region Verwaltung blieb offen."))
        #expect(nameMentions("Die Stadt Zukunft wurde geplant.").isEmpty)
    }

    @Test func twoPlacesJoinedByASlash() {
        #expect(finds("München/Hamburg", .place, in: "Der Zug München/Hamburg fiel aus."))
        #expect(!finds("München", .place, in: "Der Zug München/Hamburg fiel aus."))
        // a place by its ending before the slash
        #expect(finds("Quellthal/Trellhain", .place, in: "Der Weg nach Mittweida und Quellthal/Trellhain ist gesperrt."))
        // spaces around the slash: two places
        #expect(finds("München", .place, in: "Der Zug München / Hamburg fiel aus."))
    }
}

@Suite("Roads by letter and number")
struct RoadRuleTests {
    @Test func aRoadLetterAndItsNumber() {
        #expect(finds("A 7", .place, in: "Auf der A 7 staute es sich."))
        #expect(finds("A1", .place, in: "Die A1 war gesperrt."))
        #expect(finds("B 27", .place, in: "Er fuhr über die B 27 nach Hause."))
    }

    @Test func aLetterWithoutANumberIsNoRoad() {
        #expect(nameMentions("Plan A war gescheitert.").isEmpty)
        #expect(!tagsAnything("C 5", in: "Das Feld C 5 blieb leer."))
    }
}

@Suite("Compound common nouns after a place preposition")
struct CompoundNounAfterPrepositionTests {
    @Test func areaAndEventCompoundsAreNoPlaces() {
        #expect(nameMentions("Die Art lebt im Nordseeraum und im Alpengebiet.").isEmpty)
        #expect(nameMentions("Der Streit begann nach Saisonende.").isEmpty)
    }

    @Test func timesOfDayAndBreaksAreNoPlaces() {
        #expect(nameMentions("Sie berieten bis nach Mitternacht.").isEmpty)
        #expect(nameMentions("Er kam erst nach Feierabend und nach Ladenschluss.").isEmpty)
        #expect(nameMentions("Die Gespräche gehen nach der Sommerpause weiter, nach Amtsantritt.").isEmpty)
    }
}

@Suite("Nominalised verbs and plurals with a place ending after an article")
struct PlaceEndingNounTests {
    @Test func aNominalisedVerbIsNoPlace() {
        #expect(!tagsAnything("Durchdringen", in: "Man verhinderte das Durchdringen der Nässe."))
        #expect(!tagsAnything("Dorfkirchen", in: "Im Kreis stehen die Dorfkirchen leer."))
    }

    @Test func aPlaceWithTheEndingStays() {
        #expect(finds("Wendlingen", .place, in: "Der Zug hielt gestern in Wendlingen."))
        #expect(finds("Wendlingen", .place, in: "Wendlingen baut eine neue Schule."))
    }
}

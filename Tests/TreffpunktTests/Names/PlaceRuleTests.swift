import Testing
@testable import Treffpunkt

@Suite("Places by rule")
struct PlaceRuleTests {
    @Test func afterPreposition() {
        #expect(finds("Modrava", .place, in: "Das Treffen fand in Modrava statt."))
        #expect(finds("Bad Kissingen", .place, in: "Sie zog nach Bad Kissingen um."))
    }

    @Test func commonNounsAfterPrepositionAreNoPlaces() {
        #expect(nameMentions("Das Gesetz tritt in Kraft.").isEmpty)
        #expect(nameMentions("Nach Angaben der Polizei fuhr er in Richtung Süden.").isEmpty)
        #expect(nameMentions("Er lebt in Freiheit und ging nach Hause.").isEmpty)
    }

    @Test func placeEndings() {
        #expect(finds("Kleinwaltersdorf", .place, in: "Kleinwaltersdorf hat ein neues Rathaus."))
        #expect(finds("Schwanitzstraße", .place, in: "Die Schwanitzstraße wird gesperrt."))
        #expect(!tagsAnything("Hauptstadt", in: "Die Hauptstadt wächst."))
        #expect(!tagsAnything("Geisterstadt", in: "Nach dem Krieg war der Ort eine Geisterstadt."))
        #expect(!tagsAnything("Vereinsheim", in: "Sie feierten im neuen Vereinsheim."))
    }

    @Test func prefixesAndHeads() {
        #expect(nameMentionsInOneSentence("Die St. Veitskapelle brannte.").contains {
            $0.text == "St. Veitskapelle" && $0.type == .place
        })
        #expect(finds("Lindauer Platz", .place, in: "Sie trafen sich am Lindauer Platz."))
        #expect(finds("Wernauer Straße 12", .place, in: "Das Büro liegt in der Wernauer Straße 12 im Zentrum."))
        #expect(finds("Bundesstraße 216", .place, in: "Die Bundesstraße 216 ist gesperrt."))
    }

    @Test func aHeadBeforeAGazetteerPlaceBelongsToTheName() {
        #expect(finds("Dreieck Hockenheim", .place, in: "Der Stau reicht bis zum Dreieck Hockenheim."))
        #expect(finds("Kreuz Walldorf", .place, in: "Am Kreuz Walldorf staut es sich."))
        // a head before a word no gazetteer knows as a place is no place name
        #expect(!tagsAnything("Kreuz", in: "Er stand lange vor dem Kreuz Christi."))
    }

    @Test func anAdjectiveThatBeginsAPlaceName() {
        #expect(finds("Große Quellberg", .place, in: "Im Süden liegt der Große Quellberg mit einem Turm."))
        #expect(finds("Hinteren Bayerischen Wald", .place, in: "Im höher gelegenen Hinteren Bayerischen Wald regnet es."))
        // at the start of a sentence every word is capitalised
        #expect(!finds("Große Quellberg", .place, in: "Große Quellberg-Touren sind beliebt."))
    }

    @Test func foreignPrefixesWithParticlesOrASecondPrefix() {
        #expect(finds("Lido di Quellmare", .place, in: "Sie badeten am Lido di Quellmare jeden Tag."))
        #expect(finds("Cerro San Trellado", .place, in: "Der Weg führt zum Cerro San Trellado hinauf."))
        #expect(finds("Pont de la Varnelle", .place, in: "Sie überquerten den Pont de la Varnelle zu Fuß."))
        // a German article or a conjunction after a prefix ends it
        #expect(!tagsAnything("Bad und Küche", in: "Er renovierte Bad und Küche."))
    }

    @Test func theFirstNameRuleWinsOverPlaceEndings() {
        #expect(finds("Karin Steinberg", .person, in: "Es sprach Karin Steinberg."))
    }
}

import Testing
@testable import Treffpunkt

@Suite struct GazetteerMatcherTests {
    @Test func longestLeftmost() {
        #expect(GazetteerFixture.names("Sergej Lawrow traf in Moskau den Außenminister.")
                == ["Sergej Lawrow → person/sergej-lawrow", "Moskau → place/moskau"])
        #expect(GazetteerFixture.names("Die Russische Föderation und Russland sind eins.")
                == ["Russische Föderation → place/russland", "Russland → place/russland"])
    }

    @Test func mentionsCarryTokensAndSentences() {
        let d = GazetteerFixture.match("Es regnet. Gestern sprach Sergej Lawrow.")
        #expect(d.mentions.count == 1)
        let m = d.mentions[0]
        #expect(m.sentence == 1)
        #expect(d.text(d.tokens[m.tokens.lowerBound].start, d.tokens[m.tokens.upperBound - 1].end) == "Sergej Lawrow")
        #expect(d.entities[m.entity].gender == .male)
    }

    @Test func acronymsMatchInTitleCase() {
        #expect(GazetteerFixture.names("Die NATO und die Nato sind gleich.")
                == ["NATO → organization/nato", "Nato → organization/nato"])
        #expect(GazetteerFixture.names("Das war nato-weit nicht üblich.").isEmpty)
    }

    @Test func firstLetterCaseMustAgree() {
        #expect(GazetteerFixture.names("Er sprach über die ukraine.").isEmpty)
        #expect(GazetteerFixture.names("Sie flog in die UKRAINE.") == ["UKRAINE → place/ukraine"])
    }

    @Test func exactCaseNames() {
        #expect(GazetteerFixture.names("Das Gespräch war kurz.").isEmpty)
        #expect(GazetteerFixture.names("Kurz nach dem Treffen reiste er ab.").isEmpty)
        #expect(GazetteerFixture.names("Das sagte KURZ im Interview.").isEmpty)
        #expect(GazetteerFixture.names("Danach sprach Kurz mit der Presse.") == ["Kurz → person/sebastian-kurz"])
        #expect(GazetteerFixture.names("Sebastian Kurz reiste nach Moskau.")
                == ["Sebastian Kurz → person/sebastian-kurz", "Moskau → place/moskau"])
    }

    @Test func exactCaseComparesTheTextNotItsBytes() {
        // The Kelvin sign is canonically the letter K: the same text in other bytes.
        #expect(GazetteerFixture.names("Danach sprach \u{212A}urz mit der Presse.") == ["\u{212A}urz → person/sebastian-kurz"])
        #expect(GazetteerFixture.names("Danach sprach kURZ mit der Presse.").isEmpty)
    }

    @Test func lowercaseNameParts() {
        #expect(GazetteerFixture.names("Gestern empfing Van der Bellen die Gäste.")
                == ["Van der Bellen → person/alexander-van-der-bellen"])
        #expect(GazetteerFixture.names("Gestern empfing Van Der Bellen die Gäste.").isEmpty)
    }

    @Test func genitive() {
        #expect(GazetteerFixture.names("Lawrows Vorschlag kam spät.") == ["Lawrows → person/sergej-lawrow"])
        #expect(GazetteerFixture.names("Ein Sprecher des Kremls widersprach.") == ["Kremls → organization/kreml"])
        #expect(GazetteerFixture.names("Die Lage des Donbass' ist ernst.") == ["Donbass → place/donbass"])
        #expect(GazetteerFixture.names("Die Rolle Russlands wächst.") == ["Russlands → place/russland"])
    }

    @Test func adjectivesAndDemonymsAreDerivedMentions() {
        #expect(GazetteerFixture.names("Die russischen Beamten kamen mit Minsker Kollegen.").isEmpty)
        #expect(GazetteerFixture.derived("Die russischen Beamten kamen mit Minsker Kollegen, auch Russen.")
                == ["russischen → place/russland (adjective)", "Minsker → place/minsk (adjective)",
                    "Russen → place/russland (demonym)"])
        #expect(GazetteerFixture.derived("Russisches Gas fließt weiter.") == ["Russisches → place/russland (adjective)"])
    }

    @Test func hyphenatedCompoundsMatchTheirParts() {
        #expect(GazetteerFixture.derived("Die NATO-Osterweiterung und der Ukraine-Konflikt beschäftigen die US-Außenministerin.")
                == ["NATO → organization/nato (compoundPart)", "Ukraine → place/ukraine (compoundPart)",
                    "US → place/usa (compoundPart)"])
        #expect(GazetteerFixture.names("Die NATO-Osterweiterung beschäftigt die NATO.") == ["NATO → organization/nato"])
        #expect(GazetteerFixture.derived("Es sprachen EU- und NATO-Vertreter.") == ["NATO → organization/nato (compoundPart)"])
    }

    @Test func transliterationVariants() {
        #expect(GazetteerFixture.names("Sergey Ryabkov traf Sergej Rjabkov.")
                == ["Sergey Ryabkov → person/sergej-rjabkow", "Sergej Rjabkov → person/sergej-rjabkow"])
        #expect(GazetteerFixture.names("Sergey Lavrov sprach.") == ["Sergey Lavrov → person/sergej-lawrow"])
    }

    @Test func oneTypoInLongNames() {
        #expect(GazetteerFixture.names("Präsident Selenskij sprach in Kiew.") == ["Selenskij → person/wolodymyr-selenskyj"])
        #expect(GazetteerFixture.names("Präsident Selenskyjs Rede.") == ["Selenskyjs → person/wolodymyr-selenskyj"])
        // Short names never match with a typo.
        #expect(GazetteerFixture.names("Er flog nach Moskow.").isEmpty)
    }

    @Test func ambiguousNamesPreferEntitiesMentionedBefore() {
        let d = GazetteerFixture.match("Georgien liegt im Kaukasus. Georgia ist klein.")
        #expect(d.mentions.map { d.entities[$0.entity].id } == ["place/georgien", "place/georgien"])
        #expect(d.warnings.count == 1)
        #expect(d.warnings.first?.contains("ambiguous name \"Georgia\"") == true)
        let first = GazetteerFixture.match("Georgia ist klein.")
        #expect(first.mentions.map { first.entities[$0.entity].id } == ["place/georgia"])
        #expect(first.warnings.first?.contains("chose place/georgia (its name, the others' alias)") == true)
    }

    @Test func cueWordsResolveNamesOfSeveralEntries() {
        let person = GazetteerFixture.match("Bolton sagte am Montag, er sei zufrieden.")
        #expect(person.mentions.map { person.entities[$0.entity].id } == ["person/john-bolton"])
        #expect(person.warnings.first?.contains("a cue word announces a person") == true)
        let place = GazetteerFixture.match("Der Regen fiel in Bolton.")
        #expect(place.mentions.map { place.entities[$0.entity].id } == ["place/bolton"])
    }

    @Test func commonWordsNeedACueOrAnEarlierMention() {
        #expect(GazetteerFixture.names("Das Essen war gut.").isEmpty)
        #expect(GazetteerFixture.names("Der Gipfel fand in Essen statt.") == ["Essen → place/essen"])
        #expect(GazetteerFixture.names("Die Essener Polizei kam. Essen bleibt ruhig.") == ["Essen → place/essen"])
    }

    @Test func mentionsStayInsideTheirSentence() {
        var d = TestSupport.segment("Am Mittwoch traf J. D. Vance den Kanzler.")
        // Split after "D." as a splitter might: the name may not cross the boundary.
        let cut = d.tokens.firstIndex { d.text(of: $0) == "Vance" }!
        d.sentences = [Sentence(start: 0, end: d.tokens[cut].start - 1, tokens: 0..<cut),
                       Sentence(start: d.tokens[cut].start, end: d.scalars.count, tokens: cut..<d.tokens.count)]
        GazetteerFixture.politicsMatcher.annotate(&d)
        #expect(d.mentions.map { d.text($0.start, $0.end) } == ["Vance"])
        #expect(d.mentions.map(\.sentence) == [1])
    }

    @Test func lowercaseLastPartTakesTheGenitive() {
        #expect(GazetteerFixture.names("Die Rede Ban Ki-moons war lang.") == ["Ban Ki-moons → person/ban-ki-moon"])
        #expect(GazetteerFixture.names("Die Rede Sergej Lawrows war lang.") == ["Sergej Lawrows → person/sergej-lawrow"])
    }

    @Test func spacyLowerPatternsMatchAnyCase() throws {
        let g = try GazetteerFixture.compile("""
        {"label": "PER", "pattern": [{"LOWER": "donfried"}], "id": "donfried"}
        {"label": "ORG", "pattern": "Gazprom"}
        """, path: "patterns.jsonl")
        let m = GazetteerMatcher(gazetteer: g)
        #expect(GazetteerFixture.names("Gestern sprach DONFRIED mit donfried.", with: m)
                == ["DONFRIED → person/donfried", "donfried → person/donfried"])
        #expect(GazetteerFixture.names("Die Gazprom und die gazprom.", with: m) == ["Gazprom → organization/gazprom"])
    }
}

import Testing
@testable import Treffpunkt

@Suite("Tokenizer")
struct TokenizerTests {
    typealias T = TextTestSupport

    @Test("words and punctuation are split off")
    func wordsAndPunctuation() {
        #expect(T.tokens("Die Kanzlerin kam, sah und siegte.") == ["Die", "Kanzlerin", "kam", ",", "sah", "und", "siegte", "."])
    }

    @Test("an ordinal keeps its period before a month or after an article")
    func ordinals() {
        #expect(T.kinds("Sie trafen sich am 15. Dezember in Paris.").contains("15./ordinal"))
        #expect(T.kinds("Der 2. Weltkrieg endete 1945.").contains("2./ordinal"))
        #expect(T.kinds("Bis zum 3., 4. und 5. Mai tagt der Rat.").contains("3./ordinal"))
        #expect(T.kinds("Im 19. Jahrhundert wuchs die Stadt.").contains("19./ordinal"))
    }

    @Test("an ordinal keeps its period across one line end, not across a blank line")
    func ordinalsAcrossLineEnds() {
        #expect(T.kinds("Der Vertrag gilt ab dem 1.\nJanuar 2017.").contains("1./ordinal"))
        #expect(T.kinds("Der Vertrag gilt ab dem 1.\r\nJanuar 2017.").contains("1./ordinal"))
        #expect(T.tokens("Das Werk schloss im Jahr 1997.\nDie Arbeiter zogen weg.").contains("1997"))
        #expect(T.tokens("Der Vertrag gilt ab dem 1.\n\nJanuar ist Winter.").contains("1"))
    }

    @Test("a number before a sentence end keeps its period apart")
    func numberAtSentenceEnd() {
        #expect(T.tokens("Das Werk schloss im Jahr 1997. Die Arbeiter zogen weg.") ==
                ["Das", "Werk", "schloss", "im", "Jahr", "1997", ".", "Die", "Arbeiter", "zogen", "weg", "."])
        #expect(T.tokens("Die Zahl der Toten stieg auf 15. Experten rechnen mit mehr.").contains("15"))
    }

    @Test("numbers with separators are one token")
    func numbers() {
        #expect(T.kinds("Es kostet 2,5 Millionen und 320.000 Euro.").contains("2,5/number"))
        #expect(T.kinds("Es kostet 2,5 Millionen und 320.000 Euro.").contains("320.000/number"))
        #expect(T.tokens("Von 2013-2014 stieg der Preis.").contains("2013-2014"))
    }

    @Test("listed abbreviations keep their period")
    func listedAbbreviations() {
        let kinds = T.kinds("Prof. Dr. Müller kam bzw. rief an, z.B. am Abend, u.a. mit Gästen.")
        for abbreviation in ["Prof.", "Dr.", "bzw.", "z.B.", "u.a."] {
            #expect(kinds.contains("\(abbreviation)/abbreviation"), "\(abbreviation)")
        }
        #expect(T.tokens("Es gibt z. B. Tee.") == ["Es", "gibt", "z.", "B.", "Tee", "."])
    }

    @Test("unlisted abbreviations are recognised by shape")
    func abbreviationShapes() {
        // Initials, short parts joined by periods, short words without vowels.
        #expect(T.kinds("J. F. Kennedy sprach.").prefix(2) == ["J./abbreviation", "F./abbreviation"])
        #expect(T.kinds("Er erwarb den M.Sc. in Bonn.").contains("M.Sc./abbreviation"))
        #expect(T.kinds("Sie zahlten 3 Trd. Dollar.").contains("Trd./abbreviation"))
    }

    @Test("the abbreviation list is data a user can extend")
    func abbreviationData() throws {
        let rules = TokenizerRules(abbreviations: ["Wahlkr."])
        let tokenizer = try Tokenizer(rules: rules)
        var document = Document(id: "t", text: "Er siegte im Wahlkr. Nord.")
        tokenizer.annotate(&document)
        #expect(document.tokens.map { document.text(of: $0) }.contains("Wahlkr."))
    }

    @Test("hyphenated compounds are one token with addressable parts")
    func compounds() {
        let document = TestSupport.segment("Die US-Außenministerin lobte das Treffen im Normandie-Formats.")
        let texts = document.tokens.map { document.text(of: $0) }
        #expect(texts.contains("US-Außenministerin"))
        #expect(texts.contains("Normandie-Formats"))
        let compound = document.tokens[1]
        #expect(document.parts(of: compound).map { document.text(of: $0) } == ["US", "Außenministerin"])
        #expect(document.pieces(of: compound).map(\.isSeparator) == [false, true, false])
        #expect(T.tokens("Der Spa-/Wellness-Bereich ist neu.").contains("Spa-/Wellness-Bereich"))
        #expect(T.tokens("Ein- und Ausgang sind frei.").first == "Ein-")
    }

    @Test("contractions and elisions are single tokens")
    func contractions() {
        #expect(T.tokens("Er ging zum Rathaus und im Park.") == ["Er", "ging", "zum", "Rathaus", "und", "im", "Park", "."])
        #expect(T.tokens("Ich fand 's gut.") == ["Ich", "fand", "'s", "gut", "."])
        #expect(T.tokens("Das war Thomas' Idee.").contains("Thomas'"))
    }

    @Test("quotes of every style are tokens of their own")
    func quotes() {
        #expect(T.tokens("Er sagte: „Wir kommen.“") == ["Er", "sagte", ":", "„", "Wir", "kommen", ".", "“"])
        #expect(T.tokens("»Nein«, rief sie.") == ["»", "Nein", "«", ",", "rief", "sie", "."])
        #expect(T.tokens("Sie nannte es “gut”.") == ["Sie", "nannte", "es", "“", "gut", "”", "."])
        #expect(T.tokens("Das ``Bündnis'' hält.") == ["Das", "``", "Bündnis", "''", "hält", "."])
    }

    @Test("ellipses, repeated marks and emoticons stay together")
    func runsAndEmoticons() {
        #expect(T.tokens("Na ja... mal sehen.") == ["Na", "ja", "...", "mal", "sehen", "."])
        #expect(T.kinds("Super Service :-) wirklich.").contains(":-)/symbol"))
        #expect(T.tokens("Toll ;-)") == ["Toll", ";-)"])
    }

    @Test("URLs and e-mail addresses are one token")
    func urlsAndEmail() {
        let kinds = T.kinds("Siehe https://www.bundestag.de/presse?id=5 und www.zeit.de, oder schreibe an presse@example.org.")
        #expect(kinds.contains("https://www.bundestag.de/presse?id=5/url"))
        #expect(kinds.contains("www.zeit.de/url"))
        #expect(kinds.contains("presse@example.org/email"))
        #expect(kinds.last == "./punctuation")
        #expect(T.kinds("Mehr auf tagesschau.de heute.").contains("tagesschau.de/url"))
    }

    @Test("HTML remnants are markup")
    func markup() {
        let kinds = T.kinds("Der Gipfel endete.< /p><br/>Die Minister&nbsp;reisten ab.")
        #expect(kinds.contains("< /p>/markup"))
        #expect(kinds.contains("<br/>/markup"))
        #expect(kinds.contains("&nbsp;/markup"))
        #expect(T.kinds("Wenn a < b gilt").contains("</symbol"))
    }

    @Test("a sentence end without its space is split")
    func missingSpace() {
        #expect(T.tokens("Das war das Ende.Der Rest folgt.") == ["Das", "war", "das", "Ende", ".", "Der", "Rest", "folgt", "."])
    }

    @Test("Roman numerals after a name are ordinals")
    func romanNumerals() {
        #expect(T.kinds("Ludwig XIV. regierte lange.").contains("XIV./ordinal"))
    }
}

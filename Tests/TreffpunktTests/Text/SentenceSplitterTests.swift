import Testing
@testable import Treffpunkt

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    typealias T = TextTestSupport

    @Test("sentences end at final marks before a capital")
    func finalMarks() {
        #expect(T.sentences("Scholz reiste ab. Macron blieb! Kommt Biden? Niemand weiß es.") ==
                ["Scholz reiste ab.", "Macron blieb!", "Kommt Biden?", "Niemand weiß es."])
    }

    @Test("no break after ordinals, abbreviations, initials or numbers")
    func noBreaks() {
        #expect(T.sentences("Am 15. Dezember traf Dr. Schmidt in Berlin J. F. Müller.").count == 1)
        #expect(T.sentences("Er kam ca. 20 Min. später, d.h. nach dem 3. Gang.").count == 1)
        #expect(T.sentences("Der Umsatz stieg um 2.5 Prozent auf 3,7 Mrd. Euro.").count == 1)
    }

    @Test("a number and a period before a sentence start end the sentence")
    func numberEnd() {
        #expect(T.sentences("Die Fabrik schloss im April 1997. Die Arbeiter gingen.") ==
                ["Die Fabrik schloss im April 1997.", "Die Arbeiter gingen."])
    }

    @Test("abbreviations marked final end a sentence before a capital")
    func finalAbbreviations() {
        #expect(T.sentences("Es gab Brot, Käse usw. Danach gingen alle.").count == 2)
        #expect(T.sentences("Das geschah um 49 v. Chr. Danach kam Augustus.").count == 2)
        #expect(T.sentences("Das geschah um 49 v. Chr. in Rom.").count == 1)
    }

    @Test("closing quotes and brackets stay with their sentence")
    func quotesAndBrackets() {
        #expect(T.sentences("Er sagte: „Wir kommen.“ Dann ging er.") == ["Er sagte: „Wir kommen.“", "Dann ging er."])
        #expect(T.sentences("„Kommst du?“, fragte sie.").count == 1)
        #expect(T.sentences("(Das war neu.) Danach kam mehr.") == ["(Das war neu.)", "Danach kam mehr."])
        #expect(T.sentences("Er rief: »Halt!« und lief.").count == 1)
    }

    @Test("paragraph breaks and headlines end sentences")
    func paragraphsAndHeadlines() {
        #expect(T.sentences("Merkel trifft Macron\nDie Kanzlerin reiste am Montag nach Paris.") ==
                ["Merkel trifft Macron", "Die Kanzlerin reiste am Montag nach Paris."])
        #expect(T.sentences("Erster Absatz ohne Punkt\n\nzweiter Absatz.") == ["Erster Absatz ohne Punkt", "zweiter Absatz."])
        // A line that ends in a comma continues on the next line.
        #expect(T.sentences("Die Minister, die Gäste,\nDie Presse kamen.").count == 1)
        #expect(T.sentences("Die Rede ging weiter\nund weiter.").count == 1)
        // A line that ends in an article or preposition is hard-wrapped text, not a headline.
        #expect(T.sentences("Die Kanzlerin traf sich am Montag mit dem\nPräsidenten in Paris.").count == 1)
    }

    @Test("boilerplate lines stand alone")
    func boilerplate() {
        #expect(T.sentences("Der Gipfel endete am Abend.\nLeave a Reply\nyour name here") ==
                ["Der Gipfel endete am Abend.", "Leave a Reply", "your name here"])
    }

    @Test("a capitalised pronoun after a word without punctuation starts a sentence")
    func sentenceStarters() {
        #expect(T.sentences("Alles war ein wenig teuer Wir kommen trotzdem wieder.") ==
                ["Alles war ein wenig teuer", "Wir kommen trotzdem wieder."])
    }

    @Test("an ellipsis with a space before it is a pause, not an end")
    func ellipsis() {
        #expect(T.sentences("Mehr Menschen nehmen Kredite auf … Während die Zinsen steigen.").count == 1)
        #expect(T.sentences("Wir warteten... Dann kam der Bus.").count == 2)
    }

    @Test("an emoticon ends a sentence before a capital")
    func emoticons() {
        #expect(T.sentences("Kann ich nur empfehlen ;-) So war es.") == ["Kann ich nur empfehlen ;-)", "So war es."])
        #expect(T.sentences("Danke! :-) Bis bald.") == ["Danke! :-)", "Bis bald."])
    }

    @Test("every token lies in exactly one sentence, in order")
    func coverage() {
        let document = TestSupport.segment("Erster Satz. Zweiter Satz!\n\nDritter\nVierter Satz? Ende")
        var next = 0
        for sentence in document.sentences {
            #expect(sentence.tokens.lowerBound == next)
            #expect(sentence.start == document.tokens[sentence.tokens.lowerBound].start)
            #expect(sentence.end == document.tokens[sentence.tokens.upperBound - 1].end)
            next = sentence.tokens.upperBound
        }
        #expect(next == document.tokens.count)
    }
}

import Foundation
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

    @Test("a listed word after a semicolon starts a sentence; a noun does not")
    func semicolon() {
        #expect(T.sentences("Es dauert länger, als wir dachten; Die Versuche zeigen das deutlich.") ==
                ["Es dauert länger, als wir dachten;", "Die Versuche zeigen das deutlich."])
        #expect(T.sentences("Ich wohne in der Stadt; Kollegen wohnen auf dem Land.").count == 1)
        #expect(T.sentences("Die Lage war ernst; die Minister berieten lange.").count == 1)
    }

    @Test("a listed word after a colon that ends a long clause starts a sentence")
    func colon() {
        #expect(T.sentences("Der Minister äußerte sich über das Ergebnis zufrieden: Die Länder sparen viel Geld.") ==
                ["Der Minister äußerte sich über das Ergebnis zufrieden:", "Die Länder sparen viel Geld."])
        // A short lead-in belongs to what follows.
        #expect(T.sentences("Negativ ist: Das Zimmer ist laut.").count == 1)
        // Quotations, nouns and words that open lists stay in the sentence.
        #expect(T.sentences("Der Minister sagte am Montag in Berlin: „Die Länder sparen.“").count == 1)
        #expect(T.sentences("Der Minister nannte am Montag drei Ziele: Renten, Pflege und Bildung.").count == 1)
        #expect(T.sentences("Der Minister nannte am Montag drei Ziele: Eine Reform der Renten und mehr Geld.").count == 1)
    }

    @Test("a listed word after a closing quotation mark starts a sentence")
    func afterQuotation() {
        #expect(T.sentences("Das Schild sagt \"Öffentlicher Betrieb\" Ihr findet es an der Ecke.") ==
                ["Das Schild sagt \"Öffentlicher Betrieb\"", "Ihr findet es an der Ecke."])
        #expect(T.sentences("Das Schild sagt \"Öffentlicher Betrieb\" und meint die Stadt.").count == 1)
        #expect(T.sentences("Sie sahen „Tatort“ Folgen am Abend.").count == 1)
    }

    @Test("an attached ellipsis before a lower-case word ends a sentence unless a conjunction follows")
    func ellipsisBeforeLowerCase() {
        #expect(T.sentences("Ich war über das Hotel erstaunt... tolle Mitarbeiter gibt es dort.") ==
                ["Ich war über das Hotel erstaunt...", "tolle Mitarbeiter gibt es dort."])
        #expect(T.sentences("Ich hatte mich gefreut... aber ich hätte es wissen müssen.").count == 1)
        #expect(T.sentences("Mehr Menschen nehmen Kredite auf … während die Zinsen steigen.").count == 1)
    }

    @Test("an article used as a pronoun starts a sentence; one that opens a title does not")
    func pronounArticles() {
        #expect(T.sentences("Die Messungen wurden vor der Küste durchgeführt Das wird neue Erkenntnisse bringen.") ==
                ["Die Messungen wurden vor der Küste durchgeführt", "Das wird neue Erkenntnisse bringen."])
        #expect(T.sentences("Das berichtete Die Welt am Sonntag.").count == 1)
        #expect(T.sentences("Er sprach mit der Partei Die Linke über das Gesetz.").count == 1)
        #expect(T.sentences("Sie stimmten für Das ist Berlin als Titel.").count == 1)
    }

    @Test("a shouted headline ends before a capitalised word in normal case")
    func shoutedHeadline() {
        #expect(T.sentences("WIR FORDERN MEHR RUHE Die Gaststätte ist jeden Abend laut.") ==
                ["WIR FORDERN MEHR RUHE", "Die Gaststätte ist jeden Abend laut."])
        #expect(T.sentences("Die Vertreter von SPD und CDU Politiker trafen sich.").count == 1)
        #expect(T.sentences("Der Sender ARD ZDF Mediathek zeigt es.").count == 1)
    }

    @Test("a bracket after a colon with spaces around it is an emoticon")
    func spacedEmoticon() {
        #expect(T.sentences("Es lagen überall Scherben: ( Die Gruppe ging trotzdem weiter.") ==
                ["Es lagen überall Scherben: (", "Die Gruppe ging trotzdem weiter."])
        #expect(T.sentences("Zutaten: ( Mehl, Eier und Milch ) Dazu kommt Salz.").count == 1)
        #expect(T.sentences("Das Menü: (Suppe und Hauptgang) Die Preise sind gut.").count == 1)
    }

    @Test("hard-wrapped text goes on at full lines and ends at short lines")
    func hardWrapped() {
        let text = """
            Gipfel in Paris
            Die Bundeskanzlerin ist am Montag in Paris mit dem französischen
            Präsidenten zusammengetroffen, um über die Lage in der Ukraine und die
            Sicherheit Europas zu sprechen. Beide Politiker betonten nach dem
            Treffen im Élysée-Palast ihre Einigkeit und die Freundschaft beider
            Länder. Am Abend reisten die Delegationen nach einem gemeinsamen Essen
            zurück in ihre Hauptstädte.
            Reaktionen aus Berlin
            Die Opposition begrüßte das Treffen.
            """
        #expect(T.sentences(text).map { $0.replacingOccurrences(of: "\n", with: " ") } == [
            "Gipfel in Paris",
            "Die Bundeskanzlerin ist am Montag in Paris mit dem französischen Präsidenten zusammengetroffen, um über die Lage in der Ukraine und die Sicherheit Europas zu sprechen.",
            "Beide Politiker betonten nach dem Treffen im Élysée-Palast ihre Einigkeit und die Freundschaft beider Länder.",
            "Am Abend reisten die Delegationen nach einem gemeinsamen Essen zurück in ihre Hauptstädte.",
            "Reaktionen aus Berlin",
            "Die Opposition begrüßte das Treffen.",
        ])
        // An ordinal at a line end goes on with its word.
        #expect(T.sentences("Der Vertrag gilt ab dem 1.\nJanuar 2017 für alle Länder.").count == 1)
        // Lines of a list are no wrapped text: each ends a headline.
        #expect(T.sentences("Politik\nMerkel trifft Macron in Paris\nWirtschaft\nDer Dax steigt").count == 4)
        // Without wrapped lines around it, a line that ends in a noun is a headline.
        #expect(T.sentences("Macron empfängt den Gast aus Berlin mit militärischen Ehren im Élysée-Palast\nDie Kanzlerin reiste am Montag an.").count == 2)
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

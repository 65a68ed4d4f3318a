import Testing
@testable import Treffpunkt

/// The spellings of values and the word forms of the tense cues, each computed on a fast path and a
/// general one that must agree.
@Suite struct TimeWordFormTests {
    @Test func datesWeeksAndMonthsAreSpeltWithZeros() throws {
        let day = try #require(CalendarDate(year: 2021, month: 3, day: 5))
        #expect(day.description == "2021-03-05")
        #expect(day.monthValue == "2021-03")
        #expect(day.weekValue == "2021-W09")
        #expect(try #require(CalendarDate(year: 987, month: 12, day: 31)).description == "0987-12-31")
        #expect(try #require(CalendarDate(year: 12021, month: 1, day: 1)).description == "12021-01-01")
        #expect(CalendarDate.pad(7, 2) == "07")
        #expect(CalendarDate.pad(123, 2) == "123")
        #expect(CalendarDate.pad(20_000, 4) == "20000")
    }

    @Test func wordFormsOnCodePointsAgreeWithCharacters() throws {
        let lexicon = TestSupport.pipeline.timeTagger.lexicon
        let scalarAffixes = try #require(lexicon.scalarAffixes, "the affixes of tense.tsv are plain letters")
        let words = ["getroffen", "zusammengekommen", "angekündigt", "sagte", "erklärten", "stimmen", "reist",
                     "haus", "ge", "abgestimmt", "straße", "über", "geht"]
        for word in words {
            let byScalars = scalarAffixes.shape(of: word.unicodeScalars.map(\.value)[...])
            let byCharacters = lexicon.characterAffixes.shape(of: Array(word)[...])
            #expect(byScalars == byCharacters, "\(word)")
        }
        #expect(scalarAffixes.shape(of: "getroffen".unicodeScalars.map(\.value)[...]).contains(.participle))
        #expect(scalarAffixes.shape(of: "zusammengekommen".unicodeScalars.map(\.value)[...]).contains(.participle))
        #expect(scalarAffixes.shape(of: "sagte".unicodeScalars.map(\.value)[...]).contains(.pastForm))
        #expect(scalarAffixes.shape(of: "stimmen".unicodeScalars.map(\.value)[...]).contains(.finiteForm))
        #expect(scalarAffixes.shape(of: "haus".unicodeScalars.map(\.value)[...]).isEmpty)
    }

    @Test func aParticipleBeyondLatinLettersIsStillAPastCue() {
        // The only cue is the participle; with a Cyrillic "о" it is read on its characters.
        for participle in ["getroffen", "getrоffen"] {
            let document = TestSupport.process("Am Montag die Delegation \(participle).", date: "2021-12-17")
            #expect(document.times.map(\.value) == ["2021-12-13"], "\(participle)")
        }
        let present = TestSupport.process("Am Montag die Delegation treffen.", date: "2021-12-17")
        #expect(present.times.map(\.value) == ["2021-12-20"])
    }
}

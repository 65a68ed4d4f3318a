import Foundation
import Testing
import Treffpunkt

@Suite struct TimeTaggerTests {
    static func tag(_ document: inout Document) {
        TestSupport.pipeline.timeTagger.annotate(&document)
    }

    @Test func seedArticleDateWithAndWithoutPublicationDate() throws {
        let text = String(decoding: FileBytes.read(TestSupport.dataDirectory + "/../Docs/examples/donfried-moskau.txt") ?? [], as: UTF8.self)
        try #require(!text.isEmpty)
        let dated = TestSupport.segment(text)
        var withDate = Document(id: "seed", scalars: dated.scalars, date: CalendarDate(iso: "2021-12-17"))
        withDate.tokens = dated.tokens
        withDate.sentences = dated.sentences
        var withoutDate = withDate
        withoutDate.date = nil
        Self.tag(&withDate)
        Self.tag(&withoutDate)
        let first = try #require(withDate.times.first)
        #expect(withDate.text(of: TextSpan(first.start, first.end)) == "Am Mittwoch, dem 15. Dezember")
        #expect(first.value == "2021-12-15")
        #expect(first.note == nil)
        let open = try #require(withoutDate.times.first)
        #expect(open.value == "2021-12-15")
        #expect(open.note?.contains("weekday") == true)
    }

    @Test func expressionKnowsItsSentenceAndTokens() {
        var document = TestSupport.segment("Der Rat tagte lange. Am Mittwoch, dem 15. Dezember, traf sich die Runde erneut.")
        document.date = CalendarDate(iso: "2021-12-17")
        Self.tag(&document)
        #expect(document.times.count == 1)
        guard let t = document.times.first else { return }
        #expect(t.sentence == document.sentence(containingToken: t.tokens.lowerBound))
        #expect(document.text(of: document.tokens[t.tokens.lowerBound]) == "Am")
        #expect(document.tokens[t.tokens.upperBound - 1].end == t.end)
    }

    /// The tokenizer may give `15.` as one ordinal token and `3.3.22` as one number token, or cut
    /// them finer; the values must not depend on it.
    @Test func sameValuesWhicheverWayNumbersAreTokenized() {
        let text = "Am 15. Dezember und am 3.3.22 trafen sie sich."
        let coarse = ["Am", "15.", "Dezember", "und", "am", "3.3.22", "trafen", "sie", "sich", "."]
        let fine = ["Am", "15", ".", "Dezember", "und", "am", "3", ".", "3", ".", "22", "trafen", "sie", "sich", "."]
        for cut in [coarse, fine] {
            var document = Self.document(text, cutInto: cut, date: "2021-12-17")
            Self.tag(&document)
            #expect(document.times.map(\.value) == ["2021-12-15", "2022-03-03"], "\(cut)")
        }
    }

    /// A one-sentence document cut into the given token texts, in order.
    static func document(_ text: String, cutInto pieces: [String], date: String) -> Document {
        var document = Document(id: "t", text: text, date: CalendarDate(iso: date))
        let scalars = document.scalars
        var at = 0
        for piece in pieces {
            let p = Array(piece.unicodeScalars)
            while Array(scalars[at..<at + p.count]) != p { at += 1 }
            let kind: Token.Kind = p.first!.properties.numericType != nil ? (p.last == "." ? .ordinal : .number)
                : p.first!.properties.isAlphabetic ? .word : .punctuation
            document.tokens.append(Token(start: at, end: at + p.count, kind: kind))
            at += p.count
        }
        document.sentences = [Sentence(start: 0, end: scalars.count, tokens: 0..<document.tokens.count)]
        return document
    }

    @Test func tagsDaraufCountsFromTheLastDayMentioned() {
        let d = TestSupport.process("Am 3. März 2022 landete sie in Kiew. Am Abend traf sie den Präsidenten. Tags darauf reiste sie ab.",
                                    date: "2022-03-09")
        #expect(d.times.map(\.value) == ["2022-03-03", "2022-03-03", "2022-03-04"])
    }

    @Test func clockTimeJoinsTheDayBeforeIt() {
        let d = TestSupport.process("Am Donnerstag, 10. März, um 14 Uhr beginnt die Sitzung.", date: "2022-03-09")
        #expect(d.times.map(\.value) == ["2022-03-10T14:00"])
        #expect(d.times.map(\.dateValue) == ["2022-03-10"])
    }

    @Test func mothersDayIsTheSecondSundayOfMay() {
        let past = TestSupport.process("Am Muttertag hatte die Familie gefeiert.", date: "2023-05-25")
        let future = TestSupport.process("Am Muttertag will die Familie feiern.", date: "2023-05-25")
        #expect(past.times.map(\.value) == ["2023-05-14"])
        #expect(future.times.map(\.value) == ["2024-05-12"])
    }

    @Test func presentTenseWeekdayIsTodayOrTheComingOne() {
        // 2021-11-11 is a Thursday.
        #expect(TestSupport.process("Am Donnerstag eröffnet er den Richtertag.", date: "2021-11-11").times.map(\.value) == ["2021-11-11"])
        #expect(TestSupport.process("Am Freitagnachmittag empfängt er Wallner.", date: "2021-11-11").times.map(\.value) == ["2021-11-12"])
        #expect(TestSupport.process("Am Mittwoch empfängt er Wallner.", date: "2021-11-11").times.map(\.value) == ["2021-11-17"])
    }
}

@Suite struct CalendarWeekTests {
    @Test func isoWeeksAtYearEnds() {
        #expect(CalendarDate(iso: "2021-01-03")!.weekValue == "2020-W53")
        #expect(CalendarDate(iso: "2021-01-04")!.weekValue == "2021-W01")
        #expect(CalendarDate(iso: "2024-12-30")!.weekValue == "2025-W01")
        #expect(CalendarDate(iso: "2021-12-17")!.weekValue == "2021-W50")
    }

    @Test func easterSundays() {
        #expect(CalendarDate.easter(2021).description == "2021-04-04")
        #expect(CalendarDate.easter(2024).description == "2024-03-31")
        #expect(CalendarDate.easter(2000).description == "2000-04-23")
    }

    @Test func monthArithmeticCrossesYears() {
        #expect(CalendarDate.month(2021, 12, plus: 1) == (2022, 1))
        #expect(CalendarDate.month(2022, 1, plus: -1) == (2021, 12))
        #expect(CalendarDate.month(2022, 3, plus: -15) == (2020, 12))
    }
}

@Suite struct TimeLexiconTests {
    /// A copy of the built-in time rules in a scratch folder, with one file replaced.
    static func lexicon(replacing file: String, with text: String) throws -> TimeLexicon {
        let root = NSTemporaryDirectory() + "treffpunkt-time-\(UUID().uuidString)"
        let dir = root + "/rules/time"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.dataDirectory + "/rules/time") {
            try FileManager.default.copyItem(atPath: TestSupport.dataDirectory + "/rules/time/" + name, toPath: dir + "/" + name)
        }
        try FileManager.default.removeItem(atPath: dir + "/" + file)
        try text.write(toFile: dir + "/" + file, atomically: true, encoding: .utf8)
        return try TimeLexicon(configuration: Configuration(dataDirectory: root))
    }

    @Test func badLinesAreReportedWithFileAndLine() {
        do {
            _ = try Self.lexicon(replacing: "months.tsv", with: "# months\n1\tJanuar\n13\tTrecember\n")
            Issue.record("a month 13 was accepted")
        } catch {
            #expect("\(error)".contains("months.tsv:3:"))
        }
        do {
            _ = try Self.lexicon(replacing: "holidays.tsv", with: "easter+x\tOstern\n")
            Issue.record("a bad holiday rule was accepted")
        } catch {
            #expect("\(error)".contains("holidays.tsv:1:"))
        }
    }

    @Test func aLinguistCanAddAWord() throws {
        let lexicon = try Self.lexicon(replacing: "deictic.tsv", with: "0\theute\n-1\tgestern|gestrigen\n-3\tvorvorgestern\n")
        var document = TestSupport.segment("Vorvorgestern tagte der Rat.")
        document.date = CalendarDate(iso: "2021-12-17")
        TimeTagger(lexicon: lexicon).annotate(&document)
        #expect(document.times.map(\.value) == ["2021-12-14"])
    }
}

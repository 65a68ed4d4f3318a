import Testing
@testable import Treffpunkt

/// Input a tokenizer meets in the wild: never a crash, and offsets that fit the text as given.
@Suite("Bad input")
struct BadInputTests {
    /// Tokens in order, inside the text, not overlapping, never empty; sentences likewise.
    static func checkLayers(_ document: Document) {
        var previousEnd = 0
        for t in document.tokens {
            #expect(t.start >= previousEnd && t.start < t.end && t.end <= document.scalars.count)
            previousEnd = t.end
        }
        var previousSentenceEnd = 0
        for s in document.sentences {
            #expect(s.start >= previousSentenceEnd && s.start < s.end && s.end <= document.scalars.count)
            previousSentenceEnd = s.end
        }
    }

    @Test("invalid UTF-8 becomes U+FFFD, counted for a warning, and the rest is tokenized")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("Merkel traf ".utf8) + [0xFF, 0xC3] + Array(" Macron in Paris.".utf8)
        let (text, invalid) = TextDecoding.decode(bytes)
        #expect(invalid == 2)
        let document = TestSupport.segment(text)
        Self.checkLayers(document)
        let texts = document.tokens.map { document.text(of: $0) }
        #expect(texts.contains("Merkel") && texts.contains("Macron") && texts.contains("Paris"))
        #expect(texts.filter { $0 == "\u{FFFD}" }.count == 2)
    }

    @Test("empty and blank input give no tokens and no sentences")
    func empty() {
        for text in ["", " ", "\n\n", "\r\n\t "] {
            let document = TestSupport.segment(text)
            #expect(document.tokens.isEmpty)
            #expect(document.sentences.isEmpty)
        }
    }

    @Test("NUL and control characters are skipped like spaces")
    func controlCharacters() {
        let document = TestSupport.segment("Merkel\u{0}traf\u{7}Macron\u{1B}.\u{0}")
        Self.checkLayers(document)
        #expect(document.tokens.map { document.text(of: $0) } == ["Merkel", "traf", "Macron", "."])
        #expect(document.tokens[1].start == 7)
    }

    @Test("a byte-order mark is not a token and offsets count it")
    func byteOrderMark() {
        let (text, _) = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Gipfel in Rom.".utf8))
        let document = TestSupport.segment(text)
        #expect(document.tokens.first.map { document.text(of: $0) } == "Gipfel")
        #expect(document.tokens.first?.start == 1)
    }

    @Test("CR LF line ends count as two code points and still end headlines")
    func crlf() {
        let document = TestSupport.segment("Merkel trifft Macron\r\nDie Kanzlerin reiste ab.\r\n")
        Self.checkLayers(document)
        #expect(document.sentences.count == 2)
        #expect(document.tokens[3].start == 22)
        #expect(document.text(of: document.tokens[3]) == "Die")
    }

    @Test("characters outside the BMP keep code point offsets")
    func astralCharacters() {
        let document = TestSupport.segment("Gut 😀 gemacht 𝔄𝔟 und fertig.")
        Self.checkLayers(document)
        let texts = document.tokens.map { document.text(of: $0) }
        #expect(texts.contains("😀"))
        #expect(texts.contains("gemacht"))
        let last = document.tokens[document.tokens.count - 2]
        #expect(document.text(of: last) == "fertig")
    }

    @Test("a very long word is one token")
    func longToken() {
        let word = String(repeating: "a", count: 1 << 20)
        let document = TestSupport.segment("Er schrieb \(word) und ging.")
        Self.checkLayers(document)
        #expect(document.tokens.count == 6)
        #expect(document.tokens[2].end - document.tokens[2].start == 1 << 20)
    }

    @Test("long runs of marks, hyphens, dots and e-mail characters stay linear and whole")
    func longRuns() {
        for unit in ["a-", "a.", "a+", ".", "-", "!"] {
            let text = String(repeating: unit, count: 100_000)
            let document = TestSupport.segment(text)
            Self.checkLayers(document)
            #expect(!document.tokens.isEmpty)
        }
    }
}

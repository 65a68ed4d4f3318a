import Testing
@testable import Treffpunkt

@Suite("Word break text")
struct WordBreakTextTests {
    /// ICU's word boundaries after 0, read through the shortened text as the tokenizer reads them.
    private static func shortenedBoundaries(_ units: [UInt16], _ iterator: BreakIterator) -> [Int] {
        var text = WordBreakText()
        defer { text.deallocate() }
        let buffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 7)  // small: many refills
        defer { buffer.deallocate() }
        return units.withUnsafeBufferPointer { full in
            text.load(full)
            var stream = BoundaryStream(iterator, text: text, units: full, buffer: buffer)
            var result: [Int] = []
            var b = 0
            while b < full.count {
                b = stream.boundary(after: b)
                result.append(b)
            }
            return result
        }
    }

    /// ICU's word boundaries after 0 over the full text.
    private static func fullBoundaries(_ units: [UInt16], _ iterator: BreakIterator) -> [Int] {
        Array(iterator.boundaries(of: units).offsets.dropFirst().map(Int.init))
    }

    @Test("runs of letters and digits are shortened to their first character, inner words of chains left out")
    func shortens() {
        var text = WordBreakText()
        defer { text.deallocate() }
        let units = Array("Die Straße 123, z.B. ä-Ü".utf16)
        units.withUnsafeBufferPointer { text.load($0) }
        #expect(String(decoding: Array(text.text), as: UTF16.self) == "D 1, z.B. ä-Ü")
        #expect(text.fullOffset(2) == 11)
        #expect(text.gaps == [4, 11])
        #expect(text.fullOffset(Int32(text.count)) == Int32(units.count))
    }

    @Test("ICU finds the same word boundaries in the shortened text as in the full text")
    func sameBoundariesAsTheFullText() throws {
        let iterator = try BreakIterator(.word, locale: "de")
        let fixed = [
            "Die Kanzlerin traf am 15. Dezember 2021 in Berlin den US-Außenminister.",
            "z.B. u.a. www.zeit.de/politik E-Mail an info@example.org um 10:30 Uhr, 2,5 Mio. €",
            "don't l'été 3a a3 A_b x.y.z 1.000.000 ein,zwei Ærø Łódź ǅemal İstanbul",
            "Café\u{301} naïve e\u{301}e\u{301} ab\u{AD}cd ab\u{200D}cd ab\u{2060}cd a\u{FEFF}b",
            "שָׁלוֹם'ab ab'שׁ カタカナab 東京ab 😀ab 🇩🇪🇫🇷ab a\r\nb  c\td",
            "Sie traf am Montag den Minister in Berlin. Er sagte dazu nichts, aber sie kam a b c d e f",
            "z.B. traf sie ihn um 10 Uhr bei Café\u{301} über die Lage im Land.Der Rat tagte am 15. Mai",
        ]
        for text in fixed {
            let units = Array(text.utf16)
            #expect(Self.shortenedBoundaries(units, iterator) == Self.fullBoundaries(units, iterator), "\(text)")
        }
        // Random texts over characters of every word break class, next to the runs shortened.
        let alphabet = Array(("aZßäöüÄÖÜéłǅİſ09" + "5.,:;'’\"-_/@&%+ \n\r\t" + "\u{301}\u{AD}\u{200D}\u{2060}\u{FEFF}\u{200B}"
                              + "שׁ'カ東ก😀🇩¹½٣").unicodeScalars)
        Self.expectSameBoundaries(randomTextsOver: alphabet, longest: 30, seed: 0x5EED, iterator)
    }

    /// Checks 3,000 random texts of up to `longest` characters of `alphabet`.
    private static func expectSameBoundaries(randomTextsOver alphabet: [Unicode.Scalar], longest: UInt64, seed: UInt64,
                                             _ iterator: BreakIterator) {
        var generator = SplitMix(seed: seed)
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % longest) {
                scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            let units = Array(String(scalars).utf16)
            #expect(shortenedBoundaries(units, iterator) == fullBoundaries(units, iterator), "\(Array(String(scalars).unicodeScalars))")
        }
    }

    @Test("chains of words parted by single spaces give ICU's boundaries of the full text")
    func sameBoundariesInChainsOfWords() throws {
        let iterator = try BreakIterator(.word, locale: "de")
        // Mostly letters and single spaces, so that chains and their edges are frequent.
        let alphabet = Array("abcäß  A1.'-\u{301}\u{AD}\t".unicodeScalars)
        Self.expectSameBoundaries(randomTextsOver: alphabet, longest: 40, seed: 0xC4A1, iterator)
    }
}

/// A small seeded random number generator (SplitMix64), so that the random texts are the same
/// on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Testing
@testable import Treffpunkt

/// The inline answers for ASCII, Latin-1 and General Punctuation agree with Unicode's properties.
@Suite("Letter case")
struct LetterCaseTests {
    /// Every code point of the first blocks up to CJK punctuation: Latin, Greek, Cyrillic,
    /// General Punctuation, letterlike symbols.
    static let scalars = (0..<0x3100).compactMap(Unicode.Scalar.init)

    @Test func upperAndLowerCaseAgreeWithTheProperties() {
        for s in LetterCaseTests.scalars {
            #expect(LetterCase.isUppercase(s) == s.properties.isUppercase, "U+\(String(s.value, radix: 16))")
            #expect(LetterCase.isLowercase(s) == s.properties.isLowercase, "U+\(String(s.value, radix: 16))")
        }
    }

    @Test func unitKeysAgreeWithTheProperties() {
        for s in LetterCaseTests.scalars where s.value >= 0x100 {
            let v = s.value, p = s.properties
            #expect(LetterCase.isUppercase(v) == p.isUppercase)
            #expect(LetterCase.isLowercase(v) == p.isLowercase)
            #expect(KeyNormalizer.isSpace(v) == p.isWhitespace, "U+\(String(v, radix: 16))")
            let word = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                || p.generalCategory == .spacingMark
            #expect(KeyNormalizer.isWordCharacter(v) == word)
            let lower = p.lowercaseMapping.unicodeScalars
            let expected = (p.isUppercase || p.changesWhenLowercased) && lower.count == 1 ? lower.first!.value : v
            #expect(KeyNormalizer.lowercase(v) == expected)
        }
    }

    @Test func lettersAndLowerCaseFormsAgreeWithTheProperties() {
        for s in LetterCaseTests.scalars {
            let p = s.properties
            #expect(LetterCase.isLetter(s) == p.isAlphabetic, "U+\(String(s.value, radix: 16))")
            let expected = p.isUppercase ? p.lowercaseMapping.unicodeScalars.first ?? s : s
            #expect(LetterCase.lowercase(s) == expected, "U+\(String(s.value, radix: 16))")
        }
    }

    @Test func spacesBelow256AreTheWhiteSpaceProperty() {
        for s in LetterCaseTests.scalars where s.value < 0x100 {
            #expect(KeyNormalizer.isSpace(s.value) == s.properties.isWhitespace, "U+\(String(s.value, radix: 16))")
        }
    }

    @Test func dashesAndQuotesFoldToThemselves() {
        #expect(WordTable.fold(Array("„Gipfel“ – Treffen".unicodeScalars)[...])
                == Array("„gipfel“ – treffen".unicodeScalars.map(\.value)))
    }
}

import Testing
@testable import Treffpunkt

@Suite("NFC text of tokens")
struct NormalizationTests {
    @Test("decomposed umlauts match their composed form while offsets stay in the original")
    func decomposed() {
        // "Mu\u{0308}nchen" is "München" written with a combining diaeresis.
        let text = "Treffen in Mu\u{0308}nchen."
        let document = TestSupport.segment(text)
        let city = document.tokens[2]
        #expect(city.start == 11 && city.end == 19)
        #expect(document.text(of: city).unicodeScalars.count == 8)
        let normalized = document.normalizedText(of: city)
        #expect(Array(normalized.unicodeScalars) == Array("M\u{00FC}nchen".unicodeScalars))
    }

    @Test("composed text comes back unchanged")
    func composed() {
        let document = TestSupport.segment("Gespräch in Köln.")
        #expect(document.normalizedText(of: document.tokens[0]) == "Gespräch")
    }
}

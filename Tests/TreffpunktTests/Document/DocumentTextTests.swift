import Testing
import Treffpunkt

@Suite("Document text")
struct DocumentTextTests {
    @Test("the code points are those of the text, with letters of any width at every offset")
    func scalarsOfTheText() {
        // ASCII runs longer than a machine word, broken by two-, three- and four-byte letters at
        // every offset, so that the word-at-a-time decoding meets each of them at every position.
        for length in 0..<20 {
            let plain = String(String(repeating: "Treffen in Rom. ", count: 2).prefix(length))
            for position in 0...length {
                for letter in ["ä", "€", "🌍", "\u{301}"] {
                    var text = plain
                    text.insert(contentsOf: letter, at: text.index(text.startIndex, offsetBy: position))
                    let document = Document(id: "t", text: text)
                    #expect(document.scalars == Array(text.unicodeScalars))
                    #expect(document.text == text)
                }
            }
        }
    }
}

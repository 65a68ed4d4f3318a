import Foundation
import Testing
import Treffpunkt

@Suite struct JSONWriterTests {
    @Test func escapesStrings() {
        var w = JSONWriter()
        w.beginObject()
        w.field("a", "„Zitat“ \"x\" \\ \n\t\u{01}")
        w.endObject()
        #expect(w.string == #"{"a":"„Zitat“ \"x\" \\ \n\t\u0001"}"#)
    }

    @Test func escapesKeysFromData() {
        var w = JSONWriter()
        w.beginObject()
        w.key(string: "Quelle \"dpa\"")
        w.value(1)
        w.field("zweite", 2)
        w.endObject()
        #expect(w.string == #"{"Quelle \"dpa\"":1,"zweite":2}"#)
    }

    @Test func writesNestedContainersWithIndentation() {
        var w = JSONWriter(indent: 2)
        w.beginObject()
        w.key("list")
        w.beginArray()
        w.value(1)
        w.null()
        w.endArray()
        w.key("empty")
        w.beginArray()
        w.endArray()
        w.endObject()
        #expect(w.string == "{\n  \"list\": [\n    1,\n    null\n  ],\n  \"empty\": []\n}")
    }

    @Test func writesCodePointsAsTheStringWould() {
        let text = "„Zitat“ \"x\" \\ \n\t\u{01} Ærø 🌍 \u{7F}"
        var a = JSONWriter(), b = JSONWriter()
        a.value(scalars: Array(text.unicodeScalars)[...])
        b.value(text)
        #expect(a.bytes == b.bytes)
    }

    @Test func writesIntegers() {
        var w = JSONWriter()
        w.beginArray()
        for n in [0, 7, -3, 1_234_567_890, Int.min, Int.max] { w.value(n) }
        w.endArray()
        #expect(w.string == "[0,7,-3,1234567890,\(Int.min),\(Int.max)]")
    }

    @Test func escapesEveryPositionOfLongStrings() throws {
        // Strings longer than a machine word, with a character that needs an escape (or none)
        // at every position: the string path copies eight bytes at a time, the code point path
        // one at a time, and both must write the same JSON, which must read back as the text.
        let specials: [Character] = ["\"", "\\", "\n", "\u{1F}", "\u{7F}", "ä", "„"]
        for length in 0..<20 {
            for position in 0...length {
                for special in specials {
                    var text = String(repeating: "Wort ", count: 4).prefix(length)
                    text.insert(special, at: text.index(text.startIndex, offsetBy: position))
                    let string = String(text)
                    var a = JSONWriter(), b = JSONWriter()
                    a.value(string)
                    b.value(scalars: Array(string.unicodeScalars)[...])
                    #expect(a.bytes == b.bytes)
                    let decoded = try JSONSerialization.jsonObject(with: Data(a.bytes), options: [.fragmentsAllowed]) as? String
                    #expect(decoded == string)
                }
            }
        }
    }

    @Test func growsPastItsInitialCapacity() {
        var w = JSONWriter(capacity: 1)
        w.beginArray()
        for i in 0..<500 { w.value("Eintrag \(i)") }
        w.endArray()
        let expected = "[" + (0..<500).map { "\"Eintrag \($0)\"" }.joined(separator: ",") + "]"
        #expect(w.string == expected)
    }
}

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
}

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
}

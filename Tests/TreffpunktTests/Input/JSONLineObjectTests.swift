import Testing
@testable import Treffpunkt

@Suite("JSON Lines object reader")
struct JSONLineObjectTests {
    private func record(_ line: String) -> JSONLRecord? {
        guard case .success(let r) = JSONLRecord.parse(Array(line.utf8), lineNumber: 4, maxBytes: 1 << 20) else { return nil }
        return r
    }

    private func failure(_ line: String) -> JSONLRecord.Failure? {
        guard case .failure(let f) = JSONLRecord.parse(Array(line.utf8), lineNumber: 4, maxBytes: 1 << 20) else { return nil }
        return f
    }

    @Test("escapes in strings are decoded")
    func escapes() {
        let r = record(#"{"id": "x\"1\\", "text": "Zeile\neins\tmit \/ Schr\u00e4gstrich \u20ac"}"#)
        #expect(r?.id == "x\"1\\")
        #expect(r?.text == "Zeile\neins\tmit / Schrägstrich €")
    }

    @Test("a surrogate pair decodes to one code point, a lone surrogate is refused")
    func surrogates() {
        #expect(record(#"{"text": "Gipfel \ud83c\udf0d in Rom"}"#)?.text == "Gipfel 🌍 in Rom")
        #expect(failure(#"{"text": "kaputt \ud83c in Rom"}"#)?.code == "invalid_json")
        #expect(failure(#"{"text": "kaputt \udf0d in Rom"}"#)?.code == "invalid_json")
    }

    @Test("further fields keep their JSON text as written, sorted by key")
    func meta() {
        let r = record(#"{"text": "Merkel traf Macron.", "quelle": {"name": "dpa", "ids": [1, 2.5e3, null]}, "autor": "M\u00fcller", "seite": -12}"#)
        #expect(r?.meta.map(\.key) == ["autor", "quelle", "seite"])
        #expect(r?.meta.map(\.json) == [#""M\u00fcller""#, #"{"name": "dpa", "ids": [1, 2.5e3, null]}"#, "-12"])
    }

    @Test("a number id is written out, a missing id names the line")
    func ids() {
        #expect(record(#"{"id": 17, "text": "Gipfel."}"#)?.id == "17")
        #expect(record(#"{"text": "Gipfel."}"#)?.id == "line-4")
        #expect(record(#"{"id": null, "text": "Gipfel."}"#)?.id == "line-4")
    }

    @Test("date: a string is read, null is none, anything else is an error")
    func dates() {
        #expect(record(#"{"text": "Gipfel.", "date": "2021-12-15"}"#)?.date == CalendarDate(iso: "2021-12-15"))
        #expect(record(#"{"text": "Gipfel.", "date": null}"#)?.date == nil)
        #expect(failure(#"{"text": "Gipfel.", "date": 2021}"#)?.code == "invalid_date")
        #expect(failure(#"{"text": "Gipfel.", "date": "gestern"}"#)?.code == "invalid_date")
    }

    @Test("text must be a string")
    func text() {
        #expect(failure(#"{"id": "a", "text": 5}"#)?.code == "missing_text")
        #expect(failure(#"{"id": "a"}"#)?.id == "a")
    }

    @Test("bad syntax is invalid JSON", arguments: [
        #"{"text": "a""#, #"{"text": "a",}"#, #"{"text": "a"} x"#, #"["text"]"#, #"{"text": "a", "n": 01}"#,
        #"{"text": "a", "n": 1.}"#, #"{"text": "a", "n": tru}"#, #"{"text": "a\x"}"#, "{\"text\": \"a\tb\"}",
        #"{"text": "a", "l": [1, 2}"#, #"{text: "a"}"#, "",
    ])
    func badSyntax(_ line: String) {
        #expect(failure(line)?.code == "invalid_json")
    }

    @Test("white space around and inside the object is allowed")
    func whiteSpace() {
        #expect(record(" \t{ \"text\" :\"Rom\" , \"x\" : [ ] } \r")?.text == "Rom")
    }

    @Test("a string is read whole wherever its escape, its end or a control character falls")
    func everyPosition() {
        // Longer than a machine word, so that the reader's word-at-a-time scan meets each
        // special byte at every offset within a word.
        for length in 0..<20 {
            let plain = String(String(repeating: "Gipfel in Rom ", count: 2).prefix(length))
            for position in 0...length {
                let cut = plain.index(plain.startIndex, offsetBy: position)
                let escaped = plain[..<cut] + #"\"ü\\"# + plain[cut...]
                #expect(record(#"{"text": ""# + escaped + #""}"#)?.text == plain[..<cut] + "\"ü\\" + plain[cut...])
                #expect(record(#"{"text": ""# + plain + #"", "id": "a"}"#)?.text == plain)
                #expect(failure(#"{"text": ""# + plain[..<cut] + "\u{01}" + plain[cut...] + #""}"#)?.code == "invalid_json")
            }
        }
    }
}

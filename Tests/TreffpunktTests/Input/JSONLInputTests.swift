import Testing
@testable import Treffpunkt

@Suite("JSON Lines input")
struct JSONLInputTests {
    @Test("invalid UTF-8 inside a record is replaced by U+FFFD with a warning naming the document")
    func invalidUTF8() throws {
        let line: [UInt8] = Array(#"{"id": "a17", "text": "Merkel traf "#.utf8) + [0xC3, 0x28]
            + Array(#" Macron."}"#.utf8)
        guard case .success(let record) = JSONLRecord.parse(line, lineNumber: 3, maxBytes: 1 << 20) else {
            Issue.record("the line was refused")
            return
        }
        #expect(record.text.unicodeScalars.contains("\u{FFFD}"))
        #expect(record.text.hasPrefix("Merkel traf ") && record.text.hasSuffix(" Macron."))
        #expect(record.warnings.count == 1)
        #expect(record.warnings.first?.contains("line 3") == true)
        #expect(record.warnings.first?.contains("a17") == true)
        let document = TestSupport.segment(record.text)
        #expect(document.tokens.map { document.text(of: $0) }.contains("Macron"))
    }

    @Test("a valid record has no warnings")
    func valid() {
        let line = Array(#"{"id": "b", "text": "Gipfel in Rom."}"#.utf8)
        guard case .success(let record) = JSONLRecord.parse(line, lineNumber: 1, maxBytes: 1 << 20) else {
            Issue.record("the line was refused")
            return
        }
        #expect(record.warnings.isEmpty)
    }

    @Test("a line that is not JSON still fails with its line number")
    func notJSON() {
        guard case .failure(let failure) = JSONLRecord.parse(Array("kein JSON".utf8), lineNumber: 9, maxBytes: 1 << 20) else {
            Issue.record("the line was accepted")
            return
        }
        #expect(failure.code == "invalid_json")
        #expect(failure.message.contains("line 9"))
    }
}

import Foundation

/// One line of JSON Lines input: `{"id", "text", "date"}` plus fields carried through as `meta`
/// (each as its JSON text exactly as written).
public struct JSONLRecord: Sendable {
    public var id: String
    public var text: String
    public var date: CalendarDate?
    public var meta: [(key: String, json: String)]
    /// Problems the line had that did not stop it (such as invalid UTF-8 replaced by U+FFFD).
    public var warnings: [String] = []

    /// Why a line could not be used; `code` goes into the contract's error object.
    public struct Failure: Error, Sendable {
        public var id: String?
        public var code: String
        public var message: String
    }

    /// Parses one input line; `lineNumber` (1-based) names the line in messages.
    public static func parse(_ line: [UInt8], lineNumber: Int, maxBytes: Int) -> Result<JSONLRecord, Failure> {
        if line.count > maxBytes {
            return .failure(Failure(id: nil, code: "too_large",
                                    message: "line \(lineNumber): \(line.count) bytes, more than the limit of \(maxBytes)"))
        }
        // Invalid UTF-8 is decoded with U+FFFD, as for plain text files, and reported.
        var repaired = line
        var invalid = 0
        if (try? UTF8Span(validating: line.span)) == nil {
            let decoded = TextDecoding.decode(line)
            repaired = Array(decoded.text.utf8)
            invalid = decoded.invalidSequences
        }
        guard let object = JSONLineObject(repaired) else {
            return .failure(Failure(id: nil, code: "invalid_json", message: "line \(lineNumber): not a JSON object"))
        }
        var id: String
        switch object.value("id") {
        case .string(let s): id = s
        case .raw(let json): id = number(json)?.stringValue ?? "line-\(lineNumber)"
        case nil: id = "line-\(lineNumber)"
        }
        guard case .string(let text) = object.value("text") else {
            return .failure(Failure(id: id, code: "missing_text", message: "line \(lineNumber): no \"text\" string"))
        }
        var date: CalendarDate?
        switch object.value("date") {
        case nil, .raw("null"): date = nil
        case .string(let s):
            guard let d = CalendarDate(iso: String(s.prefix(10))) else {
                return .failure(Failure(id: id, code: "invalid_date",
                                        message: "line \(lineNumber): date \"\(s)\" is not YYYY-MM-DD"))
            }
            date = d
        case .raw:
            return .failure(Failure(id: id, code: "invalid_date", message: "line \(lineNumber): date is not a string"))
        }
        // Further fields keep their JSON text as written (the last of a repeated key), by key.
        var metaByKey: [String: Range<Int>] = [:]
        for member in object.members where member.key != "id" && member.key != "text" && member.key != "date" {
            metaByKey[member.key] = member.raw
        }
        let meta = metaByKey.keys.sorted().map { key in
            (key: key, json: String(decoding: repaired[metaByKey[key]!], as: UTF8.self))
        }
        var record = JSONLRecord(id: id, text: text, date: date, meta: meta)
        if invalid > 0 {
            record.warnings.append("line \(lineNumber) (document \(id)): \(invalid) invalid UTF-8 sequence(s) replaced by U+FFFD")
        }
        return .success(record)
    }

    /// A JSON number or boolean (an `id` that is not a string) as Foundation reads it.
    private static func number(_ json: String) -> NSNumber? {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) as? NSNumber
    }
}

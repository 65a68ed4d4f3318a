import Foundation

/// One line of JSON Lines input: `{"id", "text", "date"}` plus fields carried through as `meta`.
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
        if String(validating: line, as: UTF8.self) == nil {
            let decoded = TextDecoding.decode(line)
            repaired = Array(decoded.text.utf8)
            invalid = decoded.invalidSequences
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(repaired), options: [])
        } catch {
            return .failure(Failure(id: nil, code: "invalid_json", message: "line \(lineNumber): not a JSON object"))
        }
        guard let dict = object as? [String: Any] else {
            return .failure(Failure(id: nil, code: "invalid_json", message: "line \(lineNumber): not a JSON object"))
        }
        var id: String
        switch dict["id"] {
        case let s as String: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = "line-\(lineNumber)"
        }
        guard let text = dict["text"] as? String else {
            return .failure(Failure(id: id, code: "missing_text", message: "line \(lineNumber): no \"text\" string"))
        }
        var date: CalendarDate?
        switch dict["date"] {
        case nil, is NSNull: date = nil
        case let s as String:
            guard let d = CalendarDate(iso: String(s.prefix(10))) else {
                return .failure(Failure(id: id, code: "invalid_date",
                                        message: "line \(lineNumber): date \"\(s)\" is not YYYY-MM-DD"))
            }
            date = d
        default:
            return .failure(Failure(id: id, code: "invalid_date", message: "line \(lineNumber): date is not a string"))
        }
        var meta: [(key: String, json: String)] = []
        for key in dict.keys.sorted() where key != "id" && key != "text" && key != "date" {
            if let data = try? JSONSerialization.data(withJSONObject: dict[key]!, options: [.fragmentsAllowed]) {
                meta.append((key, String(decoding: data, as: UTF8.self)))
            }
        }
        var record = JSONLRecord(id: id, text: text, date: date, meta: meta)
        if invalid > 0 {
            record.warnings.append("line \(lineNumber) (document \(id)): \(invalid) invalid UTF-8 sequence(s) replaced by U+FFFD")
        }
        return .success(record)
    }
}

import Foundation

/// Reads spaCy EntityRuler pattern files (JSON Lines of `{"label", "pattern", "id"}`) as gazetteer
/// entries.
///
/// A pattern is a string or a list of token objects using `ORTH`, `TEXT` or `LOWER` (each with a
/// string value); other token attributes cannot be expressed as a name and are errors. Lines with
/// the same `id` (or, without one, the same label and pattern) are one entry with aliases. Labels
/// map as in `GazetteerReader.type(forLabel:)`. String, `ORTH` and `TEXT` patterns follow the
/// standard case rules; an entry with a `LOWER` pattern matches in any capitalisation.
enum SpacyPatternReader {
    static func read(bytes: [UInt8], path: String, into entries: inout [GazetteerEntry], errors: inout [String]) {
        var index: [String: Int] = [:]
        index.reserveCapacity(bytes.count / 48)
        var number = 0
        GazetteerReader.forEachLine(bytes) { raw in
            number += 1
            let origin = "\(path):\(number)"
            var line = raw
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            let flat = stringMembers(of: line)
            guard let object = flat ?? (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]) else {
                errors.append("\(origin): not a JSON object")
                return
            }
            guard let label = object["label"] as? String, !label.isEmpty else {
                errors.append("\(origin): no \"label\" string")
                return
            }
            let name: String
            var lower = false
            switch object["pattern"] {
            case let s as String:
                name = s
            case let tokens as [Any]:
                var words: [String] = []
                for token in tokens {
                    guard let t = token as? [String: Any], t.count == 1,
                          let (key, value) = t.first, ["ORTH", "TEXT", "LOWER"].contains(key.uppercased()),
                          let word = value as? String else {
                        errors.append("\(origin): token pattern \(token) is not {\"ORTH\"|\"TEXT\"|\"LOWER\": string}")
                        return
                    }
                    words.append(word)
                    if key.uppercased() == "LOWER" { lower = true }
                }
                name = words.joined(separator: " ")
            default:
                errors.append("\(origin): \"pattern\" must be a string or a list of token objects")
                return
            }
            guard name.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                errors.append("\(origin): empty pattern")
                return
            }
            let type = GazetteerReader.type(forLabel: Substring(label))
            let rawID: String
            switch object["id"] {
            case let s as String where !s.isEmpty: rawID = s
            case let n as NSNumber: rawID = n.stringValue
            default: rawID = Slug.make(name)
            }
            let id = GazetteerReader.foreignID(Substring(rawID), type: type)
            if let i = index[id] {
                if entries[i].name != name && !entries[i].aliases.contains(name) { entries[i].aliases.append(name) }
                if lower { entries[i].caseRule = .insensitive }
            } else {
                index[id] = entries.count
                entries.append(GazetteerEntry(id: id, type: type, name: name, file: path, line: number,
                                              caseRule: lower ? .insensitive : .standard))
            }
        }
    }


    /// The common line of a pattern file, one object whose values are all strings
    /// (`{"label": "PER", "pattern": "Anna Schmidt", "id": "E1"}`), read without building a tree;
    /// nil for anything else, which the caller hands to a full JSON parser.
    static func stringMembers(of line: ArraySlice<UInt8>) -> [String: String]? {
        guard let object = JSONLineObject(Array(line)) else { return nil }
        var result: [String: String] = [:]
        for member in object.members {
            guard case .string(let value) = member.value else { return nil }
            result[member.key] = value
        }
        return result
    }
}

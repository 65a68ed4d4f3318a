import Foundation

/// Reads gazetteer files into entries, collecting every error as `FILE:LINE: message`.
///
/// Three formats, chosen per file:
/// - the Treffpunkt format of `Docs/gazetteers.md` (`ID<TAB>NAME<TAB>ALIASES[<TAB>KEY=VALUE]…`);
/// - plain TSV `id<TAB>type<TAB>name` (detected when the first line has exactly three fields, an id
///   without `/` and a type label in the second);
/// - spaCy EntityRuler patterns, one JSON object per line, in files ending in `.jsonl`.
public enum GazetteerReader {
    /// The keys of the Treffpunkt format; keys in `repeatable` may occur in several columns.
    public static let knownKeys: Set<String> = [
        "orig", "gender", "role", "adj", "demonym", "venue", "case", "qid", "example",
        "kind", "country", "seat", "capital-of", "iso", "geonames", "population", "ambiguous",
    ]
    public static let repeatableKeys: Set<String> = ["role", "example", "orig", "adj", "demonym"]

    /// The file extensions read from gazetteer folders.
    public static let extensions: Set<String> = ["tsv", "jsonl"]

    /// Reads every file; throws `TreffpunktError.invalidData` listing every error of every file.
    public static func read(files: [String]) throws -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var errors: [String] = []
        for file in files {
            guard let bytes = FileBytes.read(file) else {
                errors.append("\(file): cannot be read")
                continue
            }
            read(bytes: bytes, path: file, into: &entries, errors: &errors)
        }
        errors += duplicateIDErrors(entries)
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
        return entries
    }

    /// Parses the bytes of one file as if read from `path`, appending entries and errors.
    public static func read(bytes: [UInt8], path: String, into entries: inout [GazetteerEntry], errors: inout [String]) {
        if path.hasSuffix(".jsonl") {
            SpacyPatternReader.read(bytes: bytes, path: path, into: &entries, errors: &errors)
            return
        }
        var plain: Bool?
        var number = 0
        forEachLine(bytes) { raw in
            number += 1
            if plain == true, readPlainFast(raw, path: path, line: number, into: &entries) { return }
            guard let text = String(validating: raw, as: UTF8.self) else {
                errors.append("\(path):\(number): not valid UTF-8")
                return
            }
            var line = Substring(text)
            if line.last == "\r" { line = line.dropLast() }
            if number == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.first == "#" { return }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            if plain == nil { plain = isPlainTSV(fields) }
            if plain == true {
                readPlain(fields, path: path, line: number, into: &entries, errors: &errors)
            } else {
                readNative(fields, path: path, line: number, into: &entries, errors: &errors)
            }
        }
    }

    /// Reads a plain TSV line `id<TAB>type<TAB>name` straight from its bytes when it is simple
    /// (three non-empty fields of ASCII id and type, no spaces around them, no comment, valid
    /// UTF-8); false for anything else, which then takes the general path with its messages.
    private static func readPlainFast(_ raw: ArraySlice<UInt8>, path: String, line: Int, into entries: inout [GazetteerEntry]) -> Bool {
        guard let first = raw.first, first != 0x23, first != 0x20, first != 0x09 else { return false }
        guard let tab1 = raw.firstIndex(of: 0x09) else { return false }
        let rest = raw[(tab1 + 1)...]
        guard let tab2 = rest.firstIndex(of: 0x09) else { return false }
        var nameBytes = raw[(tab2 + 1)...]
        if nameBytes.last == 0x0D { nameBytes = nameBytes.dropLast() }
        let idBytes = raw[raw.startIndex..<tab1], labelBytes = raw[(tab1 + 1)..<tab2]
        guard !idBytes.isEmpty, !labelBytes.isEmpty, !nameBytes.isEmpty, !nameBytes.contains(0x09),
              idBytes.allSatisfy({ $0 > 0x20 && $0 < 0x80 && $0 != 0x2F }), labelBytes.allSatisfy({ $0 > 0x20 && $0 < 0x80 }),
              nameBytes.first != 0x20, nameBytes.last != 0x20,
              let name = String(validating: nameBytes, as: UTF8.self) else { return false }
        let label = String(decoding: labelBytes, as: UTF8.self)
        let type = type(forLabel: Substring(label))
        var id = type.rawValue + "/"
        id.append(String(decoding: idBytes, as: UTF8.self))
        entries.append(GazetteerEntry(id: id, type: type, name: name, file: path, line: line))
        return true
    }

    /// The type a foreign label stands for: PER/PERSON → person, ORG → organization,
    /// LOC/GPE → place, anything else → topic.
    public static func type(forLabel label: Substring) -> EntityType {
        if let t = EntityType(rawValue: String(label)) { return t }
        switch label.uppercased() {
        case "PER", "PERSON": return .person
        case "ORG", "ORGANIZATION", "ORGANISATION": return .organization
        case "LOC", "GPE", "LOCATION", "PLACE": return .place
        default: return .topic
        }
    }

    /// An entity id for a foreign id or name: `TYPE/` + the id when it has no `/` of its own.
    static func foreignID(_ raw: Substring, type: EntityType) -> String {
        raw.contains(where: { $0 == "/" }) ? String(raw) : type.rawValue + "/" + raw
    }

    static func forEachLine(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            body(bytes[start..<end])
            start = end + 1
        }
    }

    private static func isPlainTSV(_ fields: [Substring]) -> Bool {
        guard fields.count == 3, !fields[0].contains(where: { $0 == "/" }), !fields[1].isEmpty else { return false }
        return fields[1].allSatisfy { $0.isLetter } && !fields[2].isEmpty
    }

    private static func readPlain(_ fields: [Substring], path: String, line: Int, into entries: inout [GazetteerEntry], errors: inout [String]) {
        let origin = "\(path):\(line)"
        guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty, !fields[2].isEmpty else {
            errors.append("\(origin): expected id<TAB>type<TAB>name (3 fields), found \(fields.count)")
            return
        }
        let type = type(forLabel: fields[1])
        entries.append(GazetteerEntry(id: foreignID(fields[0], type: type), type: type, name: String(fields[2]), file: path, line: line))
    }

    private static func readNative(_ fields: [Substring], path: String, line: Int, into entries: inout [GazetteerEntry], errors: inout [String]) {
        let origin = "\(path):\(line)"
        let before = errors.count
        guard fields.count >= 3 else {
            errors.append("\(origin): expected ID<TAB>NAME<TAB>ALIASES, found \(fields.count) field(s)")
            return
        }
        let id = fields[0]
        var type: EntityType?
        if let slash = id.firstIndex(of: "/") {
            type = EntityType(rawValue: String(id[..<slash]))
            let slug = id[id.index(after: slash)...]
            if type == nil {
                errors.append("\(origin): id \"\(id)\": type must be person, organization, place or topic")
            }
            if slug.isEmpty || !slug.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
                errors.append("\(origin): id \"\(id)\": the part after / must be lowercase ASCII letters, digits and hyphens")
            }
        } else {
            errors.append("\(origin): id \"\(id)\" must have the form TYPE/slug")
        }
        if fields[1].isEmpty { errors.append("\(origin): empty name") }
        var aliases: [String] = []
        if fields[2] != "-" {
            for alias in fields[2].split(separator: "|", omittingEmptySubsequences: false) {
                let a = alias.trimmingSpaces
                if a.isEmpty {
                    errors.append("\(origin): empty alias (write - for no aliases)")
                } else {
                    aliases.append(String(a))
                }
            }
        }
        var attributes: [GazetteerEntry.Attribute] = []
        var caseRule = GazetteerEntry.CaseRule.standard
        var seen: Set<String> = []
        for field in fields.dropFirst(3) where !field.isEmpty {
            guard let eq = field.firstIndex(of: "=") else {
                errors.append("\(origin): column \"\(field)\" is not KEY=VALUE")
                continue
            }
            let key = String(field[..<eq]).trimmingCharacters(in: .whitespaces)
            let value = String(field[field.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            guard knownKeys.contains(key) else {
                errors.append("\(origin): unknown key \"\(key)\" (known: \(knownKeys.sorted().joined(separator: ", ")))")
                continue
            }
            if seen.contains(key) && !repeatableKeys.contains(key) {
                errors.append("\(origin): key \"\(key)\" given twice")
            }
            seen.insert(key)
            if value.isEmpty { errors.append("\(origin): key \"\(key)\" has no value") }
            switch key {
            case "gender" where value != "f" && value != "m":
                errors.append("\(origin): gender must be f or m, not \"\(value)\"")
            case "case":
                if value == "exact" { caseRule = .exact } else { errors.append("\(origin): case must be exact, not \"\(value)\"") }
            case "venue" where !value.hasPrefix("place/"):
                errors.append("\(origin): venue must be a place id (place/…), not \"\(value)\"")
            case "role":
                for role in value.split(separator: "|") where !role.contains("@") {
                    errors.append("\(origin): role \"\(role)\" must have the form OFFICE@COUNTRY:FROM..TO")
                }
            case "qid" where !(value.hasPrefix("Q") && value.dropFirst().allSatisfy(\.isNumber) && value.count > 1):
                errors.append("\(origin): qid must be Q followed by digits, not \"\(value)\"")
            default: break
            }
            attributes.append(GazetteerEntry.Attribute(key: key, value: value))
        }
        guard errors.count == before, let type else { return }
        entries.append(GazetteerEntry(id: String(id), type: type, name: String(fields[1]), aliases: aliases,
                                      attributes: attributes, file: path, line: line, caseRule: caseRule, allowsFuzzy: true))
    }

    /// One error per repeated id of a Treffpunkt-format entry, naming both lines.
    static func duplicateIDErrors(_ entries: [GazetteerEntry]) -> [String] {
        // Ids interned as bytes: a repeated id gets the id of its first occurrence.
        var ids = KeyTable()
        var firstEntry: [Int32] = []
        firstEntry.reserveCapacity(entries.count)
        var errors: [String] = []
        for (i, e) in entries.enumerated() {
            let k = ids.intern(Array(e.id.utf8))
            if Int(k) < firstEntry.count {
                errors.append("\(e.origin): id \(e.id) already defined at \(entries[Int(firstEntry[Int(k)])].origin)")
            } else {
                firstEntry.append(Int32(i))
            }
        }
        return errors
    }
}

/// Checks gazetteer files for `treffpunkt gazetteer check`: errors (malformed lines, duplicate ids,
/// everything the reader refuses) and warnings (one name or alias that several entries share,
/// which the matcher must then resolve by context).
public enum GazetteerLinter {
    public struct Report: Sendable {
        public var entries = 0
        public var errors: [String] = []
        public var warnings: [String] = []
    }

    public static func check(files: [String]) -> Report {
        var report = Report()
        var entries: [GazetteerEntry] = []
        for file in files {
            guard let bytes = FileBytes.read(file) else {
                report.errors.append("\(file): cannot be read")
                continue
            }
            GazetteerReader.read(bytes: bytes, path: file, into: &entries, errors: &report.errors)
        }
        report.errors += GazetteerReader.duplicateIDErrors(entries)
        report.entries = entries.count
        // Names and aliases by their matching key (the lowercase units).
        var owners: [String: [(entry: Int, form: String)]] = [:]
        for (i, entry) in entries.enumerated() {
            for form in [entry.name] + entry.aliases {
                let key = KeyNormalizer.split(form).map { String(decoding: $0.key, as: UTF8.self) }.joined(separator: " ")
                if owners[key]?.contains(where: { $0.entry == i }) == true { continue }
                owners[key, default: []].append((i, form))
            }
        }
        for (_, list) in owners where list.count > 1 {
            for (n, owner) in list.enumerated().dropFirst() {
                let earlier = list[..<n].map { "\(entries[$0.entry].id) (\(entries[$0.entry].origin))" }.joined(separator: ", ")
                report.warnings.append("\(entries[owner.entry].origin): \"\(owner.form)\" of \(entries[owner.entry].id) also names \(earlier)")
            }
        }
        report.warnings.sort()
        return report
    }
}

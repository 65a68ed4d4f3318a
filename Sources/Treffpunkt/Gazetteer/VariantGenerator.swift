/// Generates the variants of gazetteer names: transliterations of original-script names and the
/// declined forms of place adjectives.
///
/// Transliterations come from the ICU transform rule files `rules/transliteration-*.txt`, in file
/// name order: German Duden-style (`-de`), English BGN-style (`-en`, ICU's `Russian-Latin/BGN`),
/// scholarly (`-scholarly`, ICU's `Cyrillic-Latin`), the last two without diacritics. An original
/// `Рябков, Сергей` (family name, comma, given names) gives `Sergej Rjabkow`, `Sergey Ryabkov` and
/// `Sergej Rjabkov`.
final class VariantGenerator {
    /// The folder of the transliteration rule files, relative to the data folder.
    static let rulesFolder = "rules"
    static let rulesPrefix = "transliteration-"

    private let transforms: [Transliterator]

    /// The transliteration rule files of a configuration, in the order they are applied.
    static func ruleFiles(configuration: Configuration) -> [String] {
        FileBytes.contents(of: configuration.dataPath(rulesFolder))
            .filter { $0.hasPrefix(rulesPrefix) && $0.hasSuffix(".txt") }
            .map { configuration.dataPath(rulesFolder + "/" + $0) }
    }

    init(configuration: Configuration) throws {
        transforms = try VariantGenerator.ruleFiles(configuration: configuration).map { path in
            // The whole file goes to ICU (its syntax has # comments too), so that ICU's line
            // numbers are the file's.
            guard let bytes = FileBytes.read(path), let rules = String(validating: bytes, as: UTF8.self) else {
                throw TreffpunktError.unreadable(path: path, reason: "cannot be read as UTF-8")
            }
            let name = String(path.split(separator: "/").last!.dropLast(4))
            return try Transliterator(rules: rules, name: name, origin: path)
        }
    }

    /// The distinct Latin forms of an original-script name, in the order German, English, scholarly.
    func transliterations(of original: String) -> [String] {
        let parts = original.split(separator: ",", maxSplits: 1).map { $0.trimmingSpaces }
        let ordered = parts.count == 2 ? "\(parts[1]) \(parts[0])" : String(Substring(original).trimmingSpaces)
        var result: [String] = []
        for t in transforms {
            let form = t(ordered)
            if !form.isEmpty && !result.contains(form) && form != ordered { result.append(form) }
        }
        return result
    }

    /// Every text an entry matches by, once each, with its kind: name, aliases, transliterations
    /// (when `variants` is given), adjective forms and demonyms.
    static func patterns(of entry: GazetteerEntry, variants: VariantGenerator?) -> [(text: String, kind: PatternKind)] {
        var result: [(text: String, kind: PatternKind)] = [(entry.name, .name)]
        func add(_ text: String, _ kind: PatternKind) {
            if !result.contains(where: { $0.text == text }) { result.append((text, kind)) }
        }
        for alias in entry.aliases { add(alias, .alias) }
        if let variants {
            for original in entry.values("orig") {
                for form in variants.transliterations(of: original) { add(form, .transliteration) }
            }
        }
        for stem in entry.values("adj") {
            for form in adjectiveForms(stem) { add(form, .adjective) }
        }
        for demonym in entry.values("demonym") { add(demonym, .demonym) }
        return result
    }

    /// The forms of an `adj=` value: a capitalised form ending in `-er` is an indeclinable city
    /// adjective and stands alone (`Minsker`); anything else is a stem with the endings
    /// `-e -en -em -er -es` (`russisch` → `russisch`, `russische`, … `russisches`).
    static func adjectiveForms(_ stem: String) -> [String] {
        if stem.hasSuffix("er"), let first = stem.unicodeScalars.first, first.properties.isUppercase { return [stem] }
        return [stem] + ["e", "en", "em", "er", "es"].map { stem + $0 }
    }
}

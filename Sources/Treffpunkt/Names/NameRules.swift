/// The word lists behind the rules for names beyond the gazetteers, read from
/// `Gazetteers/rules/names/` (formats in `Docs/names.md` and in each file's header).
public struct NameRules: Sendable {
    /// Given names; the value is 1 for female, 2 for male, 0 for either.
    public var firstNames = NameLexicon()
    /// Words before a name that make it a person's (`Herr`, `Frau`, `Dr.`).
    public var titles = NameLexicon()
    /// Offices and roles before a name (`Außenminister`); also match as the end of a compound
    /// (`Bundesaußenministerin`, `DFB-Präsident`).
    public var roles = NameLexicon()
    /// Name particles (`von`, `van`, `de`); value 1 for those allowed only after another
    /// particle (`der` in `van der`).
    public var particles = NameLexicon()
    /// Legal forms that end an organisation's name (`AG`, `GmbH`, `e.V.`).
    public var organizationSuffixes = NameLexicon()
    /// Nouns that begin an organisation's name (`Universität`, `Gewerkschaft`); also as the end
    /// of a compound (`Bundesamt`).
    public var organizationHeads = NameLexicon()
    /// Nouns after which capitalised words name an organisation, without the noun
    /// (`Gewerkschaft` in `die Gewerkschaft Verdi`); also as the end of a compound.
    public var organizationDescriptors = NameLexicon()
    /// Compound endings that make one word an organisation (`ministerium`).
    public var organizationEndings = NameLexicon()
    /// Words that join an organisation head to the rest of its name (`für`, `der`).
    public var organizationConnectors = NameLexicon()
    /// Prepositions after which an unknown capitalised word is taken as a place (`in`, `aus`).
    public var placePrepositions = NameLexicon()
    /// Endings of place names (`burg`, `hausen`, `straße`).
    public var placeEndings = NameLexicon()
    /// Nouns that end a place name after a place adjective (`Platz` in `Potsdamer Platz`) or
    /// stand before a number (`Bundesstraße 216`).
    public var placeHeads = NameLexicon()
    /// Words that begin a place name of several words (`Bad`, `Sankt`, `New`).
    public var placePrefixes = NameLexicon()
    /// Capitalised words that are never part of a name (`Der`, `Montag`, `Januar`).
    public var stopWords = NameLexicon()
    /// Common nouns and abbreviations that the place and acronym rules must not take
    /// (`Kraft` in `in Kraft`, `TV`).
    public var commonWords = NameLexicon()
    /// Endings of common nouns (`ung`, `heit`, `schaft`).
    public var nounEndings = NameLexicon()
    /// Words after which a capitalised word is a common noun, not a place (`des` in
    /// `nach Angaben des`).
    public var nounFollowers = NameLexicon()

    /// Loads every list from the data folder; throws with every error found, each naming its
    /// file and line.
    public init(configuration: Configuration) throws {
        var errors: [String] = []
        func load(_ name: String, _ values: [Substring: UInt8] = [:]) -> NameLexicon {
            NameRules.load(name, values, configuration, &errors)
        }
        firstNames = load("first-names.tsv", ["f": 1, "m": 2, "u": 0])
        titles = load("person-titles.txt")
        roles = load("person-roles.txt")
        particles = load("name-particles.txt", NameRules.particleValues)
        organizationSuffixes = load("organization-suffixes.txt")
        organizationHeads = load("organization-heads.txt")
        organizationDescriptors = load("organization-descriptors.txt")
        organizationEndings = load("organization-endings.txt")
        organizationConnectors = load("organization-connectors.txt")
        placePrepositions = load("place-prepositions.txt")
        placeEndings = load("place-endings.txt")
        placePrefixes = load("place-prefixes.txt")
        placeHeads = load("place-heads.txt")
        stopWords = load("stop-words.txt")
        commonWords = load("common-words.txt")
        nounEndings = load("noun-endings.txt")
        nounFollowers = load("noun-followers.txt")
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
    }

    /// The values of `name-particles.txt`'s second column.
    static let particleValues: [Substring: UInt8] = ["inner": 1]

    /// The lexicon of `rules/names/NAME`; errors are added to `errors`.
    static func load(_ name: String, _ values: [Substring: UInt8], _ configuration: Configuration,
                     _ errors: inout [String]) -> NameLexicon {
        let path = configuration.dataPath("rules/names/" + name)
        do {
            return try lexicon(DataFile(path: path), values: values, errors: &errors)
        } catch {
            errors.append("\(error)")
            return NameLexicon()
        }
    }

    /// A lexicon from a file of lines `WORD[<TAB>VALUE]`, where VALUE is one of `values`' keys.
    static func lexicon(_ file: DataFile, values: [Substring: UInt8], errors: inout [String]) throws -> NameLexicon {
        var lexicon = NameLexicon()
        for line in file.lines {
            let fields = line.fields
            let word = fields[0]
            if word.isEmpty || word.contains(" ") {
                errors.append(file.error(line.number, "expected one word, found \"\(word)\""))
                continue
            }
            var value: UInt8 = 0
            if fields.count > 1 {
                guard fields.count == 2, let v = values[fields[1]] else {
                    let allowed = values.keys.sorted().joined(separator: ", ")
                    errors.append(file.error(line.number, allowed.isEmpty
                        ? "expected one word and nothing else"
                        : "expected WORD<TAB>VALUE with VALUE one of \(allowed)"))
                    continue
                }
                value = v
            }
            if !lexicon.insert(word, value: value) {
                errors.append(file.error(line.number, "\"\(word)\" is listed twice"))
            }
        }
        return lexicon
    }
}

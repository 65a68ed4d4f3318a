/// The word lists behind the rules for names beyond the gazetteers, read from
/// `Gazetteers/rules/names/` (formats in `Docs/names.md` and in each file's header).
///
/// A class, so that the rules pass by reference through the hot loops.
public final class NameRules: Sendable {
    /// Given names; the value is 1 for female, 2 for male, 0 for either.
    public let firstNames: NameLexicon
    /// Words before a name that make it a person's (`Herr`, `Frau`, `Dr.`).
    public let titles: NameLexicon
    /// Offices and roles before a name (`Außenminister`); also match as the end of a compound
    /// (`Bundesaußenministerin`, `DFB-Präsident`).
    public let roles: NameLexicon
    /// Name particles (`von`, `van`, `de`); value 1 for those allowed only after another
    /// particle (`der` in `van der`), 2 for those that may start a name (`van der Vaart`).
    public let particles: NameLexicon
    /// Legal forms that end an organisation's name (`AG`, `GmbH`, `e.V.`).
    public let organizationSuffixes: NameLexicon
    /// Nouns that begin an organisation's name (`Universität`, `Gewerkschaft`); also as the end
    /// of a compound (`Bundesamt`).
    public let organizationHeads: NameLexicon
    /// Nouns after which capitalised words name an organisation, without the noun
    /// (`Gewerkschaft` in `die Gewerkschaft Verdi`); also as the end of a compound.
    public let organizationDescriptors: NameLexicon
    /// Compound endings that make one word an organisation (`ministerium`).
    public let organizationEndings: NameLexicon
    /// Words that join an organisation head to the rest of its name (`für`, `der`).
    public let organizationConnectors: NameLexicon
    /// Prepositions after which an unknown capitalised word is taken as a place (`in`, `aus`).
    public let placePrepositions: NameLexicon
    /// Endings of place names (`burg`, `hausen`, `straße`).
    public let placeEndings: NameLexicon
    /// Nouns that end a place name after a place adjective (`Platz` in `Potsdamer Platz`) or
    /// stand before a number (`Bundesstraße 216`, value 1) or a place's name (`Dreieck Hockenheim`,
    /// value 2).
    public let placeHeads: NameLexicon
    /// Words that begin a place name of several words (`Bad`, `Sankt`, `New`).
    public let placePrefixes: NameLexicon
    /// Capitalised words that are never part of a name (`Der`, `Montag`, `Januar`).
    public let stopWords: NameLexicon
    /// Common nouns and abbreviations that the place and acronym rules must not take
    /// (`Kraft` in `in Kraft`, `TV`).
    public let commonWords: NameLexicon
    /// Endings of common nouns (`ung`, `heit`, `schaft`).
    public let nounEndings: NameLexicon
    /// Words after which a capitalised word is a common noun, not a place (`des` in
    /// `nach Angaben des`).
    public let nounFollowers: NameLexicon
    /// Words of saying that mark a lone name beside them as a person (`sagte`, `laut`,
    /// `zufolge`); value 1 when the name follows the cue, 2 when it precedes it, 3 for both,
    /// 4 for a word that starts life dates in parentheses (`geboren`).
    public let personCues: NameLexicon
    /// Nouns after which a name is a place, without the noun (`Kanton` in `Kanton Baselland`).
    public let placeDescriptors: NameLexicon
    /// Common last names (`Müller`, `Nowak`); value 1 for those that are also German words or
    /// first names (`Koch`, `Otto`), persons alone only beside a person cue.
    public let surnames: NameLexicon
    /// Articles and pronouns before a common noun (`der`, `seine`, `im`).
    public let determiners: NameLexicon
    /// Conjunctions that join the names of a list (`und`, `oder`, `sowie`).
    public let conjunctions: NameLexicon
    /// Stems of adjectives that begin place names (`groß` in `Großer Arber`, `hinter`).
    public let placeAdjectives: NameLexicon

    /// Every list in one table, for the lookups of `WordFlags`.
    let table: NameWordTable

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
        organizationConnectors = load("organization-connectors.txt", NameRules.particleValues)
        placePrepositions = load("place-prepositions.txt")
        placeEndings = load("place-endings.txt")
        placePrefixes = load("place-prefixes.txt")
        placeHeads = load("place-heads.txt", NameRules.placeHeadValues)
        stopWords = load("stop-words.txt")
        commonWords = load("common-words.txt")
        nounEndings = load("noun-endings.txt")
        nounFollowers = load("noun-followers.txt")
        personCues = load("person-cues.txt", NameRules.personCueValues)
        surnames = load("surnames.txt", ["ambiguous": 1])
        determiners = load("determiners.txt")
        placeDescriptors = load("place-descriptors.txt")
        conjunctions = load("conjunctions.txt")
        placeAdjectives = load("place-adjectives.txt")
        var table = NameWordTable()
        table.add(firstNames, whole: .firstName)
        table.add(titles, whole: .title)
        table.add(particles, whole: .particle)
        table.add(particles, whole: .particleStart, value: 2)
        table.add(organizationSuffixes, whole: .organizationSuffix)
        table.add(organizationHeads, whole: .organizationHead)
        table.add(organizationConnectors, whole: .organizationConnector)
        table.add(organizationConnectors, whole: .innerConnector, value: 1)
        table.add(placePrepositions, whole: .placePreposition)
        table.add(placePrefixes, whole: .placePrefix)
        table.add(placeHeads, whole: .placeHead)
        table.add(placeHeads, whole: .roadHead, value: 1)
        table.add(stopWords, whole: .stopWord)
        table.add(commonWords, whole: .commonWord)
        table.add(nounFollowers, whole: .nounFollower)
        table.add(surnames, whole: .surname)
        table.add(surnames, whole: .surnameClear, value: 0)
        table.add(determiners, whole: .determiner)
        table.add(placeDescriptors, whole: .placeDescriptor)
        table.add(conjunctions, whole: .conjunction)
        table.add(placeAdjectives, whole: .placeAdjective, endings: NameRules.adjectiveEndings)
        for value: UInt8 in [1, 3] { table.add(personCues, whole: .personCueBefore, value: value) }
        for value: UInt8 in [2, 3] { table.add(personCues, whole: .personCueAfter, value: value) }
        table.add(personCues, whole: .lifeDates, value: 4)
        table.add(roles, ending: .role, remainder: 0)
        table.add(organizationDescriptors, ending: .organizationDescriptor, remainder: 0)
        table.add(organizationHeads, ending: .organizationHeadCompound, remainder: 3)
        table.add(organizationEndings, ending: .organizationEnding, remainder: 3)
        table.add(placeEndings, ending: .placeEnding, remainder: 3)
        table.add(nounEndings, ending: .nounEnding, remainder: 2)
        self.table = table
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
    }

    /// The endings of an inflected adjective (`große`, `großen`, `großer`, `großes`, `großem`).
    static let adjectiveEndings = ["e", "en", "er", "es", "em"]

    /// The values of `place-heads.txt`'s second column.
    static let placeHeadValues: [Substring: UInt8] = ["number": 1, "name": 2]

    /// The values of `person-cues.txt`'s second column: where the name stands.
    static let personCueValues: [Substring: UInt8] = ["before": 1, "after": 2, "both": 3, "dates": 4]

    /// The values of `name-particles.txt`'s second column.
    static let particleValues: [Substring: UInt8] = ["inner": 1, "start": 2]

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

/// What the name rules' word lists say about one word, looked up once per word.
struct WordFlags: OptionSet {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    static let firstName = WordFlags(rawValue: 1 << 0)
    static let title = WordFlags(rawValue: 1 << 1)
    /// A role, also as the end of a compound (`Außenminister`).
    static let role = WordFlags(rawValue: 1 << 2)
    static let particle = WordFlags(rawValue: 1 << 3)
    static let organizationSuffix = WordFlags(rawValue: 1 << 4)
    /// An organisation head, also with a genitive ending (`Instituts`).
    static let organizationHead = WordFlags(rawValue: 1 << 5)
    /// A compound ending in an organisation head, three letters or more before it (`Bundesamt`).
    static let organizationHeadCompound = WordFlags(rawValue: 1 << 6)
    static let organizationDescriptor = WordFlags(rawValue: 1 << 7)
    static let organizationEnding = WordFlags(rawValue: 1 << 8)
    static let organizationConnector = WordFlags(rawValue: 1 << 9)
    static let placePreposition = WordFlags(rawValue: 1 << 10)
    static let placeEnding = WordFlags(rawValue: 1 << 11)
    static let placePrefix = WordFlags(rawValue: 1 << 12)
    static let placeHead = WordFlags(rawValue: 1 << 13)
    static let stopWord = WordFlags(rawValue: 1 << 14)
    static let commonWord = WordFlags(rawValue: 1 << 15)
    static let nounEnding = WordFlags(rawValue: 1 << 16)
    static let nounFollower = WordFlags(rawValue: 1 << 17)
    /// A particle that may start a name without a first name (`van der Vaart`).
    static let particleStart = WordFlags(rawValue: 1 << 19)
    /// A listed first name with a genitive -s (`Ottos`, `Brians`).
    static let firstNameGenitive = WordFlags(rawValue: 1 << 21)
    /// A connector only between parts of a name, never right after its head (`und`).
    static let innerConnector = WordFlags(rawValue: 1 << 20)
    /// A word of saying that a lone name may follow (`sagte Kolb`, `laut Kolb`).
    static let personCueBefore = WordFlags(rawValue: 1 << 22)
    /// A word of saying that a lone name may precede (`Kolb sagte`, `Kolb zufolge`).
    static let personCueAfter = WordFlags(rawValue: 1 << 23)
    /// A word that starts life dates in parentheses (`geboren` in `Kolb (geboren 1950)`).
    static let lifeDates = WordFlags(rawValue: 1 << 25)
    /// A noun after which a name is a place (`Kanton`, also `Landkreises`).
    static let placeDescriptor = WordFlags(rawValue: 1 << 26)
    /// A listed last name that is no German word (`Nowak`), also alone before a verb.
    static let surnameClear = WordFlags(rawValue: 1 << 27)
    /// The genitive of a listed last name that is no German word (`Nowaks`).
    static let surnameGenitive = WordFlags(rawValue: 1 << 28)
    /// An article or pronoun before a common noun (`der`, `seine`, `im`).
    static let determiner = WordFlags(rawValue: 1 << 29)
    /// A listed common last name (`Müller`).
    static let surname = WordFlags(rawValue: 1 << 24)
    /// A conjunction that joins the names of a list (`und`, `oder`).
    static let conjunction = WordFlags(rawValue: 1 << 30)
    /// An inflected adjective that begins a place name (`Große`, `Hinteren`).
    static let placeAdjective = WordFlags(rawValue: 1 << 31)
    /// A place head that takes a number alone (`Bundesstraße 216`).
    static let roadHead = WordFlags(rawValue: 1 << 18)

    /// Flags looked up for lower-case words.
    static let lowerCase: WordFlags = [
        .particle, .particleStart, .organizationConnector, .innerConnector, .placePreposition, .nounFollower,
        .personCueBefore, .personCueAfter, .lifeDates, .determiner, .conjunction,
    ]
    /// Whole-word flags looked up for capitalised words and acronyms.
    static let capitalizedWhole: WordFlags = [
        .stopWord, .commonWord, .title, .particle, .particleStart, .organizationSuffix, .organizationConnector,
        .placePreposition, .placePrefix, .placeHead, .roadHead, .organizationHead, .firstName,
        .surname, .surnameClear, .personCueBefore, .personCueAfter, .placeDescriptor, .determiner,
        .placeAdjective,
    ]
    /// Ending flags looked up for capitalised words.
    static let endings: WordFlags = [
        .role, .organizationDescriptor, .organizationHeadCompound, .organizationEnding, .placeEnding, .nounEnding,
    ]
    /// Whole-word flags that also hold for a word with a genitive -s or -es (`Instituts`, `Kreises`).
    static let genitiveWhole: WordFlags = [.organizationHead, .placeDescriptor]
    /// Flags that also hold for a word with a genitive -s (`Instituts`, `Hamburgs`, `Magazins`).
    static let genitiveEndings: WordFlags = [
        .organizationHeadCompound, .organizationEnding, .placeEnding, .organizationDescriptor,
    ]

    /// Ending flags that also hold for a word with a genitive -es (`Presseverbandes`, `Konzernes`).
    static let genitiveEsEndings: WordFlags = [.organizationHeadCompound, .organizationDescriptor]

    /// The flags of every word.
    static func flags(of words: [NameWord], _ scalars: [Unicode.Scalar], _ table: borrowing NameWordTable) -> [WordFlags] {
        var flags = [WordFlags](repeating: [], count: words.count)
        scalars.withUnsafeBufferPointer { buffer in
            for i in words.indices {
                flags[i] = WordFlags(buffer, words[i].range, shape: words[i].shape, table: table)
            }
        }
        return flags
    }

    /// The flags of the word `scalars[range]` of the given shape.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, shape: NameWord.Shape,
         table: borrowing NameWordTable) {
        switch shape {
        case .other:
            self = []
        case .lower:
            // most lower-case words are longer than any listed particle, connector or preposition
            guard range.count <= table.longestLowerCaseWord else { self = []; return }
            self = WordFlags(rawValue: table.flags(of: scalars, range, whole: WordFlags.lowerCase.rawValue, endings: 0))
        case .capitalized, .acronym:
            let endings = shape == .capitalized ? WordFlags.endings.rawValue : 0
            var raw = table.flags(of: scalars, range, whole: WordFlags.capitalizedWhole.rawValue, endings: endings)
            if range.count > 3 && scalars[range.upperBound - 1] == "s" {
                // a genitive: `Instituts`, `Verbandes`, `Bundesamts`, `Ingolstadts`
                let stem = range.lowerBound..<(range.upperBound - 1)
                // one walk over the stem for every genitive flag (none of them is also an ending)
                let named = WordFlags.firstName.rawValue | WordFlags.surnameClear.rawValue
                let stemFlags = table.flags(of: scalars, stem, whole: WordFlags.genitiveWhole.rawValue | named,
                                            endings: endings & WordFlags.genitiveEndings.rawValue)
                raw |= stemFlags & ~named
                if shape == .capitalized && stemFlags & WordFlags.firstName.rawValue != 0 {
                    raw |= WordFlags.firstNameGenitive.rawValue
                }
                if shape == .capitalized && stemFlags & WordFlags.surnameClear.rawValue != 0 {
                    raw |= WordFlags.surnameGenitive.rawValue
                }
                if scalars[range.upperBound - 2] == "e" {
                    // `Kreises`, `Presseverbandes`, `Konzernes`
                    raw |= table.flags(of: scalars, stem.lowerBound..<(stem.upperBound - 1),
                                       whole: WordFlags.genitiveWhole.rawValue,
                                       endings: endings & WordFlags.genitiveEsEndings.rawValue)
                }
            }
            self = WordFlags(rawValue: raw)
            if shape == .capitalized && !contains(.firstName) && WordFlags.isHyphenatedFirstName(scalars, range, table) {
                insert(.firstName)
            }
        }
    }

    /// A hyphenated first name whose parts are all listed first names (`Hans-Peter`).
    static func isHyphenatedFirstName(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>,
                                      _ table: borrowing NameWordTable) -> Bool {
        var start = r.lowerBound
        var parts = 0
        for i in r where NameWord.isHyphen(scalars[i]) {
            guard table.flags(of: scalars, start..<i, whole: WordFlags.firstName.rawValue, endings: 0) != 0 else { return false }
            start = i + 1
            parts += 1
        }
        return parts > 0 && table.flags(of: scalars, start..<r.upperBound, whole: WordFlags.firstName.rawValue, endings: 0) != 0
    }
}

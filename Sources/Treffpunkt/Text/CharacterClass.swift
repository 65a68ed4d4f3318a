/// The character classes the tokenizer and sentence splitter test, for every UTF-16 code unit.
///
/// One table lookup per unit replaces calls into Unicode properties on the hot path. Units of
/// the surrogate range carry `surrogate`; their classes come from `CharacterClass.of(scalar:)`.
public struct CharacterClass: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Spaces, line ends, control and invisible format characters: never part of a token start.
    public static let space = CharacterClass(rawValue: 1 << 0)
    /// Line ends (LF, CR, NEL, VT, FF, LINE and PARAGRAPH SEPARATOR).
    public static let newline = CharacterClass(rawValue: 1 << 1)
    public static let letter = CharacterClass(rawValue: 1 << 2)
    public static let upper = CharacterClass(rawValue: 1 << 3)
    public static let lower = CharacterClass(rawValue: 1 << 4)
    /// Decimal digits of any script.
    public static let digit = CharacterClass(rawValue: 1 << 5)
    /// Combining marks.
    public static let mark = CharacterClass(rawValue: 1 << 6)
    /// Hyphens that join compounds: `-` U+2010 U+2011.
    public static let hyphen = CharacterClass(rawValue: 1 << 7)
    /// Marks that end a sentence: `.` `!` `?` `…` and their variants.
    public static let terminal = CharacterClass(rawValue: 1 << 8)
    /// Quotation marks of every style.
    public static let quote = CharacterClass(rawValue: 1 << 9)
    /// Opening brackets.
    public static let open = CharacterClass(rawValue: 1 << 10)
    /// Closing brackets.
    public static let close = CharacterClass(rawValue: 1 << 11)
    /// Punctuation (Unicode categories P*).
    public static let punctuation = CharacterClass(rawValue: 1 << 12)
    /// Symbols (Unicode categories S*).
    public static let symbol = CharacterClass(rawValue: 1 << 13)
    /// Vowels of the Latin script, with and without diacritics (for the abbreviation heuristic).
    public static let vowel = CharacterClass(rawValue: 1 << 14)
    /// Half of a surrogate pair.
    public static let surrogate = CharacterClass(rawValue: 1 << 15)

    /// Whether the class shares a flag with `other`: one integer test, for hot loops (the
    /// generic `OptionSet` operations may go through protocol witnesses).
    @inline(__always)
    public func hasAny(_ other: CharacterClass) -> Bool { rawValue & other.rawValue != 0 }

    /// Letters, digits and marks: what a word is made of.
    public static let wordCharacter: CharacterClass = [.letter, .digit, .mark]

    /// The class of one scalar.
    public static func of(scalar s: Unicode.Scalar) -> CharacterClass {
        let p = s.properties
        var c: CharacterClass = []
        switch s.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: c.formUnion([.space, .newline])
        case 0x200B, 0xFEFF: c.insert(.space)
        case 0x2D, 0x2010, 0x2011: c.insert(.hyphen)
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F:
            c.insert(.terminal)
        default: break
        }
        switch p.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
             .privateUse:
            if p.generalCategory != .format || s.value == 0xFEFF || s.value == 0x200B || s.value == 0x2060 {
                c.insert(.space)
            }
        case .uppercaseLetter, .titlecaseLetter: c.formUnion([.letter, .upper])
        case .lowercaseLetter: c.formUnion([.letter, .lower])
        case .modifierLetter, .otherLetter: c.insert(.letter)
        case .decimalNumber: c.insert(.digit)
        case .letterNumber, .otherNumber: c.insert(.letter)
        case .nonspacingMark, .spacingMark, .enclosingMark: c.insert(.mark)
        case .initialPunctuation, .finalPunctuation: c.formUnion([.punctuation, .quote])
        case .openPunctuation: c.formUnion([.punctuation, .open])
        case .closePunctuation: c.formUnion([.punctuation, .close])
        case .connectorPunctuation, .dashPunctuation, .otherPunctuation: c.insert(.punctuation)
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: c.insert(.symbol)
        default: break
        }
        if p.isWhitespace { c.insert(.space) }
        switch s.value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A, 0x300C...0x300F:
            c.formUnion([.quote, .punctuation])
        default: break
        }
        if c.contains(.letter), isLatinVowel(s) { c.insert(.vowel) }
        if c.contains(.space) { c.subtract([.letter, .punctuation, .symbol]) }
        return c
    }

    /// Whether a letter is a Latin vowel, also with diacritics (`ä`, `é`, `Ø`): the vowel
    /// letters of the languages German news quotes, lower and upper case.
    private static func isLatinVowel(_ s: Unicode.Scalar) -> Bool {
        s.value < latinVowelsEnd && latinVowels.unicodeScalars.contains(s)
    }

    /// A code point beyond every one of `latinVowels`, so that the table is built without
    /// searching the list for the letters of other scripts.
    private static let latinVowelsEnd: UInt32 = 0x250

    private static let latinVowels = "aeiouyäöüáàâãåāéèêëēíìîïīóòôõøōúùûūýÿæœAEIOUYÄÖÜÁÀÂÃÅĀÉÈÊËĒÍÌÎÏĪÓÒÔÕØŌÚÙÛŪÝŸÆŒ"

    /// The class of every UTF-16 code unit, built once.
    public static let table: [CharacterClass] = {
        var table = [CharacterClass](repeating: [], count: 0x10000)
        for v in 0..<0x10000 {
            if (0xD800...0xDFFF).contains(v) {
                table[v] = .surrogate
            } else if let s = Unicode.Scalar(UInt32(v)) {
                table[v] = of(scalar: s)
            }
        }
        return table
    }()
}


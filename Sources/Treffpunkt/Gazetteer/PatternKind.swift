/// What kind of name of its entry a compiled pattern is.
public enum PatternKind: UInt8, Sendable, CaseIterable {
    /// The canonical name.
    case name
    /// An alias.
    case alias
    /// A transliteration generated from `orig=`.
    case transliteration
    /// A form of an `adj=` adjective of a place (`russischen`, `Minsker`).
    case adjective
    /// A `demonym=` of a place (`Russen`).
    case demonym

    /// Whether a match names the entity itself (rather than its people or things).
    public var isName: Bool { self == .name || self == .alias || self == .transliteration }
}

/// How one unit of a pattern must be capitalised in the text (two bits per unit).
enum UnitCase: UInt32 {
    /// Anything (punctuation, digits, adjective forms).
    case any = 0
    /// An all-caps acronym: all caps or title case, not lowercase (`NATO`, `Nato`).
    case acronym = 1
    /// First letter uppercase (`Merkel`, `MERKEL`).
    case upper = 2
    /// First letter lowercase, or uppercase as the first word of a sentence (`van`, `der`).
    case lower = 3

    /// The rule for a unit of a name with these case flags.
    init(name flags: KeyNormalizer.CaseFlags) {
        if flags.contains(.allUpper) { self = .acronym }
        else if flags.contains(.firstUpper) { self = .upper }
        else if flags.contains(.firstLower) { self = .lower }
        else { self = .any }
    }

    /// Whether a text unit with these flags satisfies the rule.
    @inline(__always)
    static func accepts(_ rule: UInt32, _ flags: KeyNormalizer.CaseFlags, sentenceInitial: Bool) -> Bool {
        switch rule {
        case 1: return !flags.contains(.firstLower)
        case 2: return flags.contains(.firstUpper)
        case 3: return flags.contains(.firstLower) || (sentenceInitial && flags.contains(.firstUpper))
        default: return true
        }
    }
}

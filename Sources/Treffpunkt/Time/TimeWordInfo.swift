/// What the temporal grammar asks of one word of the lexicon, worked out once from the word's
/// entries so that a question costs one load instead of a walk over the entries.
///
/// Each value is the one of the first single-word entry of that kind, in the order of
/// `TimeLexicon.entries` (the order the grammar used to search them). The type holds no references,
/// so reading it copies no counted object.
struct TimeWordInfo: Sendable {
    /// The kinds of meaning that `TimeGrammar.phrase` looks for, over entries of one or more words.
    struct PhraseKinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let month = PhraseKinds(rawValue: 1)
        static let anaphora = PhraseKinds(rawValue: 2)
        static let holiday = PhraseKinds(rawValue: 4)
    }

    /// The `TimeRole.bit`s of the single-word entries.
    var roles: UInt32 = 0
    /// The number of entries (phrases of any length) that start with the word.
    var entryCount: Int32 = 0
    var phraseKinds: PhraseKinds = []
    /// Whether some pattern of the grammar may start at the word: it has a meaning of its own
    /// (`startsCore`) or one of the `startRoles`.
    var canStart = false
    /// Whether a core pattern (`TimeGrammar.core`) other than "article, day part" may start at the
    /// word: it has a meaning besides the roles of prepositions and articles.
    var startsCore = false
    var isDayPart = false
    var isBoundary = false
    var number: Int16?
    /// A weekday, also of a compound with a day part ("Mittwochnachmittag").
    var weekday: Int8?
    var modifier: Int8?
    var deictic: Int8?
    var ordinal: Int8?
    var unit: TimeUnit?
    var unitIsPlural = false
    var period: TimeUnit?
    var periodOffset: Int8 = 0
    /// The offset of the first single-word period of years ("Vorjahr").
    var yearPeriod: Int8?
    /// Indexes into `TimeLexicon.codes`.
    var season: Int32?
    var decade: Int32?

    init() {}

    /// The facts of a word's entries; season and decade codes go to `codes`.
    init(entries: [TimeLexicon.Entry], codes: inout [String]) {
        entryCount = Int32(entries.count)
        func code(_ s: String) -> Int32 {
            if let i = codes.firstIndex(of: s) { return Int32(i) }
            codes.append(s)
            return Int32(codes.count - 1)
        }
        for e in entries {
            switch e.meaning {
            case .month: phraseKinds.insert(.month)
            case .anaphora: phraseKinds.insert(.anaphora)
            case .holiday: phraseKinds.insert(.holiday)
            default: break
            }
            guard e.rest.isEmpty else { continue }
            switch e.meaning {
            case .role(let r): roles |= r.bit
            case .number(let n): if number == nil { number = Int16(n) }
            case .weekday(let w), .weekdayPart(let w): if weekday == nil { weekday = Int8(w) }
            case .modifier(let n): if modifier == nil { modifier = Int8(n) }
            case .deictic(let n): if deictic == nil { deictic = Int8(n) }
            case .ordinal(let n): if ordinal == nil { ordinal = Int8(n) }
            case .unit(let u, let plural):
                if unit == nil { (unit, unitIsPlural) = (u, plural) }
            case .period(let u, let n):
                if period == nil { (period, periodOffset) = (u, Int8(n)) }
                if u == .year && yearPeriod == nil { yearPeriod = Int8(n) }
            case .season(let s): if season == nil { season = code(s) }
            case .decade(let d): if decade == nil { decade = code(d) }
            case .boundary: isBoundary = true
            case .dayPart: isDayPart = true
            case .month, .anaphora, .holiday: break
            }
        }
        startsCore = !phraseKinds.isEmpty || number != nil || weekday != nil || modifier != nil || deictic != nil
            || ordinal != nil || unit != nil || period != nil || season != nil || decade != nil || isBoundary || isDayPart
            || has(.dayPartAdjective)
        canStart = startsCore || roles & TimeWordInfo.startRoles != 0
    }

    func has(_ role: TimeRole) -> Bool { roles & role.bit != 0 }

    /// The roles (low 32 bits) and `TimeAtom.Flags` (next 8 bits) that every atom of the word takes.
    var atomFacts: UInt64 {
        var flags: TimeAtom.Flags = []
        if canStart { flags.insert(.startsPattern) }
        if startsCore { flags.insert(.startsCore) }
        if entryCount > 0 { flags.insert(.hasEntries) }
        if entryCount > 1 { flags.insert(.hasSeveralEntries) }
        return UInt64(roles) | UInt64(flags.rawValue) << 32
    }

    /// The roles with which a pattern starts at a word without a meaning of its own: a preposition
    /// before a core ("am", "im"), an article before a day part, "vor" / "in" of an offset.
    static let startRoles = TimeRole.include.bit | TimeRole.article.bit | TimeRole.ago.bit | TimeRole.ahead.bit
}

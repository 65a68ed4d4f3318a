/// The state of the name rules over one document: its words, which of them a rule has taken,
/// and the names found so far.
struct NameScan {
    /// A name found by rule: a run of words and its type.
    struct Found {
        var words: Range<Int>
        var type: EntityType
        var gender: Gender?
        /// Whether gazetteer mentions inside the name give way to it.
        var absorbsCovered = false
        /// Whether the name is a longer form of the gazetteer entity it covers (`1. FC Nürnberg`
        /// around `FC Nürnberg`) and becomes a mention of that entity.
        var keepsCoveredEntity = false
    }

    let rules: NameRules
    let scalars: [Unicode.Scalar]
    let words: [NameWord]
    /// What the word lists say about each word.
    let flags: [WordFlags]
    /// Words a rule has made part of a name.
    var taken: [Bool]
    var found: [Found] = []
    /// End offsets of organisation mentions (gazetteer and rule), for acronyms in parentheses.
    var organizationEnds: Set<Int> = []
    /// Words a gazetteer took for a person by the last name alone, with that person's first name.
    let surnameAliasFirstNames: [Int: [Unicode.Scalar]]
    /// What the run of sentences being scanned holds that some rules need (they are not tried
    /// without it).
    private var marks = RunMarks()

    /// Marks of a run of sentences that rules need: an opening parenthesis (acronyms, ages and
    /// life dates after a name), a legal form.
    private struct RunMarks {
        var parenthesis = false
        var legalForm = false
    }

    init(rules: NameRules, document: borrowing Document) {
        self.rules = rules
        scalars = document.scalars
        var covered = [EntityType?](repeating: nil, count: document.tokens.count)
        var organizationEnds: Set<Int> = []
        for m in document.mentions {
            for t in m.tokens where t < covered.count { covered[t] = document.entities[m.entity].type }
            if document.entities[m.entity].type == .organization { organizationEnds.insert(m.end) }
        }
        let scalars = document.scalars
        let table = rules.table
        // a title, legal form or place prefix with its period (one walk over the word for all
        // three lists), or a capital letter with its period
        let listed = WordFlags([.title, .organizationSuffix, .placePrefix]).rawValue
        words = NameWord.words(of: document, covered: covered) { range in
            (range.count == 2 && LetterCase.isUppercase(scalars[range.lowerBound]))
                || scalars.withUnsafeBufferPointer { table.flags(of: $0, range, whole: listed, endings: 0) != 0 }
        }
        taken = [Bool](repeating: false, count: words.count)
        flags = WordFlags.flags(of: words, scalars, rules.table)
        surnameAliasFirstNames = NameScan.surnameAliasFirstNames(of: document, words: words)
        self.organizationEnds = organizationEnds
    }

    /// Runs every rule over every sentence, left to right.
    /// A sentence break right after a listed abbreviation (`Prof.`, `Co.`, `St.`) does not end a run.
    mutating func run() {
        var i = 0
        while i < words.count {
            var end = i + 1
            while end < words.count
                    && (words[end].sentence == words[end - 1].sentence || isListedAbbreviation(end - 1)) {
                end += 1
            }
            marks = RunMarks()
            for k in i..<end {
                if word(k, isMark: "(") { marks.parenthesis = true }
                if has(k, .organizationSuffix) { marks.legalForm = true }
            }
            scan(i..<end)
            i = end
        }
    }

    private func isListedAbbreviation(_ k: Int) -> Bool {
        scalars[words[k].end - 1] == "." && words[k].end - words[k].start > 1
            && (has(k, .title) || has(k, .organizationSuffix) || has(k, .placePrefix))
    }

    private mutating func scan(_ sentence: Range<Int>) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if taken[i] { i += 1; continue }
            let next = applyRules(at: i, in: sentence)
            i = next ?? i + 1
        }
    }

    /// The rules in order of priority; the first that finds a name at word `i` wins. Returns the
    /// index of the word after the name, nil when no rule applies.
    private mutating func applyRules(at i: Int, in sentence: Range<Int>) -> Int? {
        // lower-case words and marks start few names: only these rules can apply
        switch words[i].shape {
        case .other:
            if isInitial(i) { return personWithParticleOrInitial(at: i, in: sentence) }
            if let next = roadWithLetter(at: i, in: sentence) { return next }
            if let next = quotedSource(at: i, in: sentence) { return next }
            return clubWithOrdinal(at: i, in: sentence)
        case .lower:
            if let next = personWithParticleOrInitial(at: i, in: sentence) { return next }
            return placeAfterPreposition(at: i, in: sentence)
        case .capitalized, .acronym:
            break
        }
        // each rule is tried only where what it needs is there: a flag of the word or of a
        // neighbour, a mark after it, a mark in the run (the rule would find nothing else)
        let f = flags[i]
        let next = i + 1
        if marks.parenthesis, let end = organizationBeforeAcronym(at: i, in: sentence) { return end }
        if words[i].coverType == .organization, let end = organizationWithAcronym(at: i, in: sentence) { return end }
        if isFollowed(i, by: "&", in: sentence), let end = organizationWithAmpersand(at: i, in: sentence) { return end }
        if marks.legalForm, let end = organizationWithLegalForm(at: i, in: sentence) { return end }
        if isCue(i), let end = personAfterCue(at: i, in: sentence) { return end }
        if f.contains(.firstName), let end = personWithOtherFirstName(at: i, in: sentence) { return end }
        if !f.isDisjoint(with: [.firstName, .firstNameGenitive]),
           let end = personWithFirstName(at: i, in: sentence) { return end }
        if f.contains(.particleStart) || isInitial(i), let end = personWithParticleOrInitial(at: i, in: sentence) {
            return end
        }
        if marks.parenthesis, let end = personBeforeParenthesis(at: i, in: sentence) { return end }
        if marks.parenthesis, let end = personBeforeLifeDates(at: i, in: sentence) { return end }
        if (i > sentence.lowerBound && has(i - 1, .personCueBefore))
            || (next < sentence.upperBound && has(next, .personCueAfter)),
           let end = personBesideCue(at: i, in: sentence) { return end }
        if !f.isDisjoint(with: [.surnameClear, .surnameGenitive]) || scalars[words[i].end - 1] == "s",
           let end = personLoneSurname(at: i, in: sentence) { return end }
        if next < sentence.upperBound && has(next, .surnameClear), let end = personBeforeSurname(at: i, in: sentence) {
            return end
        }
        if f.contains(.organizationDescriptor), let end = organizationAfterDescriptor(at: i, in: sentence) { return end }
        if !f.isDisjoint(with: [.organizationHead, .organizationHeadCompound]),
           let end = organizationAfterHead(at: i, in: sentence) { return end }
        if f.contains(.organizationEnding), let end = organizationCompound(at: i) { return end }
        if words[i].shape == .acronym, let end = organizationAcronym(at: i, in: sentence) { return end }
        if f.contains(.placePreposition), let end = placeAfterPreposition(at: i, in: sentence) { return end }
        if f.contains(.placeDescriptor), let end = placeAfterDescriptor(at: i, in: sentence) { return end }
        if isFollowed(i, by: "/", in: sentence), let end = placePair(at: i, in: sentence) { return end }
        if f.contains(.placePrefix), let end = placeWithPrefix(at: i, in: sentence) { return end }
        if f.contains(.placeAdjective), let end = placeWithAdjective(at: i, in: sentence) { return end }
        if !f.isDisjoint(with: [.placeHead, .roadHead]) || (next < sentence.upperBound && has(next, .placeHead)),
           let end = placeBeforeHead(at: i, in: sentence) { return end }
        guard f.contains(.placeEnding) else { return nil }
        return placeWithEnding(at: i)
    }

    /// Whether word `i` is followed by this mark and one more word of the run.
    @inline(__always)
    private func isFollowed(_ i: Int, by mark: Unicode.Scalar, in sentence: Range<Int>) -> Bool {
        i + 2 < sentence.upperBound && word(i + 1, isMark: mark)
    }

    /// Records a name and returns the index of the word after it.
    /// A name that a sentence break cuts (after an abbreviation the splitter took for a full
    /// stop) keeps its longest part within one sentence, since a mention lies in one sentence.
    mutating func record(_ range: Range<Int>, _ type: EntityType, gender: Gender? = nil,
                         absorbsCovered: Bool = false, keepsCoveredEntity: Bool = false) -> Int {
        for k in range { taken[k] = true }
        var kept = range
        if words[range.lowerBound].sentence != words[range.upperBound - 1].sentence {
            var start = range.lowerBound
            kept = start..<start
            for k in range where k + 1 == range.upperBound || words[k + 1].sentence != words[k].sentence {
                if k + 1 - start >= kept.count { kept = start..<(k + 1) }
                start = k + 1
            }
        }
        found.append(Found(words: kept, type: type, gender: gender, absorbsCovered: absorbsCovered,
                           keepsCoveredEntity: keepsCoveredEntity))
        if type == .organization { organizationEnds.insert(words[range.upperBound - 1].end) }
        return range.upperBound
    }

    // MARK: word tests

    @inline(__always)
    func isFree(_ k: Int) -> Bool { !taken[k] && !words[k].isCovered }

    /// A word that only a gazetteer place covers, which a longer name may take in
    /// (`Kiel` in `THW Kiel`, `Brunn` in `Patrick von Brunn`).
    @inline(__always)
    func isCoveredPlace(_ k: Int) -> Bool {
        !taken[k] && words[k].coverType == .place && words[k].isName
    }

    @inline(__always)
    func isStop(_ k: Int) -> Bool { flags[k].contains(.stopWord) }

    /// Whether the word lists give the word this flag.
    @inline(__always)
    func has(_ k: Int, _ flag: WordFlags) -> Bool { flags[k].contains(flag) }

    /// A capitalised word that may be part of a name: not taken, not covered, not a stop word.
    @inline(__always)
    func isNamePart(_ k: Int) -> Bool {
        words[k].shape == .capitalized && isFree(k) && !isStop(k)
    }

    /// A single capital letter with its period (`F.` in `John F. Kennedy`).
    @inline(__always)
    func isInitial(_ k: Int) -> Bool {
        let w = words[k]
        return w.end - w.start == 2 && LetterCase.isUppercase(scalars[w.start]) && scalars[w.start + 1] == "."
    }

    /// Whether the word has this text (case-insensitive).
    func word(_ k: Int, is lexicon: NameLexicon) -> Bool { lexicon.contains(scalars, words[k].range) }

    /// Whether the word is this punctuation mark.
    @inline(__always)
    func word(_ k: Int, isMark mark: Unicode.Scalar) -> Bool {
        let w = words[k]
        return w.end - w.start == 1 && scalars[w.start] == mark
    }
}

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

    init(rules: NameRules, document: Document) {
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
        if let next = organizationBeforeAcronym(at: i, in: sentence) { return next }
        if let next = organizationWithAcronym(at: i, in: sentence) { return next }
        if let next = organizationWithAmpersand(at: i, in: sentence) { return next }
        if let next = organizationWithLegalForm(at: i, in: sentence) { return next }
        if let next = personAfterCue(at: i, in: sentence) { return next }
        if let next = personWithOtherFirstName(at: i, in: sentence) { return next }
        if let next = personWithFirstName(at: i, in: sentence) { return next }
        if let next = personWithParticleOrInitial(at: i, in: sentence) { return next }
        if let next = personBeforeParenthesis(at: i, in: sentence) { return next }
        if let next = personBeforeLifeDates(at: i, in: sentence) { return next }
        if let next = personBesideCue(at: i, in: sentence) { return next }
        if let next = personLoneSurname(at: i, in: sentence) { return next }
        if let next = personBeforeSurname(at: i, in: sentence) { return next }
        if let next = organizationAfterDescriptor(at: i, in: sentence) { return next }
        if let next = organizationAfterHead(at: i, in: sentence) { return next }
        if let next = organizationCompound(at: i) { return next }
        if let next = organizationAcronym(at: i, in: sentence) { return next }
        if let next = placeAfterPreposition(at: i, in: sentence) { return next }
        if let next = placeAfterDescriptor(at: i, in: sentence) { return next }
        if let next = placePair(at: i, in: sentence) { return next }
        if let next = placeWithPrefix(at: i, in: sentence) { return next }
        if let next = placeWithAdjective(at: i, in: sentence) { return next }
        if let next = placeBeforeHead(at: i, in: sentence) { return next }
        return placeWithEnding(at: i)
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

    func isFree(_ k: Int) -> Bool { !taken[k] && !words[k].isCovered }

    /// A word that only a gazetteer place covers, which a longer name may take in
    /// (`Kiel` in `THW Kiel`, `Brunn` in `Patrick von Brunn`).
    func isCoveredPlace(_ k: Int) -> Bool {
        !taken[k] && words[k].coverType == .place && words[k].isName
    }

    func isStop(_ k: Int) -> Bool { flags[k].contains(.stopWord) }

    /// Whether the word lists give the word this flag.
    @inline(__always)
    func has(_ k: Int, _ flag: WordFlags) -> Bool { flags[k].contains(flag) }

    /// A capitalised word that may be part of a name: not taken, not covered, not a stop word.
    func isNamePart(_ k: Int) -> Bool {
        words[k].shape == .capitalized && isFree(k) && !isStop(k)
    }

    /// A single capital letter with its period (`F.` in `John F. Kennedy`).
    func isInitial(_ k: Int) -> Bool {
        let w = words[k]
        return w.end - w.start == 2 && LetterCase.isUppercase(scalars[w.start]) && scalars[w.start + 1] == "."
    }

    /// Whether the word has this text (case-insensitive).
    func word(_ k: Int, is lexicon: NameLexicon) -> Bool { lexicon.contains(scalars, words[k].range) }

    /// Whether the word is this punctuation mark.
    func word(_ k: Int, isMark mark: Unicode.Scalar) -> Bool {
        let w = words[k]
        return w.end - w.start == 1 && scalars[w.start] == mark
    }
}

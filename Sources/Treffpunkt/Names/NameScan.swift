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
    }

    let rules: NameRules
    let scalars: [Unicode.Scalar]
    let words: [NameWord]
    /// Words a rule has made part of a name.
    var taken: [Bool]
    var found: [Found] = []
    /// End offsets of organisation mentions (gazetteer and rule), for acronyms in parentheses.
    var organizationEnds: Set<Int> = []

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
        words = NameWord.words(of: document, covered: covered) { range in
            rules.titles.contains(scalars, range) || rules.organizationSuffixes.contains(scalars, range)
                || rules.placePrefixes.contains(scalars, range)
                || (range.count == 2 && scalars[range.lowerBound].properties.isUppercase)
        }
        taken = [Bool](repeating: false, count: words.count)
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
            && (word(k, is: rules.titles) || word(k, is: rules.organizationSuffixes) || word(k, is: rules.placePrefixes))
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
        if let next = organizationWithLegalForm(at: i, in: sentence) { return next }
        if let next = personAfterCue(at: i, in: sentence) { return next }
        if let next = personWithFirstName(at: i, in: sentence) { return next }
        if let next = organizationAfterDescriptor(at: i, in: sentence) { return next }
        if let next = organizationAfterHead(at: i, in: sentence) { return next }
        if let next = organizationCompound(at: i) { return next }
        if let next = organizationAcronym(at: i, in: sentence) { return next }
        if let next = placeAfterPreposition(at: i, in: sentence) { return next }
        if let next = placeWithPrefix(at: i, in: sentence) { return next }
        if let next = placeBeforeHead(at: i, in: sentence) { return next }
        return placeWithEnding(at: i)
    }

    /// Records a name and returns the index of the word after it.
    mutating func record(_ range: Range<Int>, _ type: EntityType, gender: Gender? = nil,
                         absorbsCovered: Bool = false) -> Int {
        for k in range { taken[k] = true }
        found.append(Found(words: range, type: type, gender: gender, absorbsCovered: absorbsCovered))
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

    func isStop(_ k: Int) -> Bool { rules.stopWords.contains(scalars, words[k].range) }

    /// A capitalised word that may be part of a name: not taken, not covered, not a stop word.
    func isNamePart(_ k: Int) -> Bool {
        words[k].shape == .capitalized && isFree(k) && !isStop(k)
    }

    /// A single capital letter with its period (`F.` in `John F. Kennedy`).
    func isInitial(_ k: Int) -> Bool {
        let w = words[k]
        return w.end - w.start == 2 && scalars[w.start].properties.isUppercase && scalars[w.start + 1] == "."
    }

    /// Whether the word has this text (case-insensitive).
    func word(_ k: Int, is lexicon: NameLexicon) -> Bool { lexicon.contains(scalars, words[k].range) }

    /// Looks a word up as is, or without a genitive `-s`/`-es` (`Instituts`, `Verbandes`).
    func word(_ k: Int, isInflectedFormOf lexicon: NameLexicon) -> Bool {
        let r = words[k].range
        if lexicon.contains(scalars, r) { return true }
        guard r.count > 3, scalars[r.upperBound - 1] == "s" else { return false }
        if lexicon.contains(scalars, r.lowerBound..<(r.upperBound - 1)) { return true }
        return scalars[r.upperBound - 2] == "e" && lexicon.contains(scalars, r.lowerBound..<(r.upperBound - 2))
    }

    /// Whether the word ends in a word of the lexicon, leaving at least `remainder` code points
    /// before it (genitive `-s` allowed).
    func word(_ k: Int, endsWith lexicon: NameLexicon, remainder: Int) -> Bool {
        let r = words[k].range
        if lexicon.longestSuffix(of: scalars, r, remainder: remainder) != nil { return true }
        guard r.count > remainder + 2, scalars[r.upperBound - 1] == "s" else { return false }
        return lexicon.longestSuffix(of: scalars, r.lowerBound..<(r.upperBound - 1), remainder: remainder) != nil
    }

    /// Whether the word is this punctuation mark.
    func word(_ k: Int, isMark mark: Unicode.Scalar) -> Bool {
        let w = words[k]
        return w.end - w.start == 1 && scalars[w.start] == mark
    }
}

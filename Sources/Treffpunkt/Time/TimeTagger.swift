/// Finds German temporal expressions and normalises them to TIMEX3 values (`Document.times`).
///
/// One pass over each sentence's atoms finds the expressions (`TimeGrammar`); each is then anchored
/// in text order on the publication date, its clause's tense (`TenseDetector`) and the last day the
/// text mentioned ("tags darauf", "am Nachmittag"). Without a publication date, what the text leaves
/// open stays open (`XXXX-12-15`), except that a weekday with day and month may fix the year (then
/// `TimeExpression.note` says so).
public struct TimeTagger: Annotator {
    public let lexicon: TimeLexicon

    public init(configuration: Configuration) throws {
        lexicon = try TimeLexicon(configuration: configuration)
    }

    public init(lexicon: TimeLexicon) {
        self.lexicon = lexicon
    }

    public func annotate(_ document: inout Document) {
        let index = TimeAtoms.index(of: document, lexicon: lexicon)
        let atoms = index.atoms
        var tenses = TenseDetector(atoms: atoms, lexicon: lexicon, scalars: document.scalars)
        let resolver = TimeResolver(lexicon: lexicon)
        var times: [TimeExpression] = []
        var lastDay: CalendarDate?
        var grammar = TimeGrammar(atoms: atoms, lexicon: lexicon, lower: 0, upper: 0)
        var sentence = 0
        for (c, lower, upper) in grammar.scan(segments(index, document.sentences), cores: index.cores) {
            let tense = tenses.tense(first: c.first, last: c.last, lower: lower, upper: upper)
            let r = resolver.resolve(c, tense: tense, anchor: document.date, lastDay: lastDay)
            if let day = r.day { lastDay = day }
            let token = atoms[c.first].token
            sentence = Self.sentence(containingToken: token, from: sentence, document.sentences)
            times.append(TimeExpression(start: atoms[c.first].start, end: atoms[c.last].end, value: r.value,
                                        sentence: sentence, tokens: token..<atoms[c.last].token + 1, note: r.note))
        }
        document.times = times
    }

    /// `Document.sentence(containingToken:)` for tokens in text order: the search goes on from the
    /// sentence of the previous token, `from`.
    private static func sentence(containingToken token: Int, from: Int, _ sentences: [Sentence]) -> Int {
        var s = from
        while s + 1 < sentences.count && sentences[s + 1].tokens.lowerBound <= token { s += 1 }
        return s
    }

    /// The atom ranges of the sentences; a sentence that ends in a day number with its period
    /// ("am 15.") is joined to the next, since a sentence splitter may take that period for a full stop.
    private func segments(_ index: TimeAtomIndex, _ sentences: [Sentence]) -> [(Int, Int)] {
        let atoms = index.atoms
        var result: [(Int, Int)] = []
        result.reserveCapacity(sentences.count)
        var a = 0
        var joinNext = false
        for sentence in sentences {
            let lower = max(a, index.firstAtom(ofToken: sentence.tokens.lowerBound))
            a = max(lower, index.firstAtom(ofToken: sentence.tokens.upperBound))
            if joinNext, let last = result.popLast() {
                result.append((last.0, a))
            } else {
                result.append((lower, a))
            }
            joinNext = a - lower >= 2 && atoms[a - 1].kind == .mark && atoms[a - 1].mark == 0x2E && atoms[a - 2].kind == .number
                && atoms[a - 2].digits <= 2 && atoms[a - 2].end == atoms[a - 1].start
        }
        return result
    }
}

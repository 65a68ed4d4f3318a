/// Links short names to the entities mentioned in full elsewhere in the document:
///
/// - a person's last name, also in the genitive (`Donfried`, `Donfrieds`, `Jones'`), and a last
///   name with its particles (`Van der Bellen` for `Alexander Van der Bellen`), when no other
///   person of the document has the same one;
/// - an acronym in parentheses right after an organisation (`Bundesamt für Gesundheit (BAG)`),
///   there and everywhere else in the document.
///
/// Added mentions have `Mention.Source.coreference`; a rule-found person that is only such a
/// short name (`Frau Donfried`) is merged into the full name's entity.
public struct Coreference: Annotator {
    /// Name particles (`von`, `van`, `der`), which belong to a last name (`Van der Bellen`).
    public let particles: NameLexicon

    /// Reads the particles from `rules/names/name-particles.txt`.
    public init(configuration: Configuration) throws {
        var errors: [String] = []
        particles = NameRules.load("name-particles.txt", NameRules.particleValues, configuration, &errors)
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
    }

    public func annotate(_ document: inout Document) {
        guard !document.mentions.isEmpty else { return }
        var short = ShortNames(document: document, particles: particles)
        short.collectAcronyms(in: document)
        guard !short.isEmpty else { return }
        short.link(in: &document)
    }
}

/// The short names of one document's entities and the matching of them against its tokens.
struct ShortNames {
    /// A short name: its words (folded), the entity it stands for, whether a genitive ending is
    /// allowed on its last word.
    struct Variant {
        var words: [[Unicode.Scalar]]
        var entity: Int
        var genitive: Bool
        /// Whether the same words are the short name of another entity too: never linked.
        var isAmbiguous = false
    }

    private(set) var variants: [Variant] = []
    /// Variants by their first word (a small table: a document has few short names).
    private var byFirstWord = NameLexicon(filterWords: 16)
    private var firstWordVariants: [[Int]] = []
    /// A bit for each first letter of a variant (its code point modulo 64), a cheap first test.
    private var firstLetters: UInt64 = 0

    var isEmpty: Bool { variants.isEmpty }

    /// The last names of every person mentioned with two or more words.
    init(document: Document, particles: NameLexicon) {
        var scratch = Scratch()
        var nameDone = [Bool](repeating: false, count: document.entities.count)
        for m in document.mentions where document.entities[m.entity].type == .person {
            // the entity's own name once, and the text of each mention of several tokens
            var ownName = false
            if !nameDone[m.entity] {
                nameDone[m.entity] = true
                ownName = true
                scratch.name.removeAll(keepingCapacity: true)
                scratch.name.append(contentsOf: document.entities[m.entity].name.unicodeScalars)
                addLastName(of: scratch.name, 0..<scratch.name.count, m, document, particles, &scratch)
            }
            // a mention spelt as its entity's name gives the same words again
            if m.tokens.count >= 2, !(ownName && scratch.name.elementsEqual(document.scalars[m.start..<m.end])) {
                addLastName(of: document.scalars, m.start..<m.end, m, document, particles, &scratch)
            }
        }
    }

    /// Buffers reused for every name of a document.
    private struct Scratch {
        var name: [Unicode.Scalar] = []
        var parts: [Range<Int>] = []
        /// The folded words of a short name, each followed by a space.
        var key: [Unicode.Scalar] = []
        /// The variant of each key seen so far.
        var seen: [[Unicode.Scalar]: Int] = [:]
    }

    /// Adds the last name (with its particles) of the name `text[range]` of mention `m`'s entity;
    /// the same words for another entity make the variant ambiguous.
    private mutating func addLastName(of text: [Unicode.Scalar], _ range: Range<Int>, _ m: Mention,
                                      _ document: Document, _ particles: NameLexicon, _ scratch: inout Scratch) {
        // the words, split at spaces
        scratch.parts.removeAll(keepingCapacity: true)
        var start = range.lowerBound
        for i in range where ShortNames.isSpace(text[i]) {
            if i > start { scratch.parts.append(start..<i) }
            start = i + 1
        }
        if range.upperBound > start { scratch.parts.append(start..<range.upperBound) }
        let parts = scratch.parts
        guard parts.count >= 2 else { return }
        var first = parts.count - 1
        while first > 1, particles.contains(text, parts[first - 1]) { first -= 1 }
        scratch.key.removeAll(keepingCapacity: true)
        for part in parts[first...] {
            for i in part { scratch.key.append(LetterCase.lowercase(text[i])) }
            scratch.key.append(" ")
        }
        // a genitive mention (`Karen Donfrieds`) gives the name without its ending
        let last = scratch.key[scratch.key.count - 2]
        if parts[parts.count - 1].count > 3, last == "s" || last == "'" || last == "’",
           m.end > m.start, document.scalars[m.end - 1] == last, m.source != .gazetteer {
            scratch.key.remove(at: scratch.key.count - 2)
        }
        if let other = scratch.seen[scratch.key] {
            if variants[other].entity != m.entity { variants[other].isAmbiguous = true }
            return
        }
        scratch.seen[scratch.key] = variants.count
        let words = scratch.key.split(separator: " ").map(Array.init)
        add(Variant(words: words, entity: m.entity, genitive: true))
    }

    /// The spaces that separate the words of a name.
    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{A0}" || s == "\n" || s == "\t"
    }

    /// Acronyms in parentheses right after an organisation mention: `… Gesundheit (BAG)`.
    mutating func collectAcronyms(in document: Document) {
        let tokens = document.tokens
        let scalars = document.scalars
        for m in document.mentions where document.entities[m.entity].type == .organization {
            let t = m.tokens.upperBound - 1
            guard t >= 0, t + 2 < tokens.count, tokens[t].end == m.end,
                  scalars[tokens[t + 1].start] == "(", tokens[t + 1].end - tokens[t + 1].start == 1,
                  ShortNames.isAcronym(scalars[tokens[t + 2].start..<tokens[t + 2].end]) else { continue }
            if t + 3 < tokens.count, scalars[tokens[t + 3].start] != ")" { continue }
            let words = [scalars[tokens[t + 2].start..<tokens[t + 2].end].map(LetterCase.lowercase)]
            if variants.contains(where: { $0.words == words }) { continue }
            add(Variant(words: words, entity: m.entity, genitive: false))
        }
    }

    private mutating func add(_ variant: Variant) {
        if let letter = variant.words[0].first { firstLetters |= 1 << UInt64(letter.value & 63) }
        if let p = byFirstWord.find(variant.words[0], 0..<variant.words[0].count) {
            firstWordVariants[p].append(variants.count)
        } else {
            byFirstWord.insert(variant.words[0])
            firstWordVariants.append([variants.count])
        }
        variants.append(variant)
    }

    /// Adds a coreference mention wherever a variant occurs on tokens no other mention covers, and
    /// merges rule-found persons whose whole mention is a variant.
    func link(in document: inout Document) {
        let tokens = document.tokens
        let scalars = document.scalars
        var covered = [Int](repeating: -1, count: tokens.count)
        for (i, m) in document.mentions.enumerated() {
            for t in m.tokens where t < tokens.count { covered[t] = i }
        }
        var added: [Mention] = []
        var relinked: [(mention: Int, entity: Int)] = []
        var t = 0
        while t < tokens.count {
            guard tokens[t].kind == .word,
                  firstLetters & (1 << UInt64(LetterCase.lowercase(scalars[tokens[t].start]).value & 63)) != 0,
                  let match = self.match(at: t, tokens, scalars) else { t += 1; continue }
            let variant = variants[match.variant]
            let span = t..<match.end
            // the one mention that covers every token of the span (-1: none), or nil for several
            let owner = span.allSatisfy { covered[$0] == covered[t] } ? covered[t] : nil
            let sentence = document.sentence(containingToken: t)
            guard sentence == document.sentence(containingToken: match.end - 1) else { t = match.end; continue }
            if owner == -1 {
                let start = tokens[t].start, end = tokens[match.end - 1].end
                added.append(Mention(start: start, end: end, entity: variant.entity,
                                     sentence: sentence, tokens: span,
                                     source: .coreference))
            } else if let i = owner, i >= 0 {
                let m = document.mentions[i]
                if m.source == .rule, m.entity != variant.entity, m.tokens == span,
                   document.entities[m.entity].type == document.entities[variant.entity].type {
                    relinked.append((i, variant.entity))
                }
            }
            t = match.end
        }
        for (i, entity) in relinked {
            document.mentions[i].entity = entity
            document.mentions[i].source = .coreference
        }
        document.mentions += added
    }

    /// The longest variant starting at token `t`: its index and the token after it (a genitive
    /// apostrophe written as a token of its own is included).
    private func match(at t: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> (variant: Int, end: Int)? {
        var best: (variant: Int, end: Int)?
        let first = tokens[t].start..<tokens[t].end
        let candidates = byFirstWord.find(scalars, first).map { firstWordVariants[$0] }
            ?? byFirstWord.find(scalars, ShortNames.withoutGenitive(scalars, first)).map { firstWordVariants[$0] }
            ?? []
        for v in candidates {
            let words = variants[v].words
            guard t + words.count <= tokens.count else { continue }
            var ok = true
            var end = t
            for (k, word) in words.enumerated() {
                let token = tokens[t + k]
                if k > 0 && token.start == tokens[t + k - 1].end { ok = false; break }
                var r = token.start..<token.end
                let isLast = k == words.count - 1
                if isLast && variants[v].genitive && r.count == word.count + 1 { r = ShortNames.withoutGenitive(scalars, r) }
                guard r.count == word.count, zip(r, word).allSatisfy({ LetterCase.lowercase(scalars[$0]) == $1 }),
                      k > 0 || LetterCase.isUppercase(scalars[token.start]) || words.count > 1 else { ok = false; break }
                end = t + k + 1
            }
            guard ok, !variants[v].isAmbiguous else { continue }
            // a genitive apostrophe of its own (`Jones '`)
            if variants[v].genitive, end < tokens.count, tokens[end].start == tokens[end - 1].end,
               tokens[end].end - tokens[end].start == 1, scalars[tokens[end].start] == "'" || scalars[tokens[end].start] == "’" {
                end += 1
            }
            // never the first part of a longer name (`Donfried Müller`) nor inside a compound
            if end < tokens.count, tokens[end].start == tokens[end - 1].end,
               tokens[end].kind == .word || NameWord.isHyphen(scalars[tokens[end].start]) { continue }
            if t > 0, tokens[t - 1].end == tokens[t].start,
               tokens[t - 1].kind == .word || NameWord.isHyphen(scalars[tokens[t - 1].start]) { continue }
            if best == nil || end > best!.end { best = (v, end) }
        }
        return best
    }

    /// The range without a genitive `s`, `'` or `’` at its end (unchanged when there is none).
    static func withoutGenitive(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        guard r.count > 2 else { return r }
        let last = scalars[r.upperBound - 1]
        if last == "s" || last == "'" || last == "’" { return r.lowerBound..<(r.upperBound - 1) }
        return r
    }

    /// Words of a name split at spaces.
    static func split(_ name: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\n" || $0 == "\t" }).map(Array.init)
    }

    /// Two to eight letters or digits, starting with a capital, with at least two capitals
    /// (`BAG`, `BdB`, `ICG`).
    static func isAcronym(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (2...8).contains(s.count), let f = s.first, f.properties.isUppercase else { return false }
        var capitals = 0
        for c in s {
            guard c.properties.isAlphabetic || c.properties.numericType != nil else { return false }
            if c.properties.isUppercase { capitals += 1 }
        }
        return capitals >= 2
    }
}

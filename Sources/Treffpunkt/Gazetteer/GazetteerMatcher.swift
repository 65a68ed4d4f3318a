/// Finds the names of a compiled gazetteer in a document, longest-leftmost over the units of each
/// sentence, and adds them as entities and mentions (see `Docs/gazetteers.md`, "Matching rules").
///
/// Read-only and shared by all threads; the scratch arrays of one document live in `Scan`.
public struct GazetteerMatcher: Sendable {
    public let gazetteer: CompiledGazetteer

    public init(gazetteer: CompiledGazetteer) {
        self.gazetteer = gazetteer
    }

    /// One match: the units it covers, the chosen pattern and how the text differs from it.
    struct Match {
        var start: Int
        var end: Int
        var node: Int32
        /// The last unit matched without its genitive ending.
        var genitive: Bool
        var fuzzy: Bool
    }

    public func annotate(_ document: inout Document) {
        guard gazetteer.patternCount > 0, !document.tokens.isEmpty else { return }
        var scan = Scan()
        var entityOfEntry: [Int32: Int] = [:]
        let sentences = document.sentences.isEmpty
            ? [Sentence(start: 0, end: document.scalars.count, tokens: 0..<document.tokens.count)]
            : document.sentences
        let scalars = document.scalars
        scalars.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: UInt32.self) { text in
                for (s, sentence) in sentences.enumerated() {
                    scan.load(sentence.tokens, of: document.tokens, text: text, gazetteer: gazetteer)
                    var i = 0
                    while i < scan.count {
                        if let (match, pattern, note) = longestMatch(at: i, scan, text, &document, entityOfEntry) {
                            record(match, pattern, note, sentence: s, scan, text, &document, &entityOfEntry)
                            i = match.end
                        } else {
                            i += 1
                        }
                    }
                }
            }
        }
    }

    /// The longest match starting at unit `i` that passes the case rules, with its chosen pattern
    /// and a warning when the choice among several entries was ambiguous.
    private func longestMatch(at i: Int, _ scan: Scan, _ text: UnsafeBufferPointer<UInt32>,
                              _ document: inout Document, _ entityOfEntry: [Int32: Int]) -> (Match, Int32, String?)? {
        let g = gazetteer
        var candidates: [Match] = []
        var node: Int32 = 0
        var j = i
        var usedFuzzy = false
        while j < scan.count {
            if scan.genitive[j] >= 0 {
                let c = g.edges.child(node, scan.genitive[j])
                if c >= 0 && g.terminalStart[Int(c)] < g.terminalStart[Int(c) + 1] {
                    candidates.append(Match(start: i, end: j + 1, node: c, genitive: true, fuzzy: usedFuzzy))
                }
            }
            var child: Int32 = scan.keys[j] >= 0 ? g.edges.child(node, scan.keys[j]) : -1
            if child < 0 && !usedFuzzy && scan.fuzzyCandidate(j, text, g) {
                if let k = FuzzyIndex.candidate(scan.lowered(j, text), in: g, lookup: { g.keys.find(Array($0.utf8)) }) {
                    child = g.edges.child(node, k)
                    usedFuzzy = child >= 0
                }
            }
            if child < 0 { break }
            node = child
            j += 1
            if g.terminalStart[Int(node)] < g.terminalStart[Int(node) + 1] {
                candidates.append(Match(start: i, end: j, node: node, genitive: false, fuzzy: usedFuzzy))
            }
        }
        // Longest first; at equal length the exact form before the genitive reading.
        for match in candidates.reversed() {
            if let (pattern, note) = choosePattern(match, scan, text, document, entityOfEntry) { return (match, pattern, note) }
        }
        return nil
    }

    /// Among the patterns ending at the match's node, the one to use: it must pass the case rules;
    /// when patterns of several entries pass, an entity the document already mentions wins, then
    /// a name over an alias, then the first entry; the choice is reported.
    private func choosePattern(_ m: Match, _ scan: Scan, _ text: UnsafeBufferPointer<UInt32>,
                               _ document: Document, _ entityOfEntry: [Int32: Int]) -> (Int32, String?)? {
        let g = gazetteer
        var passing: [Int32] = []
        for t in Int(g.terminalStart[Int(m.node)])..<Int(g.terminalStart[Int(m.node) + 1]) {
            let p = g.terminalPatterns[t]
            let kind = PatternKind(rawValue: g.patternKind[Int(p)])!
            if m.genitive && kind == .adjective { continue }
            if m.fuzzy && !kind.isName { continue }
            if accepts(p, m, scan, text) { passing.append(p) }
        }
        guard let first = passing.first else { return nil }
        let entries = Set(passing.map { g.patternEntry[Int($0)] })
        if entries.count == 1 { return (first, nil) }
        let reason: String
        let chosen: Int32
        if let p = passing.first(where: { entityOfEntry[g.patternEntry[Int($0)]] != nil }) {
            chosen = p
            reason = "mentioned before"
        } else if let p = passing.first(where: { g.patternKind[Int($0)] == PatternKind.name.rawValue }) {
            chosen = p
            reason = "its name, the others' alias"
        } else {
            chosen = first
            reason = "first listed"
        }
        let ids = entries.sorted().map { g.id(ofEntry: Int($0)) }.joined(separator: ", ")
        let start = scan.starts[m.start], end = scan.ends[m.end - 1]
        let surface = String(String.UnicodeScalarView(document.scalars[start..<end]))
        let note = "ambiguous name \"\(surface)\" at \(start): \(ids); chose \(g.id(ofEntry: Int(g.patternEntry[Int(chosen)]))) (\(reason))"
        return (chosen, note)
    }

    /// Whether the text units of a match are capitalised as a pattern needs.
    private func accepts(_ p: Int32, _ m: Match, _ scan: Scan, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
        let g = gazetteer
        let bits = g.patternCase[Int(p)]
        for u in 0..<min(16, m.end - m.start) {
            let rule = (bits >> (2 * UInt32(u))) & 3
            if !UnitCase.accepts(rule, scan.flags[m.start + u], sentenceInitial: m.start + u == scan.sentenceInitial) {
                return false
            }
        }
        guard FuzzyIndex.binarySearch(g.exactPatterns, p) else { return true }
        if m.fuzzy { return false }
        // case=exact: the very letters, and never one capitalised word opening a sentence.
        if m.end - m.start == 1 && m.start == scan.sentenceInitial { return false }
        var lo = 0, hi = g.exactPatterns.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if g.exactPatterns[mid] < p { lo = mid + 1 } else { hi = mid }
        }
        var written: [String] = []
        for u in m.start..<m.end {
            var end = scan.ends[u]
            if u == m.end - 1 && m.genitive { end -= scan.genitiveLength[u] }
            written.append(String(String.UnicodeScalarView(text[scan.starts[u]..<end].compactMap(Unicode.Scalar.init))))
        }
        return written.joined(separator: "\u{1F}") == g.exactForms[lo]
    }

    private func record(_ m: Match, _ p: Int32, _ note: String?, sentence: Int, _ scan: Scan,
                        _ text: UnsafeBufferPointer<UInt32>, _ document: inout Document, _ entityOfEntry: inout [Int32: Int]) {
        let g = gazetteer
        let e = g.patternEntry[Int(p)]
        let entity: Int
        if let known = entityOfEntry[e] {
            entity = known
        } else {
            entity = document.addEntity(g.entity(ofEntry: Int(e)))
            entityOfEntry[e] = entity
        }
        if let note { document.warnings.append(note) }
        let start = scan.starts[m.start], end = scan.ends[m.end - 1]
        let tokens = scan.tokens[m.start]..<(scan.tokens[m.end - 1] + 1)
        let kind = PatternKind(rawValue: g.patternKind[Int(p)])!
        let source: Mention.Source
        switch kind {
        case .adjective: source = .adjective
        case .demonym: source = .demonym
        default: source = scan.isCompoundPart(m.start, m.end, text) ? .compoundPart : .gazetteer
        }
        let mention = Mention(start: start, end: end, entity: entity, sentence: sentence, tokens: tokens, source: source)
        if source == .gazetteer {
            document.mentions.append(mention)
        } else {
            document.derivedMentions.append(mention)
        }
    }
}

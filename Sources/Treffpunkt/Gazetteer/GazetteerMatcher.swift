/// Finds the names of a compiled gazetteer in a document, longest-leftmost over the units of each
/// sentence, and adds them as entities and mentions (see `Docs/gazetteers.md`, "Matching rules").
///
/// Read-only and shared by all threads; the scratch arrays of one document live in `Scan`.
public struct GazetteerMatcher: Sendable {
    public let gazetteer: CompiledGazetteer
    public let cues: GazetteerCues
    /// The gazetteer's fuzzy keys by prefix and length.
    let fuzzy: FuzzyTable
    /// The trie's edges as a bit set, so that most steps that fail never touch the edge table.
    let edgeFilter: EdgeFilter

    public init(gazetteer: CompiledGazetteer, cues: GazetteerCues = GazetteerCues()) {
        self.gazetteer = gazetteer
        self.cues = cues
        fuzzy = FuzzyTable(gazetteer)
        edgeFilter = EdgeFilter(gazetteer.edges)
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

    /// The arrays one match attempt fills, kept from attempt to attempt of a document so that
    /// matching allocates only when an array outgrows its capacity.
    struct Scratch {
        /// The matches found from one start unit, shortest first.
        var candidates: [Match] = []
        /// The patterns of one match that pass the case rules.
        var passing: [Int32] = []
    }

    public func annotate(_ document: inout Document) {
        guard gazetteer.patternCount > 0, !document.tokens.isEmpty else { return }
        var scan = Scan()
        var scratch = Scratch()
        var entityOfEntry = EntityOfEntry()
        let scalars = document.scalars
        scalars.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: UInt32.self) { text in
                scan.load(document, text: text, gazetteer: gazetteer, fuzzy: fuzzy)
                var i = 0
                while i < scan.count {
                    let unit = scan.units[i]
                    if !(unit.key >= 0 && gazetteer.startsPattern(unit.key))
                        && !(unit.genitive >= 0 && unit.flags.contains(.firstUpper) && unit.end - unit.start >= 4
                             && gazetteer.startsPattern(unit.genitive))
                        && unit.fuzzy < 0 {
                        i += 1
                        continue
                    }
                    if let (match, pattern, note) = longestMatch(at: i, scan, text, document, entityOfEntry, &scratch) {
                        record(match, pattern, note, scan, text, &document, &entityOfEntry)
                        i = match.end
                    } else {
                        i += 1
                    }
                }
            }
        }
    }

    /// The longest match starting at unit `i` that passes the case rules, with its chosen pattern
    /// and a warning when the choice among several entries was ambiguous.
    private func longestMatch(at i: Int, _ scan: Scan, _ text: UnsafeBufferPointer<UInt32>, _ document: Document,
                              _ entityOfEntry: EntityOfEntry, _ scratch: inout Scratch) -> (Match, Int32, String?)? {
        scratch.candidates.removeAll(keepingCapacity: true)
        var node: Int32 = 0
        var j = i
        var usedFuzzy = false
        let sentence = scan.units[i].sentence
        while j < scan.count && scan.units[j].sentence == sentence {
            // After the first unit any word takes the genitive (Ban Ki-moons, Wang Yis); a name of
            // one unit only when capitalised and four letters or more with the ending (Kremls).
            let unit = scan.units[j]
            if unit.genitive >= 0 && (j > i || (unit.flags.contains(.firstUpper) && unit.end - unit.start >= 4))
                && edgeFilter.mayHave(node, unit.genitive) {
                let c = gazetteer.edges.step(node, unit.genitive)
                if c >= 0 && UInt64(c) & EdgeTable.terminalBit != 0 {
                    scratch.candidates.append(Match(start: i, end: j + 1, node: Int32(truncatingIfNeeded: c & 0xFFFF_FFFF),
                                            genitive: true, fuzzy: usedFuzzy))
                }
            }
            var step: Int64 = unit.key >= 0 && edgeFilter.mayHave(node, unit.key) ? gazetteer.edges.step(node, unit.key) : -1
            if step < 0 && !usedFuzzy && unit.fuzzy >= 0 && edgeFilter.mayHave(node, unit.fuzzy) {
                step = gazetteer.edges.step(node, unit.fuzzy)
                usedFuzzy = step >= 0
            }
            if step < 0 { break }
            node = Int32(truncatingIfNeeded: step & 0xFFFF_FFFF)
            j += 1
            if UInt64(step) & EdgeTable.terminalBit != 0 {
                scratch.candidates.append(Match(start: i, end: j, node: node, genitive: false, fuzzy: usedFuzzy))
            }
        }
        // Longest first; at equal length the exact form before the genitive reading.
        var c = scratch.candidates.count
        while c > 0 {
            c -= 1
            let match = scratch.candidates[c]
            if let (pattern, note) = choosePattern(match, scan, text, document, entityOfEntry, &scratch.passing) {
                return (match, pattern, note)
            }
        }
        return nil
    }

    /// Among the patterns ending at the match's node, the one to use: it must pass the case rules,
    /// and a name that is also a common word (`ambiguous=word`) needs a cue for its type or an
    /// earlier mention of its entity. When patterns of several entries pass, an entity the document
    /// already mentions wins, then one whose type a cue word announces, then a name over an alias,
    /// then the first entry; the choice is reported.
    private func choosePattern(_ m: Match, _ scan: Scan, _ text: UnsafeBufferPointer<UInt32>,
                               _ document: Document, _ entityOfEntry: EntityOfEntry,
                               _ passing: inout [Int32]) -> (Int32, String?)? {
        passing.removeAll(keepingCapacity: true)
        for t in Int(gazetteer.terminalStart[Int(m.node)])..<Int(gazetteer.terminalStart[Int(m.node) + 1]) {
            let p = gazetteer.terminalPatterns[t]
            let kind = PatternKind(rawValue: gazetteer.patternKind[Int(p)])!
            if m.genitive && kind == .adjective { continue }
            if m.fuzzy && !kind.isName { continue }
            if accepts(p, m, scan, text) { passing.append(p) }
        }
        guard let firstPassing = passing.first else { return nil }
        // The usual case: the patterns of one entry whose name is no common word.
        let entry = gazetteer.patternEntry[Int(firstPassing)]
        if !gazetteer.isCommonWord(Int(entry)) && !passing.contains(where: { gazetteer.patternEntry[Int($0)] != entry }) {
            return (firstPassing, nil)
        }
        var cueTypes: Set<EntityType>?
        func announced() -> Set<EntityType> {
            if let cueTypes { return cueTypes }
            let before = m.start > 0 && scan.units[m.start - 1].sentence == scan.units[m.start].sentence ? scan.word(m.start - 1, text) : nil
            let after = m.end < scan.count && scan.units[m.end].sentence == scan.units[m.end - 1].sentence ? scan.word(m.end, text) : nil
            let types = cues.types(before: before, after: after)
            cueTypes = types
            return types
        }
        passing.removeAll { p in
            let e = gazetteer.patternEntry[Int(p)]
            return gazetteer.isCommonWord(Int(e)) && PatternKind(rawValue: gazetteer.patternKind[Int(p)])!.isName
                && entityOfEntry[e] == nil && !announced().contains(gazetteer.type(ofEntry: Int(e)))
        }
        guard let first = passing.first else { return nil }
        let firstEntry = gazetteer.patternEntry[Int(first)]
        if passing.allSatisfy({ gazetteer.patternEntry[Int($0)] == firstEntry }) { return (first, nil) }
        let entries = Set(passing.map { gazetteer.patternEntry[Int($0)] })
        let reason: String
        let chosen: Int32
        if let p = passing.first(where: { entityOfEntry[gazetteer.patternEntry[Int($0)]] != nil }) {
            chosen = p
            reason = "mentioned before"
        } else if let p = passing.first(where: { announced().contains(gazetteer.type(ofEntry: Int(gazetteer.patternEntry[Int($0)]))) }),
                  !passing.allSatisfy({ announced().contains(gazetteer.type(ofEntry: Int(gazetteer.patternEntry[Int($0)]))) }) {
            chosen = p
            reason = "a cue word announces a \(gazetteer.type(ofEntry: Int(gazetteer.patternEntry[Int(p)])).rawValue)"
        } else if let p = passing.first(where: { gazetteer.patternKind[Int($0)] == PatternKind.name.rawValue }) {
            chosen = p
            reason = "its name, the others' alias"
        } else {
            chosen = first
            reason = "first listed"
        }
        let ids = entries.sorted().map { gazetteer.id(ofEntry: Int($0)) }.joined(separator: ", ")
        let start = scan.units[m.start].start, end = scan.units[m.end - 1].end
        let surface = String(String.UnicodeScalarView(document.scalars[start..<end]))
        let note = "ambiguous name \"\(surface)\" at \(start): \(ids); chose \(gazetteer.id(ofEntry: Int(gazetteer.patternEntry[Int(chosen)]))) (\(reason))"
        return (chosen, note)
    }

    /// Whether the text units of a match are capitalised as a pattern needs.
    private func accepts(_ p: Int32, _ m: Match, _ scan: Scan, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
        let bits = gazetteer.patternCase[Int(p)]
        for u in 0..<min(16, m.end - m.start) {
            let rule = (bits >> (2 * UInt32(u))) & 3
            let flags = scan.units[m.start + u].flags
            if !UnitCase.accepts(rule, flags, sentenceInitial: flags.contains(.sentenceInitial)) {
                return false
            }
        }
        guard FuzzyIndex.binarySearch(gazetteer.exactPatterns, p) else { return true }
        if m.fuzzy { return false }
        // case=exact: the very letters, and never one capitalised word opening a sentence.
        if m.end - m.start == 1 && scan.units[m.start].flags.contains(.sentenceInitial) { return false }
        var lo = 0, hi = gazetteer.exactPatterns.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if gazetteer.exactPatterns[mid] < p { lo = mid + 1 } else { hi = mid }
        }
        if isWritten(gazetteer.exactForms, lo, m, scan, text) { return true }
        // Other bytes may still be the same text in another normalisation form (`é` as `e` and a
        // combining accent), which only code points from U+0300 on can be.
        let forms = gazetteer.exactForms
        let stored = forms.bytes[Int(forms.offsets[lo])..<Int(forms.offsets[lo + 1])]
        guard stored.contains(where: { $0 >= 0xCC })
                || (scan.units[m.start].start..<scan.units[m.end - 1].end).contains(where: { text[$0] >= 0x300 }) else {
            return false
        }
        var written: [String] = []
        for u in m.start..<m.end {
            var end = scan.units[u].end
            if u == m.end - 1 && m.genitive { end -= Int(scan.units[u].genitiveLength) }
            written.append(String(String.UnicodeScalarView(text[scan.units[u].start..<end].compactMap(Unicode.Scalar.init))))
        }
        return written.joined(separator: "\u{1F}") == forms[lo]
    }

    /// Whether the units of a match, without a genitive ending and joined by U+001F, are string
    /// `form` of `forms` in UTF-8 (compared byte by byte, no string is built).
    private func isWritten(_ forms: StringTable, _ form: Int, _ m: Match, _ scan: Scan,
                           _ text: UnsafeBufferPointer<UInt32>) -> Bool {
        let stored = Int(forms.offsets[form])..<Int(forms.offsets[form + 1])
        return forms.bytes.withUnsafeBufferPointer { bytes in
            var p = stored.lowerBound
            @inline(__always) func next(_ b: UInt32) -> Bool {
                guard p < stored.upperBound, bytes[p] == UInt8(truncatingIfNeeded: b) else { return false }
                p += 1
                return true
            }
            for u in m.start..<m.end {
                if u > m.start && !next(0x1F) { return false }
                var end = scan.units[u].end
                if u == m.end - 1 && m.genitive { end -= Int(scan.units[u].genitiveLength) }
                for k in scan.units[u].start..<end {
                    let v = text[k]
                    let same: Bool
                    if v < 0x80 {
                        same = next(v)
                    } else if v < 0x800 {
                        same = next(0xC0 | (v >> 6)) && next(0x80 | (v & 0x3F))
                    } else if v < 0x10000 {
                        same = next(0xE0 | (v >> 12)) && next(0x80 | ((v >> 6) & 0x3F)) && next(0x80 | (v & 0x3F))
                    } else {
                        same = next(0xF0 | (v >> 18)) && next(0x80 | ((v >> 12) & 0x3F)) && next(0x80 | ((v >> 6) & 0x3F))
                            && next(0x80 | (v & 0x3F))
                    }
                    if !same { return false }
                }
            }
            return p == stored.upperBound
        }
    }

    /// Adds the match's entity (once per document) and its mention: to `mentions` for a name, to
    /// `derivedMentions` for an adjective, a demonym or a part of a hyphenated compound.
    private func record(_ m: Match, _ p: Int32, _ note: String?, _ scan: Scan,
                        _ text: UnsafeBufferPointer<UInt32>, _ document: inout Document, _ entityOfEntry: inout EntityOfEntry) {
        let e = gazetteer.patternEntry[Int(p)]
        let entity: Int
        if let known = entityOfEntry[e] {
            entity = known
        } else {
            if document.entities.isEmpty { document.reserveEntityCapacity(16) }
            entity = document.addEntity(gazetteer.entity(ofEntry: Int(e)))
            entityOfEntry[e] = entity
        }
        if let note { document.warnings.append(note) }
        let start = scan.units[m.start].start, end = scan.units[m.end - 1].end
        let tokens = Int(scan.units[m.start].token)..<Int(scan.units[m.end - 1].token + 1)
        let kind = PatternKind(rawValue: gazetteer.patternKind[Int(p)])!
        let source: Mention.Source
        switch kind {
        case .adjective: source = .adjective
        case .demonym: source = .demonym
        default: source = scan.isCompoundPart(m.start, m.end, text) ? .compoundPart : .gazetteer
        }
        let mention = Mention(start: start, end: end, entity: entity, sentence: Int(scan.units[m.start].sentence),
                              tokens: tokens, source: source)
        if source == .gazetteer {
            document.mentions.append(mention)
        } else {
            document.derivedMentions.append(mention)
        }
    }
}

extension GazetteerMatcher {
    /// The units of a document with their keys and case facts: the matcher's scratch array.
    /// One unit of the text: its span, token, key ids and case facts.
    struct Unit {
        var start: Int
        var end: Int
        /// The token the unit lies in.
        var token: Int32
        /// The sentence the unit lies in.
        var sentence: Int32
        /// The unit's key id, or -1 when no gazetteer has it.
        var key: Int32
        /// The key id of the unit without a genitive `-s`/`-es`, or -1.
        var genitive: Int32
        /// How many code points the genitive ending has.
        var genitiveLength: UInt8
        var flags: KeyNormalizer.CaseFlags
    }

    struct Scan {
        var units: [Unit] = []

        var count: Int { units.count }

        /// Cuts the tokens of every sentence into units and looks up their keys.
        mutating func load(_ document: Document, text: UnsafeBufferPointer<UInt32>, gazetteer g: CompiledGazetteer) {
            units.removeAll(keepingCapacity: true)
            units.reserveCapacity(document.tokens.count + document.tokens.count / 4)
            // The key of one unit in UTF-8: four bytes per code point of the longest token.
            var longest = 0
            for token in document.tokens { longest = max(longest, token.end - token.start) }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * longest + 4) { key in
                document.tokens.withUnsafeBufferPointer { tokens in
                    if document.sentences.isEmpty {
                        load(0..<tokens.count, sentence: 0, of: tokens, text: text, keys: g.keys, key: key)
                    } else {
                        for (s, sentence) in document.sentences.enumerated() {
                            load(sentence.tokens, sentence: Int32(s), of: tokens, text: text, keys: g.keys, key: key)
                        }
                    }
                }
            }
        }

        private mutating func load(_ tokenRange: Range<Int>, sentence: Int32, of tokenList: UnsafeBufferPointer<Token>,
                                   text: UnsafeBufferPointer<UInt32>, keys: KeyTable, key: UnsafeMutableBufferPointer<UInt8>) {
            var seenWord = false
            for t in tokenRange {
                let token = tokenList[t]
                switch token.kind {
                case .url, .email, .markup:
                    // A barrier no name crosses.
                    units.append(Unit(start: token.start, end: token.end, token: Int32(t), sentence: sentence, key: -1,
                                      genitive: -1, genitiveLength: 0, flags: []))
                    continue
                default: break
                }
                var i = token.start
                while let u = HashedUnit.next(text, from: &i, to: token.end, key: key) {
                    var f = u.flags
                    let n = u.length
                    let id = keys.find(UnsafeBufferPointer(rebasing: key[0..<n]), hash: u.hash)
                    var gen: Int32 = -1
                    var genLength: UInt8 = 0
                    // Genitive -s/-es: Lawrows, Kremls (the matcher decides where it may apply).
                    if n >= 3, key[n - 1] == 0x73 {
                        gen = keys.find(UnsafeBufferPointer(rebasing: key[0..<(n - 1)]), hash: u.hashWithoutLast)
                        genLength = 1
                        if gen < 0, key[n - 2] == 0x65 {
                            gen = keys.find(UnsafeBufferPointer(rebasing: key[0..<(n - 2)]), hash: u.hashWithoutLastTwo)
                            genLength = 2
                        }
                    }
                    if !seenWord, f.contains(.firstUpper) || f.contains(.firstLower) {
                        f.insert(.sentenceInitial)
                        seenWord = true
                    }
                    units.append(Unit(start: u.range.lowerBound, end: u.range.upperBound, token: Int32(t), sentence: sentence,
                                      key: id, genitive: gen, genitiveLength: genLength, flags: f))
                }
            }
        }

        /// Whether unit `u` may match a name with one typo: an unknown capitalised word long enough.
        func fuzzyCandidate(_ u: Int, _ text: UnsafeBufferPointer<UInt32>, _ g: CompiledGazetteer) -> Bool {
            let unit = units[u]
            return !g.fuzzyKeys.isEmpty && unit.key < 0 && unit.genitive < 0 && unit.flags.contains(.firstUpper)
                && !unit.flags.contains(.allUpper) && unit.end - unit.start >= GazetteerCompiler.fuzzyMinimumLength
                && FuzzyIndex.mayMatch(KeyNormalizer.lowercase(text[unit.start]), KeyNormalizer.lowercase(text[unit.start + 1]),
                                       KeyNormalizer.lowercase(text[unit.start + 2]), length: unit.end - unit.start, in: g.fuzzyPrefixes)
        }

        /// The lowercase text of unit `u`.
        func word(_ u: Int, _ text: UnsafeBufferPointer<UInt32>) -> String {
            String(String.UnicodeScalarView(lowered(u, text).compactMap(Unicode.Scalar.init)))
        }

        /// The lowercase code points of unit `u`.
        func lowered(_ u: Int, _ text: UnsafeBufferPointer<UInt32>) -> [UInt32] {
            var word: [UInt32] = []
            lowered(u, text, into: &word)
            return word
        }

        /// Replaces the contents of `word` with the lowercase code points of unit `u`.
        func lowered(_ u: Int, _ text: UnsafeBufferPointer<UInt32>, into word: inout [UInt32]) {
            word.removeAll(keepingCapacity: true)
            for k in units[u].start..<units[u].end { word.append(KeyNormalizer.lowercase(text[k])) }
        }

        /// Whether units `start..<end` are joined by a hyphen to a word before or after them
        /// (`NATO-Osterweiterung`, `Ost-Ukraine`, `EU- und NATO-Staaten`).
        func isCompoundPart(_ start: Int, _ end: Int, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
            func isHyphen(_ u: Int) -> Bool {
                guard units[u].end - units[u].start == 1 else { return false }
                let v = text[units[u].start]
                return v == 0x2D || v == 0x2010 || v == 0x2011
            }
            if start >= 2, isHyphen(start - 1), units[start - 1].end == units[start].start,
               units[start - 2].end == units[start - 1].start, KeyNormalizer.isWordCharacter(text[units[start - 2].start]) {
                return true
            }
            if end < count, isHyphen(end), units[end].start == units[end - 1].end {
                return true
            }
            return false
        }
    }
}

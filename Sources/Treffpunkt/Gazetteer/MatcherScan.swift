extension GazetteerMatcher {
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
        /// The one fuzzy key the unit may stand for with a typo (`FuzzyTable.candidate`), or -1;
        /// only a capitalised word without a key has one.
        var fuzzy: Int32
        /// How many code points the genitive ending has.
        var genitiveLength: UInt8
        var flags: KeyNormalizer.CaseFlags
    }

    /// The units of a document with their keys and case facts: the matcher's scratch array.
    struct Scan {
        var units: [Unit] = []

        var count: Int { units.count }

        /// Cuts the tokens of every sentence into units and looks up their keys and fuzzy keys.
        mutating func load(_ document: Document, text: UnsafeBufferPointer<UInt32>, gazetteer g: CompiledGazetteer,
                           fuzzy: FuzzyTable) {
            units.removeAll(keepingCapacity: true)
            units.reserveCapacity(document.tokens.count + document.tokens.count / 4)
            // The key of one unit in UTF-8: four bytes per code point of the longest token; its
            // lowercase code points for the fuzzy keys.
            // A short text is its own bound; a long one asks its tokens.
            var longest = text.count
            if longest > 1 << 12 {
                longest = 0
                for token in document.tokens { longest = max(longest, token.end - token.start) }
            }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * longest + 4) { key in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: longest + 1) { word in
                    let buffers = Buffers(key: key, word: word)
                    document.tokens.withUnsafeBufferPointer { tokens in
                        if document.sentences.isEmpty {
                            load(0..<tokens.count, sentence: 0, of: tokens, text: text, g, fuzzy, buffers)
                        } else {
                            for (s, sentence) in document.sentences.enumerated() {
                                load(sentence.tokens, sentence: Int32(s), of: tokens, text: text, g, fuzzy, buffers)
                            }
                        }
                    }
                }
            }
        }

        /// Room for the key and the lowercase code points of one unit.
        private struct Buffers {
            let key: UnsafeMutableBufferPointer<UInt8>
            let word: UnsafeMutableBufferPointer<UInt32>
        }

        private mutating func load(_ tokenRange: Range<Int>, sentence: Int32, of tokenList: UnsafeBufferPointer<Token>,
                                   text: UnsafeBufferPointer<UInt32>, _ g: CompiledGazetteer, _ fuzzy: FuzzyTable,
                                   _ buffers: Buffers) {
            let key = buffers.key
            var seenWord = false
            for t in tokenRange {
                let token = tokenList[t]
                switch token.kind {
                case .url, .email, .markup:
                    // A barrier no name crosses.
                    units.append(Unit(start: token.start, end: token.end, token: Int32(t), sentence: sentence, key: -1,
                                      genitive: -1, fuzzy: -1, genitiveLength: 0, flags: []))
                    continue
                default: break
                }
                var i = token.start
                while let u = HashedUnit.next(text, from: &i, to: token.end, key: key) {
                    var f = u.flags
                    let n = u.length
                    let id = g.keys.find(UnsafeBufferPointer(rebasing: key[0..<n]), hash: u.hash)
                    var gen: Int32 = -1
                    var genLength: UInt8 = 0
                    // Genitive -s/-es: Lawrows, Kremls (the matcher decides where it may apply).
                    if n >= 3, key[n - 1] == 0x73 {
                        gen = g.keys.find(UnsafeBufferPointer(rebasing: key[0..<(n - 1)]), hash: u.hashWithoutLast)
                        genLength = 1
                        if gen < 0, key[n - 2] == 0x65 {
                            gen = g.keys.find(UnsafeBufferPointer(rebasing: key[0..<(n - 2)]), hash: u.hashWithoutLastTwo)
                            genLength = 2
                        }
                    }
                    var fuzzyKey: Int32 = -1
                    if id < 0 && gen < 0 && Scan.mayBeFuzzy(u.range, f, text, g) {
                        let word = buffers.word
                        var w = 0
                        for k in u.range {
                            word[w] = KeyNormalizer.lowercase(text[k])
                            w += 1
                        }
                        fuzzyKey = fuzzy.candidate(UnsafeBufferPointer(rebasing: word[0..<w])) ?? -1
                    }
                    if !seenWord, f.contains(.firstUpper) || f.contains(.firstLower) {
                        f.insert(.sentenceInitial)
                        seenWord = true
                    }
                    units.append(Unit(start: u.range.lowerBound, end: u.range.upperBound, token: Int32(t), sentence: sentence,
                                      key: id, genitive: gen, fuzzy: fuzzyKey, genitiveLength: genLength, flags: f))
                }
            }
        }

        /// Whether a unit without a key may match a name with one typo: a capitalised word long
        /// enough whose first three letters and length some fuzzy key shares.
        @inline(__always)
        private static func mayBeFuzzy(_ r: Range<Int>, _ flags: KeyNormalizer.CaseFlags, _ text: UnsafeBufferPointer<UInt32>,
                                       _ g: CompiledGazetteer) -> Bool {
            flags.contains(.firstUpper) && !flags.contains(.allUpper) && r.count >= GazetteerCompiler.fuzzyMinimumLength
                && !g.fuzzyKeys.isEmpty
                && FuzzyIndex.mayMatch(KeyNormalizer.lowercase(text[r.lowerBound]), KeyNormalizer.lowercase(text[r.lowerBound + 1]),
                                       KeyNormalizer.lowercase(text[r.lowerBound + 2]), length: r.count, in: g.fuzzyPrefixes)
        }

        /// The lowercase text of unit `u`.
        func word(_ u: Int, _ text: UnsafeBufferPointer<UInt32>) -> String {
            String(String.UnicodeScalarView(lowered(u, text).compactMap(Unicode.Scalar.init)))
        }

        /// The lowercase code points of unit `u`.
        func lowered(_ u: Int, _ text: UnsafeBufferPointer<UInt32>) -> [UInt32] {
            (units[u].start..<units[u].end).map { KeyNormalizer.lowercase(text[$0]) }
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

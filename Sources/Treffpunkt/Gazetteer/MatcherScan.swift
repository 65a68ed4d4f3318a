extension GazetteerMatcher {
    /// The units of one sentence with their keys and case facts: the matcher's per-document
    /// scratch arrays, reused from sentence to sentence.
    struct Scan {
        var starts: [Int] = []
        var ends: [Int] = []
        /// The token each unit lies in.
        var tokens: [Int] = []
        /// The unit's key id, or -1 when no gazetteer has it.
        var keys: [Int32] = []
        /// The key id of the unit without a genitive `-s`/`-es`, or -1.
        var genitive: [Int32] = []
        /// How many code points the genitive ending has.
        var genitiveLength: [Int] = []
        var flags: [KeyNormalizer.CaseFlags] = []
        /// The unit of the sentence's first word, or -1.
        var sentenceInitial = -1
        private var ranges: [Range<Int>] = []
        private var key: [UInt8] = []

        var count: Int { starts.count }

        mutating func load(_ tokenRange: Range<Int>, of tokenList: [Token], text: UnsafeBufferPointer<UInt32>,
                           gazetteer g: CompiledGazetteer) {
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            tokens.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
            genitive.removeAll(keepingCapacity: true)
            genitiveLength.removeAll(keepingCapacity: true)
            flags.removeAll(keepingCapacity: true)
            sentenceInitial = -1
            for t in tokenRange {
                let token = tokenList[t]
                switch token.kind {
                case .url, .email, .markup:
                    // A barrier no name crosses.
                    append(token.start, token.end, t, -1, -1, 0, [])
                    continue
                default: break
                }
                ranges.removeAll(keepingCapacity: true)
                KeyNormalizer.units(text, token.start..<token.end, into: &ranges)
                for r in ranges {
                    let f = KeyNormalizer.key(text, r, into: &key)
                    let id = g.keys.find(key)
                    var gen: Int32 = -1
                    var genLength = 0
                    // Genitive -s/-es of a capitalised word of four letters or more: Lawrows, Kremls.
                    if f.contains(.firstUpper), key.count >= 4, key.last == 0x73 {
                        key.removeLast()
                        gen = g.keys.find(key)
                        genLength = 1
                        if gen < 0, key.last == 0x65 {
                            key.removeLast()
                            gen = g.keys.find(key)
                            genLength = 2
                        }
                    }
                    if sentenceInitial < 0, KeyNormalizer.isWordCharacter(text[r.lowerBound]),
                       KeyNormalizer.isUpper(text[r.lowerBound]) || KeyNormalizer.isLower(text[r.lowerBound]) {
                        sentenceInitial = starts.count
                    }
                    append(r.lowerBound, r.upperBound, t, id, gen, genLength, f)
                }
            }
        }

        private mutating func append(_ start: Int, _ end: Int, _ token: Int, _ key: Int32, _ gen: Int32, _ genLength: Int,
                                     _ f: KeyNormalizer.CaseFlags) {
            starts.append(start)
            ends.append(end)
            tokens.append(token)
            keys.append(key)
            genitive.append(gen)
            genitiveLength.append(genLength)
            flags.append(f)
        }

        /// Whether unit `u` may match a name with one typo: an unknown capitalised word long enough.
        func fuzzyCandidate(_ u: Int, _ text: UnsafeBufferPointer<UInt32>, _ g: CompiledGazetteer) -> Bool {
            !g.fuzzyKeys.isEmpty && keys[u] < 0 && genitive[u] < 0 && flags[u].contains(.firstUpper)
                && !flags[u].contains(.allUpper) && ends[u] - starts[u] >= GazetteerCompiler.fuzzyMinimumLength
        }

        /// The lowercase code points of unit `u`.
        func lowered(_ u: Int, _ text: UnsafeBufferPointer<UInt32>) -> [UInt32] {
            (starts[u]..<ends[u]).map { KeyNormalizer.lowercase(text[$0]) }
        }

        /// Whether units `start..<end` are joined by a hyphen to a word before or after them
        /// (`NATO-Osterweiterung`, `Ost-Ukraine`, `EU- und NATO-Staaten`).
        func isCompoundPart(_ start: Int, _ end: Int, _ text: UnsafeBufferPointer<UInt32>) -> Bool {
            func isHyphen(_ u: Int) -> Bool {
                ends[u] - starts[u] == 1 && [0x2D, 0x2010, 0x2011].contains(text[starts[u]])
            }
            if start >= 2, isHyphen(start - 1), ends[start - 1] == starts[start], ends[start - 2] == starts[start - 1],
               KeyNormalizer.isWordCharacter(text[starts[start - 2]]) {
                return true
            }
            if end < count, isHyphen(end), starts[end] == ends[end - 1] {
                return true
            }
            return false
        }
    }
}

/// A hash table from words to integer ids that is looked up straight on a document's scalars,
/// without building strings.
///
/// Words are compared case-folded, with `ß` read as `ss` (Swiss spelling), so `Traf`, `traf`,
/// `hieß` and `hiess` find their entries. An entry may also match as the last part of a compound
/// (`treffen` in `Gipfeltreffen`, `präsident` in `US-Präsident`).
public struct WordTable: Sendable {
    /// The folded code points of all keys one after another; key `i` is
    /// `keyScalars[keyStarts[i]..<keyStarts[i + 1]]`.
    private var keyScalars: [UInt32] = []
    private var keyStarts: [Int32] = [0]
    private var suffixAllowed: [Bool] = []
    private var slots: [Int32]
    private var mask: Int
    /// One bit per hash of a whole word, and one per hash of a suffix entry: a clear bit proves
    /// the probe would fail without touching the slots (most letters of a compound find nothing).
    private var wordFilter: [UInt64] = [0]
    private var suffixFilter: [UInt64] = [0]

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    public var count: Int { keyStarts.count - 1 }

    private func key(_ id: Int) -> ArraySlice<UInt32> { keyScalars[Int(keyStarts[id])..<Int(keyStarts[id + 1])] }

    /// The id of a word, adding it when new. `asSuffix` lets it also match the end of a compound.
    public mutating func insert(_ word: String, asSuffix: Bool = false) -> Int {
        let key = WordTable.fold(Array(word.unicodeScalars)[...])
        if let id = find(key[...]) {
            if asSuffix && !suffixAllowed[id] {
                suffixAllowed[id] = true
                WordTable.set(WordTable.hash(key[...]), in: &suffixFilter)
            }
            return id
        }
        if (count + 1) * 2 > slots.count { grow() }
        keyScalars += key
        keyStarts.append(Int32(keyScalars.count))
        suffixAllowed.append(asSuffix)
        place(count - 1)
        buildFilters()
        return count - 1
    }

    /// Sizes both filters to about 32 bits per key and sets the bit of every key's hash.
    private mutating func buildFilters() {
        var words = 64
        while words * 64 < count * 32 { words <<= 1 }
        if words == wordFilter.count && count > 1 {
            let id = count - 1
            let h = WordTable.hash(key(id))
            WordTable.set(h, in: &wordFilter)
            if suffixAllowed[id] { WordTable.set(h, in: &suffixFilter) }
            return
        }
        wordFilter = Array(repeating: 0, count: words)
        suffixFilter = Array(repeating: 0, count: words)
        for id in 0..<count {
            let h = WordTable.hash(key(id))
            WordTable.set(h, in: &wordFilter)
            if suffixAllowed[id] { WordTable.set(h, in: &suffixFilter) }
        }
    }

    @inline(__always)
    private static func bit(_ h: UInt64, _ count: Int) -> Int { Int(truncatingIfNeeded: h >> 40) & (count * 64 - 1) }

    private static func set(_ h: UInt64, in filter: inout [UInt64]) {
        let b = bit(h, filter.count)
        filter[b >> 6] |= 1 << UInt64(b & 63)
    }

    @inline(__always)
    fileprivate static func mayHold(_ h: UInt64, _ filter: UnsafeBufferPointer<UInt64>) -> Bool {
        let b = bit(h, filter.count)
        return filter[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// The id of the word spelled by `scalars[range]`, compared case-folded.
    public func lookup(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        find(WordTable.fold(scalars[range])[...])
    }

    /// The id of the longest entry that is the word itself or, for suffix entries, its last
    /// part of at least `minimumSuffix` letters after a head of at least `minimumHead` letters.
    public func lookup(_ scalars: [Unicode.Scalar], _ range: Range<Int>, compoundHead minimumHead: Int,
                       minimumSuffix: Int = 4) -> (id: Int, isWhole: Bool)? {
        var folded: [UInt32] = []
        return lookup(scalars, range, compoundHead: minimumHead, minimumSuffix: minimumSuffix, scratch: &folded)
    }

    /// As `lookup(_:_:compoundHead:minimumSuffix:)`, folding into a buffer the caller reuses.
    public func lookup(_ scalars: [Unicode.Scalar], _ range: Range<Int>, compoundHead minimumHead: Int,
                       minimumSuffix: Int = 4, scratch folded: inout [UInt32]) -> (id: Int, isWhole: Bool)? {
        // A code point folds to at most three (its Unicode lowercase mapping).
        if folded.count < 3 * range.count { folded = [UInt32](repeating: 0, count: 3 * range.count) }
        return scalars.withUnsafeBufferPointer { scalars in
            folded.withUnsafeMutableBufferPointer { buffer in
                withTables { tables in
                    tables.lookup(scalars, range, buffer: buffer, minimumHead: minimumHead, minimumSuffix: minimumSuffix)
                }
            }
        }
    }

    /// Runs `body` with a lookup of many words of `scalars` in a row (every token of a document):
    /// it reads the table and the scalars as buffers and folds into one buffer on the stack, so a
    /// lookup allocates nothing and counts no references. The lookup is valid only inside `body`.
    func withLookup<R>(on scalars: [Unicode.Scalar], compoundHead minimumHead: Int, minimumSuffix: Int = 4,
                       _ body: (Lookup) -> R) -> R {
        scalars.withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 3 * Lookup.longestWord) { buffer in
                withTables { tables in
                    body(Lookup(tables: tables, scalars: scalars, buffer: buffer, minimumHead: minimumHead, minimumSuffix: minimumSuffix))
                }
            }
        }
    }

    /// Many lookups on one text with the same compound settings; see `withLookup(on:compoundHead:minimumSuffix:_:)`.
    struct Lookup {
        /// Words up to this many code points are folded into the stack buffer; longer ones into an array.
        static let longestWord = 64
        fileprivate let tables: Tables
        fileprivate let scalars: UnsafeBufferPointer<Unicode.Scalar>
        fileprivate let buffer: UnsafeMutableBufferPointer<UInt32>
        fileprivate let minimumHead: Int
        fileprivate let minimumSuffix: Int

        /// As `WordTable.lookup(_:_:compoundHead:minimumSuffix:)` of the text's `range`.
        @inline(__always)
        func callAsFunction(_ range: Range<Int>) -> (id: Int, isWhole: Bool)? {
            if range.count <= Lookup.longestWord {
                return tables.lookup(scalars, range, buffer: buffer, minimumHead: minimumHead, minimumSuffix: minimumSuffix)
            }
            var long = [UInt32](repeating: 0, count: 3 * range.count)
            return long.withUnsafeMutableBufferPointer { buffer in
                tables.lookup(scalars, range, buffer: buffer, minimumHead: minimumHead, minimumSuffix: minimumSuffix)
            }
        }
    }

    /// The table's arrays as buffers, for probes that count no references.
    fileprivate struct Tables {
        let keyScalars: UnsafeBufferPointer<UInt32>
        let keyStarts: UnsafeBufferPointer<Int32>
        let slots: UnsafeBufferPointer<Int32>
        let suffixAllowed: UnsafeBufferPointer<Bool>
        let wordFilter: UnsafeBufferPointer<UInt64>
        let suffixFilter: UnsafeBufferPointer<UInt64>
        let mask: Int

        /// Folds `scalars[range]` into `buffer` (room for three code points per scalar) and finds
        /// the word or, for a capitalised word, its longest suffix entry. One backward pass hashes
        /// every suffix, so a compound costs one probe per letter.
        @inline(__always)
        func lookup(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, buffer: UnsafeMutableBufferPointer<UInt32>,
                    minimumHead: Int, minimumSuffix: Int) -> (id: Int, isWhole: Bool)? {
            guard !range.isEmpty, let out = buffer.baseAddress else { return nil }
            var n = 0
            for i in range { n = WordTable.write(scalars[i], to: out, at: n) }
            let folded = UnsafeBufferPointer(start: out, count: n)
            var h = WordTable.seed
            var i = n - 1
            var best = -1
            // Only capitalised compounds can end in a listed noun; a lower-case word is looked up whole.
            if LetterCase.isUppercase(scalars[range.lowerBound]) {
                // Suffixes start at `minimumHead` … `n - minimumSuffix`.
                let lastHead = n - minimumSuffix
                while i > 0 && i > lastHead {
                    h = WordTable.step(h, folded[i])
                    i -= 1
                }
                while i > 0 && i >= minimumHead {
                    h = WordTable.step(h, folded[i])
                    if WordTable.mayHold(h, suffixFilter), let id = find(UnsafeBufferPointer(rebasing: folded[i...]), hash: h),
                       suffixAllowed[id] {
                        best = id
                    }
                    i -= 1
                }
            }
            while i > 0 {
                h = WordTable.step(h, folded[i])
                i -= 1
            }
            h = WordTable.step(h, folded[0])
            if WordTable.mayHold(h, wordFilter), let id = find(folded, hash: h) { return (id, true) }
            return best < 0 ? nil : (best, false)
        }

        @inline(__always)
        func find(_ key: UnsafeBufferPointer<UInt32>, hash: UInt64) -> Int? {
            var slot = WordTable.index(hash) & mask
            while true {
                let id = Int(slots[slot])
                if id < 0 { return nil }
                let a = Int(keyStarts[id]), b = Int(keyStarts[id + 1])
                if b - a == key.count {
                    var k = 0
                    while k < key.count && keyScalars[a + k] == key[k] { k += 1 }
                    if k == key.count { return id }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private func withTables<R>(_ body: (Tables) -> R) -> R {
        keyScalars.withUnsafeBufferPointer { keyScalars in
            keyStarts.withUnsafeBufferPointer { keyStarts in
                slots.withUnsafeBufferPointer { slots in
                    suffixAllowed.withUnsafeBufferPointer { suffixAllowed in
                        wordFilter.withUnsafeBufferPointer { wordFilter in
                            suffixFilter.withUnsafeBufferPointer { suffixFilter in
                                body(Tables(keyScalars: keyScalars, keyStarts: keyStarts, slots: slots,
                                            suffixAllowed: suffixAllowed, wordFilter: wordFilter,
                                            suffixFilter: suffixFilter, mask: mask))
                            }
                        }
                    }
                }
            }
        }
    }

    private func find(_ key: ArraySlice<UInt32>) -> Int? { find(key, hash: WordTable.hash(key)) }

    private func find(_ key: ArraySlice<UInt32>, hash: UInt64) -> Int? {
        var slot = WordTable.index(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if self.key(Int(id)).elementsEqual(key) { return Int(id) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ id: Int) {
        var slot = WordTable.index(WordTable.hash(key(id))) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<count { place(id) }
    }

    fileprivate static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over the key read from its end, so that the hashes of all suffixes of a word come
    /// out of one pass.
    @inline(__always)
    fileprivate static func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100_0000_01b3 }

    private static func hash(_ key: ArraySlice<UInt32>) -> UInt64 {
        var h = seed
        for v in key.reversed() { h = step(h, v) }
        return h
    }

    @inline(__always)
    fileprivate static func index(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    /// The case-folded form of some code points: ASCII and Latin-1 letters directly, `ß` as `ss`,
    /// typographic apostrophes as `'`, other scalars through their Unicode lowercase mapping.
    static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt32] {
        var out = [UInt32](repeating: 0, count: 3 * scalars.count)
        var n = 0
        out.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for s in scalars { n = write(s, to: base, at: n) }
        }
        out.removeLast(out.count - n)
        return out
    }

    /// Writes the case-folded form of a scalar (see `fold`) at `n` and returns the index after it;
    /// the buffer has room for three code points at `n`. General Punctuation (dashes, quotation
    /// marks) has no letters and stays as it is.
    @inline(__always)
    static func write(_ s: Unicode.Scalar, to out: UnsafeMutablePointer<UInt32>, at n: Int) -> Int {
        let v = s.value
        if v < 0x80 {
            out[n] = v >= 0x41 && v <= 0x5A ? v + 32 : v
            return n + 1
        } else if v == 0xDF || v == 0x1E9E {
            out[n] = 0x73
            out[n + 1] = 0x73
            return n + 2
        } else if v >= 0xC0 && v <= 0xDE && v != 0xD7 {
            out[n] = v + 32
        } else if v == 0x2019 {
            out[n] = 0x27
        } else if v < 0x100 || LetterCase.isGeneralPunctuation(v) {
            out[n] = v
        } else {
            return writeLowercaseMapping(s, to: out, at: n)
        }
        return n + 1
    }

    /// Unicode's lowercase mapping, out of line so that callers set up no stack space for it.
    @inline(never)
    private static func writeLowercaseMapping(_ s: Unicode.Scalar, to out: UnsafeMutablePointer<UInt32>, at n: Int) -> Int {
        var n = n
        for l in s.properties.lowercaseMapping.unicodeScalars {
            out[n] = l.value
            n += 1
        }
        return n
    }
}

/// A hash table from words to integer ids that is looked up straight on a document's scalars,
/// without building strings.
///
/// Words are compared case-folded, with `ß` read as `ss` (Swiss spelling), so `Traf`, `traf`,
/// `hieß` and `hiess` find their entries. An entry may also match as the last part of a compound
/// (`treffen` in `Gipfeltreffen`, `präsident` in `US-Präsident`).
public struct WordTable: Sendable {
    private var keys: [[UInt32]] = []
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

    public var count: Int { keys.count }

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
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(key)
        suffixAllowed.append(asSuffix)
        place(keys.count - 1)
        buildFilters()
        return keys.count - 1
    }

    /// Sizes both filters to about 32 bits per key and sets the bit of every key's hash.
    private mutating func buildFilters() {
        var words = 64
        while words * 64 < keys.count * 32 { words <<= 1 }
        if words == wordFilter.count && keys.count > 1 {
            let id = keys.count - 1
            let h = WordTable.hash(keys[id][...])
            WordTable.set(h, in: &wordFilter)
            if suffixAllowed[id] { WordTable.set(h, in: &suffixFilter) }
            return
        }
        wordFilter = Array(repeating: 0, count: words)
        suffixFilter = Array(repeating: 0, count: words)
        for id in keys.indices {
            let h = WordTable.hash(keys[id][...])
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
    private static func mayHold(_ h: UInt64, _ filter: UnsafeBufferPointer<UInt64>) -> Bool {
        let b = bit(h, filter.count)
        return filter[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// The id of the word spelled by `scalars[range]`, compared case-folded.
    public func lookup(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var folded: [UInt32] = []
        folded.reserveCapacity(range.count + 2)
        for i in range { WordTable.appendFolded(scalars[i], to: &folded) }
        return find(folded[...])
    }

    /// The id of the longest entry that is the word itself or, for suffix entries, its last
    /// part of at least `minimumSuffix` letters after a head of at least `minimumHead` letters.
    public func lookup(_ scalars: [Unicode.Scalar], _ range: Range<Int>, compoundHead minimumHead: Int,
                       minimumSuffix: Int = 4) -> (id: Int, isWhole: Bool)? {
        var folded: [UInt32] = []
        return lookup(scalars, range, compoundHead: minimumHead, minimumSuffix: minimumSuffix, scratch: &folded)
    }

    /// As `lookup(_:_:compoundHead:minimumSuffix:)`, folding into a buffer the caller reuses.
    /// One backward pass hashes every suffix, so a compound costs one probe per letter.
    public func lookup(_ scalars: [Unicode.Scalar], _ range: Range<Int>, compoundHead minimumHead: Int,
                       minimumSuffix: Int = 4, scratch folded: inout [UInt32]) -> (id: Int, isWhole: Bool)? {
        folded.removeAll(keepingCapacity: true)
        for i in range { WordTable.appendFolded(scalars[i], to: &folded) }
        // Only capitalised compounds can end in a listed noun; a lower-case word is looked up whole.
        let compounds = range.first.map { LetterCase.isUppercase(scalars[$0]) } ?? false
        let lastHead = folded.count - minimumSuffix
        var h = WordTable.seed
        var best: Int?
        var i = folded.count - 1
        return wordFilter.withUnsafeBufferPointer { wordFilter in
            suffixFilter.withUnsafeBufferPointer { suffixFilter in
                while i >= 0 {
                    h = WordTable.step(h, folded[i])
                    if i == 0 {
                        if WordTable.mayHold(h, wordFilter), let id = find(folded[...], hash: h) { return (id, true) }
                    } else if compounds && i >= minimumHead && i <= lastHead, WordTable.mayHold(h, suffixFilter),
                              let id = find(folded[i...], hash: h), suffixAllowed[id] {
                        best = id
                    }
                    i -= 1
                }
                return best.map { ($0, false) }
            }
        }
    }

    private func find(_ key: ArraySlice<UInt32>) -> Int? { find(key, hash: WordTable.hash(key)) }

    private func find(_ key: ArraySlice<UInt32>, hash: UInt64) -> Int? {
        var slot = WordTable.index(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if keys[Int(id)].elementsEqual(key) { return Int(id) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ id: Int) {
        var slot = WordTable.index(WordTable.hash(keys[id][...])) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in keys.indices { place(id) }
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over the key read from its end, so that the hashes of all suffixes of a word come
    /// out of one pass.
    @inline(__always)
    private static func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100_0000_01b3 }

    private static func hash(_ key: ArraySlice<UInt32>) -> UInt64 {
        var h = seed
        for v in key.reversed() { h = step(h, v) }
        return h
    }

    @inline(__always)
    private static func index(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }


    static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt32] {
        var out: [UInt32] = []
        for s in scalars { appendFolded(s, to: &out) }
        return out
    }

    /// Appends the case-folded form of a scalar: ASCII and Latin-1 letters directly, `ß` as `ss`,
    /// typographic apostrophes as `'`, other scalars through their Unicode lowercase mapping.
    @inline(__always)
    static func appendFolded(_ s: Unicode.Scalar, to out: inout [UInt32]) {
        let v = s.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? v + 32 : v)
        } else if v == 0xDF || v == 0x1E9E {
            out.append(0x73)
            out.append(0x73)
        } else if v >= 0xC0 && v <= 0xDE && v != 0xD7 {
            out.append(v + 32)
        } else if v < 0x100 {
            out.append(v)
        } else if v == 0x2019 {
            out.append(0x27)
        } else {
            for l in s.properties.lowercaseMapping.unicodeScalars { out.append(l.value) }
        }
    }
}

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
            if asSuffix { suffixAllowed[id] = true }
            return id
        }
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(key)
        suffixAllowed.append(asSuffix)
        place(keys.count - 1)
        return keys.count - 1
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
        folded.reserveCapacity(range.count + 2)
        for i in range { WordTable.appendFolded(scalars[i], to: &folded) }
        if let id = find(folded[...]) { return (id, true) }
        guard folded.count >= minimumHead + minimumSuffix else { return nil }
        for start in minimumHead...(folded.count - minimumSuffix) {
            if let id = find(folded[start...]), suffixAllowed[id] { return (id, false) }
        }
        return nil
    }

    private func find(_ key: ArraySlice<UInt32>) -> Int? {
        var slot = WordTable.hash(key) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if keys[Int(id)].elementsEqual(key) { return Int(id) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ id: Int) {
        var slot = WordTable.hash(keys[id][...]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in keys.indices { place(id) }
    }

    private static func hash(_ key: ArraySlice<UInt32>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in key {
            h ^= UInt64(v)
            h = h &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

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

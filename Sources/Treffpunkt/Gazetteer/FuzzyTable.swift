/// The fuzzy keys of a compiled gazetteer grouped by their first three letters and length, so that
/// the names one typo away from a text word are found by comparing the word with the few keys of
/// its group and the two neighbouring lengths, without hashing any deletion.
///
/// Built once from a `CompiledGazetteer` (read-only, shared by all threads). It answers exactly
/// what `FuzzyIndex`'s guards ask: the one fuzzy key with the word's first three letters, one edit
/// apart and not a mere ending, or none.
struct FuzzyTable: Sendable {
    /// An open-addressing table from `FuzzyIndex.prefixBit` of a group to the group: each slot is
    /// `bit << 32 | (group + 1)`, 0 when empty; the count is a power of two.
    private let slots: [UInt64]
    /// The keys of group `g` are `members[groupStarts[g]..<groupStarts[g + 1]]`.
    private let groupStarts: [Int]
    /// Key ids, grouped.
    private let members: [Int32]
    /// The lowercase code points of `members[i]` are `scalars[offsets[i]..<offsets[i + 1]]`.
    private let scalars: [UInt32]
    private let offsets: [Int]

    init(_ g: CompiledGazetteer) {
        var byGroup: [Int: [(Int32, [UInt32])]] = [:]
        for key in g.fuzzyKeys {
            let s = Array(String(decoding: g.keys.key(key), as: UTF8.self).unicodeScalars.map(\.value))
            guard s.count >= 3 else { continue }
            byGroup[FuzzyIndex.prefixBit(s[0], s[1], s[2], length: s.count), default: []].append((key, s))
        }
        var members: [Int32] = [], scalars: [UInt32] = [], offsets = [0], groupStarts = [0]
        var capacity = 16
        while capacity < byGroup.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for (g, bit) in byGroup.keys.sorted().enumerated() {
            for (key, s) in byGroup[bit]! {
                members.append(key)
                scalars += s
                offsets.append(scalars.count)
            }
            groupStarts.append(members.count)
            var i = FuzzyTable.slot(bit, capacity - 1)
            while slots[i] != 0 { i = (i + 1) & (capacity - 1) }
            slots[i] = UInt64(bit) << 32 | UInt64(g + 1)
        }
        self.slots = slots
        self.groupStarts = groupStarts
        self.members = members
        self.scalars = scalars
        self.offsets = offsets
    }

    var isEmpty: Bool { members.isEmpty }

    @inline(__always)
    private static func slot(_ bit: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bit) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The members of the group of a prefix bit.
    @inline(__always)
    private func group(_ bit: Int) -> Range<Int>? {
        let mask = slots.count - 1
        var i = FuzzyTable.slot(bit, mask)
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if Int(s >> 32) == bit {
                let g = Int(s & 0xFFFF_FFFF) - 1
                return groupStarts[g]..<groupStarts[g + 1]
            }
            i = (i + 1) & mask
        }
    }

    /// The fuzzy key one edit away from the lowercase word `word` under `FuzzyIndex`'s guards, or
    /// nil when there is none or more than one.
    func candidate(_ word: UnsafeBufferPointer<UInt32>) -> Int32? {
        guard word.count >= 3 else { return nil }
        var result: Int32?
        var seen = (-1, -1)
        return scalars.withUnsafeBufferPointer { all -> Int32? in
            for length in (word.count - 1)...(word.count + 1) {
                guard let range = group(FuzzyIndex.prefixBit(word[0], word[1], word[2], length: length)),
                      range.lowerBound != seen.0, range.lowerBound != seen.1 else { continue }
                if seen.0 < 0 { seen.0 = range.lowerBound } else { seen.1 = range.lowerBound }
                for m in range {
                    let name = UnsafeBufferPointer(rebasing: all[offsets[m]..<offsets[m + 1]])
                    guard name[0] == word[0], name[1] == word[1], name[2] == word[2],
                          FuzzyIndex.isOneEditApart(word, name), !FuzzyIndex.isEndingOnly(word, name) else { continue }
                    if let r = result, r != members[m] { return nil }
                    result = members[m]
                }
            }
            return result
        }
    }
}

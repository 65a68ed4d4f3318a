/// All the name rules' word lists in one hash table, so that one walk over a word's code points
/// (from the last to the first) finds every list it is in, whole or by its ending.
///
/// Each stored word carries two masks of `WordFlags`: the lists that hold it as a whole word,
/// and the lists that hold it as an ending; an ending counts when enough code points stand
/// before it (`remainders`).
struct NameWordTable: Sendable {
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 64)
    private var entries: [Int32] = [Int32](repeating: -1, count: 64)
    private var words: [[Unicode.Scalar]] = []
    private var wholeMasks: [UInt32] = []
    private var endingMasks: [UInt32] = []
    /// For each flag bit used as an ending: how many code points must stand before it.
    private var remainders = [Int](repeating: 0, count: 32)

    init() {}

    /// Adds every word of a lexicon as a whole word with this flag.
    mutating func add(_ lexicon: NameLexicon, whole flag: WordFlags) {
        for w in lexicon.foldedWords { add(w, whole: flag.rawValue, ending: 0) }
    }

    /// Adds every word of a lexicon as an ending with this flag and minimum remainder.
    mutating func add(_ lexicon: NameLexicon, ending flag: WordFlags, remainder: Int) {
        remainders[flag.rawValue.trailingZeroBitCount] = remainder
        for w in lexicon.foldedWords { add(w, whole: 0, ending: flag.rawValue) }
    }

    private mutating func add(_ folded: [Unicode.Scalar], whole: UInt32, ending: UInt32) {
        var h = NameWordTable.seed
        for s in folded.reversed() { h = NameWordTable.mix(h, s) }
        let key = NameWordTable.key(h)
        if let e = entry(key, folded) {
            wholeMasks[e] |= whole
            endingMasks[e] |= ending
            return
        }
        if (words.count + 1) * 2 > slots.count { grow() }
        place(key, Int32(words.count))
        words.append(folded)
        wholeMasks.append(whole)
        endingMasks.append(ending)
    }

    /// The flags of `scalars[range]`: the whole-word lists it is in, and the ending lists whose
    /// ending it has, restricted to the flags in `whole` and `endings`.
    @inline(__always)
    func flags(of scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
               whole: UInt32, endings: UInt32) -> UInt32 {
        var h = NameWordTable.seed
        var i = range.upperBound
        var result: UInt32 = 0
        while i > range.lowerBound {
            i -= 1
            h = NameWordTable.mix(h, NameLexicon.fold(scalars[i]))
            guard let e = entry(NameWordTable.key(h), scalars, i..<range.upperBound) else { continue }
            if i == range.lowerBound { result |= wholeMasks[e] & whole }
            var m = endingMasks[e] & endings
            while m != 0 {
                let bit = m.trailingZeroBitCount
                if i - range.lowerBound >= remainders[bit] { result |= 1 << UInt32(bit) }
                m &= m - 1
            }
        }
        return result
    }

    // MARK: hashing

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func mix(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(s.value)) &* 0x100_0000_01b3
    }

    /// The hash with its bits mixed down (for the slot index), never 0 (the empty mark).
    @inline(__always)
    private static func key(_ h: UInt64) -> UInt64 {
        let x = (h ^ (h >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return x == 0 ? 1 : x
    }

    private mutating func place(_ key: UInt64, _ entry: Int32) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = key
        entries[i] = entry
    }

    private mutating func grow() {
        let old = zip(slots, entries).filter { $0.0 != 0 }
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        entries = [Int32](repeating: -1, count: slots.count)
        for (k, e) in old { place(k, e) }
    }

    /// The entry of a folded word stored under `key`.
    private func entry(_ key: UInt64, _ folded: [Unicode.Scalar]) -> Int? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i] != 0 {
            if slots[i] == key && words[Int(entries[i])] == folded { return Int(entries[i]) }
            i = (i + 1) & mask
        }
        return nil
    }

    /// The entry of the text `scalars[range]` (compared case-insensitively) stored under `key`.
    @inline(__always)
    private func entry(_ key: UInt64, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slots[i]
            if k == 0 { return nil }
            if k == key {
                let e = Int(entries[i])
                let word = words[e]
                if word.count == range.count {
                    var same = true
                    var j = 0
                    for p in range {
                        if NameLexicon.fold(scalars[p]) != word[j] { same = false; break }
                        j += 1
                    }
                    if same { return e }
                }
            }
            i = (i + 1) & mask
        }
    }
}

/// An open-addressing table from hashes of words to entry numbers, shared by `NameLexicon` and
/// `NameWordTable`. Words are hashed from their last code point to their first, lower-cased, so
/// that one backward walk over a word hashes each of its endings in turn.
struct ScalarHashSlots: Sendable {
    /// A mixed hash (0 for an empty slot) beside its entry number, so that a probe reads one
    /// cache line.
    private struct Slot {
        var key: UInt64 = 0
        var entry: Int32 = -1
    }

    private var slots = [Slot](repeating: Slot(), count: 16)
    private var used = 0
    /// One bit per key (its high bits modulo the filter's size in bits, 65536 by default): most
    /// probes of words not in the table end here, in an 8 KB array that stays in the first-level
    /// cache.
    private var filter: [UInt64]
    /// The number of words of `filter` less one.
    private let filterMask: UInt64

    /// An empty table whose filter has `filterWords` 64-bit words, a power of two.
    init(filterWords: Int = 1024) {
        precondition(filterWords > 0 && filterWords & (filterWords - 1) == 0, "filterWords must be a power of two")
        filter = [UInt64](repeating: 0, count: filterWords)
        filterMask = UInt64(filterWords - 1)
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash extended by one more code point (FNV-1a over the scalar values).
    @inline(__always)
    static func mix(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(s.value)) &* 0x100_0000_01b3
    }

    /// The hash of folded code points taken from last to first.
    static func hash(_ folded: [Unicode.Scalar]) -> UInt64 {
        var h = seed
        for s in folded.reversed() { h = mix(h, s) }
        return h
    }

    /// The hash with its bits mixed down (for the slot index), never 0 (the empty mark).
    @inline(__always)
    static func key(_ h: UInt64) -> UInt64 {
        let x = (h ^ (h >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return x == 0 ? 1 : x
    }

    /// Stores an entry under a hash (another entry may share the hash).
    mutating func insert(_ h: UInt64, _ entry: Int32) {
        if (used + 1) * 2 > slots.count {
            let old = slots.filter { $0.key != 0 }
            slots = [Slot](repeating: Slot(), count: slots.count * 2)
            for slot in old { place(slot.key, slot.entry) }
        }
        let key = ScalarHashSlots.key(h)
        place(key, entry)
        filter[Int(truncatingIfNeeded: (key >> 54) & filterMask)] |= 1 << ((key >> 48) & 63)
        used += 1
    }

    private mutating func place(_ key: UInt64, _ entry: Int32) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i].key != 0 { i = (i + 1) & mask }
        slots[i] = Slot(key: key, entry: entry)
    }

    /// Whether `text[range]`, lower-cased, equals a folded word.
    @inline(__always)
    static func equals<C: RandomAccessCollection>(_ word: [Unicode.Scalar], _ text: C, _ range: Range<Int>) -> Bool
    where C.Element == Unicode.Scalar, C.Index == Int {
        guard word.count == range.count else { return false }
        var k = 0
        for i in range {
            if LetterCase.lowercase(text[i]) != word[k] { return false }
            k += 1
        }
        return true
    }

    /// The first entry stored under the hash for which `matches` holds, or nil.
    @inline(__always)
    func first(_ h: UInt64, where matches: (Int) -> Bool) -> Int? {
        let key = ScalarHashSlots.key(h)
        guard filter[Int(truncatingIfNeeded: (key >> 54) & filterMask)] & (1 << ((key >> 48) & 63)) != 0 else { return nil }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let slot = slots[i]
            if slot.key == 0 { return nil }
            if slot.key == key && matches(Int(slot.entry)) { return Int(slot.entry) }
            i = (i + 1) & mask
        }
    }
}

/// The short keys of a `TimeKeyTable` (at most eight code points, each in U+0001…U+00FF: most words,
/// digit runs and marks of German text) packed into one integer each, so that looking one up is a
/// multiply and one compare per probe, with no hashing of code points and no key bytes to compare.
/// A slot holds the key and its entry side by side, so that a lookup touches one cache line; most
/// words that are no key end at a clear bit of a filter small enough to stay in the cache.
/// Of the longer keys in that range it keeps a filter by their packed last eight code points and
/// their length, which turns most longer words of a text away before they are hashed.
struct TimeShortKeyTable: Sendable {
    /// Per slot two words: the packed key (0: empty), then its `TimeKeyTable.Entry` raw value; the
    /// slot count is a power of two, at least twice the keys.
    private let slots: [UInt64]
    /// 64 minus the number of bits of a slot index.
    private let shift: UInt64
    /// One bit per `filterBit` of each short key (8192 bits).
    private let filter: [UInt64]
    /// One bit per `longBit` of each longer key (8192 bits).
    private let longKeys: [UInt64]

    /// The longest key that packs.
    static let maxLength = 8

    /// An empty table.
    init() {
        slots = [UInt64](repeating: 0, count: 32)
        shift = 60
        filter = [UInt64](repeating: 0, count: 128)
        longKeys = [UInt64](repeating: 0, count: 128)
    }

    /// The short keys of `table`, each with `entry(id)` of its id there.
    init(_ table: TimeKeyTable, entry: (Int32) -> TimeKeyTable.Entry) {
        var packed: [(UInt64, Int32)] = []
        var longKeys = [UInt64](repeating: 0, count: 128)
        for id in 0..<Int32(table.count) {
            let key = table.key(id)
            if let p = TimeShortKeyTable.pack(key) {
                packed.append((p, id))
            } else if key.allSatisfy({ $0 > 0 && $0 < 0x100 }), let p = TimeShortKeyTable.pack(key.suffix(TimeShortKeyTable.maxLength)) {
                let b = TimeShortKeyTable.longBit(p, key.count)
                longKeys[b >> 6] |= 1 << UInt64(b & 63)
            }
        }
        self.longKeys = longKeys
        var bits: UInt64 = 4
        while 1 << bits < packed.count * 2 { bits += 1 }
        let count = 1 << Int(bits)
        var slots = [UInt64](repeating: 0, count: 2 * count)
        var filter = [UInt64](repeating: 0, count: 128)
        shift = 64 - bits
        for (p, id) in packed {
            let b = TimeShortKeyTable.filterBit(TimeShortKeyTable.mixed(p))
            filter[b >> 6] |= 1 << UInt64(b & 63)
            var i = TimeShortKeyTable.slot(TimeShortKeyTable.mixed(p), shift)
            while slots[2 * i] != 0 { i = (i + 1) & (count - 1) }
            slots[2 * i] = p
            slots[2 * i + 1] = entry(id).rawValue
        }
        self.slots = slots
        self.filter = filter
    }

    /// A key packed one byte per code point, the last in the lowest byte (`p = p << 8 | v` over
    /// the code points, so that a scan packs the last eight of a longer word), or nil when it is
    /// empty, longer than `maxLength` or has a code point outside U+0001…U+00FF.
    static func pack<C: Collection<UInt32>>(_ key: C) -> UInt64? {
        guard !key.isEmpty, key.count <= maxLength else { return nil }
        var p: UInt64 = 0
        for v in key {
            guard v > 0 && v < 0x100 else { return nil }
            p = p << 8 | UInt64(v)
        }
        return p
    }

    /// A packed key with its bits mixed: the slot index comes from the top bits, the filter bit
    /// from bits below those.
    @inline(__always)
    private static func mixed(_ p: UInt64) -> UInt64 { p &* 0x9E37_79B9_7F4A_7C15 }

    @inline(__always)
    private static func slot(_ h: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: h >> shift) }

    @inline(__always)
    private static func filterBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 24) & 8191 }

    @inline(__always)
    private static func longBit(_ ending: UInt64, _ length: Int) -> Int {
        Int(truncatingIfNeeded: ((ending ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15) >> 51)
    }

    /// Whether the table may hold a key of `length` code points (more than `maxLength`, each in
    /// U+0001…U+00FF) whose last `maxLength` code points pack into `ending`.
    @inline(__always)
    func mayHaveLongKey(_ ending: UInt64, length: Int) -> Bool {
        let b = TimeShortKeyTable.longBit(ending, length)
        return longKeys.withUnsafeBufferPointer { $0[b >> 6] } & (1 << UInt64(b & 63)) != 0
    }

    /// The entry of a packed key (as `pack` packs it), or `TimeKeyTable.Entry.absent`.
    @inline(__always)
    func find(_ p: UInt64) -> TimeKeyTable.Entry {
        let h = TimeShortKeyTable.mixed(p)
        let b = TimeShortKeyTable.filterBit(h)
        guard filter.withUnsafeBufferPointer({ $0[b >> 6] }) & (1 << UInt64(b & 63)) != 0 else { return .absent }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count / 2 - 1
            var i = TimeShortKeyTable.slot(h, shift)
            while true {
                let k = slots[2 * i]
                if k == p { return TimeKeyTable.Entry(rawValue: slots[2 * i + 1]) }
                if k == 0 { return .absent }
                i = (i + 1) & mask
            }
        }
    }
}

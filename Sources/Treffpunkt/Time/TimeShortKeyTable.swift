/// The short keys of a `TimeKeyTable` (at most eight code points, each in U+0001…U+00FF: most words,
/// digit runs and marks of German text) packed into one integer each, so that looking one up is a
/// multiply and one compare per probe, with no hashing of code points and no key bytes to compare.
/// Of the longer keys in that range it keeps a filter by their packed last eight code points and
/// their length, which turns most longer words of a text away before they are hashed.
struct TimeShortKeyTable: Sendable {
    /// Packed keys by slot (0: empty); the count is a power of two, at least twice the keys.
    private let keys: [UInt64]
    /// The id in the `TimeKeyTable` of the key in the same slot.
    private let ids: [Int32]
    /// 64 minus the number of bits of a slot index.
    private let shift: UInt64
    /// One bit per `longBit` of each longer key (8192 bits).
    private let longKeys: [UInt64]

    /// The longest key that packs.
    static let maxLength = 8

    /// An empty table.
    init() {
        keys = [UInt64](repeating: 0, count: 16)
        ids = [Int32](repeating: -1, count: 16)
        shift = 60
        longKeys = [UInt64](repeating: 0, count: 128)
    }

    /// The short keys of `table`, with their ids there.
    init(_ table: TimeKeyTable) {
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
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var ids = [Int32](repeating: -1, count: keys.count)
        shift = 64 - bits
        for (p, id) in packed {
            var i = TimeShortKeyTable.slot(p, shift)
            while keys[i] != 0 { i = (i + 1) & (keys.count - 1) }
            keys[i] = p
            ids[i] = id
        }
        self.keys = keys
        self.ids = ids
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

    @inline(__always)
    private static func slot(_ p: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (p &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

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

    /// The id of a packed key (as `pack` packs it), or -1.
    @inline(__always)
    func find(_ p: UInt64) -> Int32 {
        keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var i = TimeShortKeyTable.slot(p, shift)
            while true {
                let k = keys[i]
                if k == p { return ids.withUnsafeBufferPointer { $0[i] } }
                if k == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }
}

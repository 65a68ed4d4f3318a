/// An interning table of byte strings (normalised token keys) to dense integer ids, stored in flat
/// arrays: the bytes of all keys one after another, their offsets, and an open-addressing hash
/// index. Lookups hash a caller's byte buffer and never build a `String`.
struct KeyTable: Sendable {
    private(set) var bytes: [UInt8] = []
    /// `offsets[i]..<offsets[i + 1]` are the bytes of key `i`.
    private(set) var offsets: [UInt32] = [0]
    /// `hash << 32 | (id + 1)` of each key (0 = empty slot), so that a probe touches the key's
    /// bytes only when the hashes agree; the count is a power of two.
    private(set) var slots: [UInt64] = Array(repeating: 0, count: 1024)

    /// One bit per hash value modulo its size (eight bits or more per key): a clear bit proves a
    /// key absent without touching the large slot array, which saves a cache miss for most words
    /// of a text.
    private(set) var filter: [UInt64] = []

    init() {}

    init(bytes: [UInt8], offsets: [UInt32], slots: [UInt64], filter: [UInt64]) {
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
        self.filter = filter
    }

    /// Builds the filter; call once all keys are in.
    mutating func seal() {
        var bits = 4096
        while bits < count * 8 { bits *= 2 }
        filter = [UInt64](repeating: 0, count: bits / 64)
        let mask = bits - 1
        for s in slots where s != 0 {
            let b = Int(truncatingIfNeeded: ((s >> 32) &* 0x9E37_79B1) >> 7) & mask
            filter[b >> 6] |= 1 << UInt64(b & 63)
        }
    }

    var count: Int { offsets.count - 1 }

    /// The bytes of a key.
    func key(_ id: Int32) -> ArraySlice<UInt8> { bytes[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])] }

    /// The FNV-1a offset basis and prime of `hash`.
    static let offsetBasis: UInt32 = 2_166_136_261
    static let prime: UInt32 = 16_777_619

    /// The 32-bit FNV-1a hash of a key: byte by byte, so that the hash of a prefix is a state on
    /// the way (`HashedUnit` keeps the states before the last two bytes).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h = offsetBasis
        for b in key { h = (h ^ UInt32(b)) &* prime }
        return h
    }

    /// The id of a key, or -1.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 { find(key, hash: KeyTable.hash(key)) }

    /// The id of a key whose `hash` the caller has computed, or -1.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 {
        if !filter.isEmpty {
            let b = Int(truncatingIfNeeded: (UInt64(h) &* 0x9E37_79B1) >> 7) & (filter.count * 64 - 1)
            if filter[b >> 6] & (1 << UInt64(b & 63)) == 0 { return -1 }
        }
        return probe(key, hash: h)
    }

    /// The id of a key without consulting the filter (while keys are being added), or -1.
    func findUnfiltered(_ key: UnsafeBufferPointer<UInt8>) -> Int32 { probe(key, hash: KeyTable.hash(key)) }

    @inline(__always)
    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 {
        let mask = slots.count - 1
        var i = Int(h) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                offsets.withUnsafeBufferPointer { offsets in
                    while true {
                        let s = slots[i]
                        if s == 0 { return -1 }
                        let id = Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
                        if UInt32(truncatingIfNeeded: s >> 32) == h {
                            let a = Int(offsets[id]), b = Int(offsets[id + 1])
                            var same = b - a == key.count
                            var k = 0
                            while same && k < key.count {
                                if stored[a + k] != key[k] { same = false; break }
                                k += 1
                            }
                            if same && b - a == key.count { return Int32(id) }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    func find(_ key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { find($0) } }

    /// The id of a key, adding it when new (before `seal`).
    mutating func intern(_ key: [UInt8]) -> Int32 {
        let found = key.withUnsafeBufferPointer { findUnfiltered($0) }
        if found >= 0 { return found }
        let id = count
        bytes += key
        offsets.append(UInt32(bytes.count))
        if (id + 1) * 2 > slots.count {
            rehash(capacity: slots.count * 2)
        } else {
            place(id)
        }
        return Int32(id)
    }

    private mutating func place(_ id: Int) {
        let mask = slots.count - 1
        let a = Int(offsets[id]), b = Int(offsets[id + 1])
        let h = bytes[a..<b].withUnsafeBufferPointer { KeyTable.hash($0) }
        var i = Int(h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = UInt64(h) << 32 | UInt64(id + 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        for id in 0..<count { place(id) }
    }
}

/// The edges of a trie over key ids, as an open-addressing hash table from (node, key) to child
/// node. A slot is two words in a row (one cache line holds both): `node << 32 | key` (or
/// `UInt64.max` when empty), then the child node with bit 32 set when patterns end there, so a
/// step of the matcher costs one memory access.
struct EdgeTable: Sendable {
    private(set) var slots: [UInt64] = EdgeTable.empty(1024)
    private(set) var count = 0

    static let terminalBit: UInt64 = 1 << 32

    init() {}

    init(slots: [UInt64], count: Int) {
        self.slots = slots
        self.count = count
    }

    private static func empty(_ capacity: Int) -> [UInt64] {
        var s = [UInt64](repeating: 0, count: capacity * 2)
        for i in stride(from: 0, to: s.count, by: 2) { s[i] = .max }
        return s
    }

    var capacity: Int { slots.count / 2 }

    @inline(__always)
    static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// The child of `node` along `key` with its terminal bit, or -1.
    @inline(__always)
    func step(_ node: Int32, _ key: Int32) -> Int64 {
        let k = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
        let mask = capacity - 1
        var i = EdgeTable.slot(k, mask)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let s = slots[2 * i]
                if s == k { return Int64(bitPattern: slots[2 * i + 1]) }
                if s == .max { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// The child of `node` along `key`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ key: Int32) -> Int32 {
        let s = step(node, key)
        return s < 0 ? -1 : Int32(truncatingIfNeeded: s & 0xFFFF_FFFF)
    }

    /// Adds an edge (the pair must be new).
    mutating func insert(_ node: Int32, _ key: Int32, child: Int32) {
        if (count + 1) * 3 > capacity * 2 { grow() }
        put(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key)), UInt64(UInt32(bitPattern: child)))
        count += 1
    }

    /// Sets the terminal bit of every edge into a node where patterns end.
    mutating func markTerminals(_ isTerminal: (Int32) -> Bool) {
        for i in stride(from: 0, to: slots.count, by: 2) where slots[i] != .max {
            if isTerminal(Int32(truncatingIfNeeded: slots[i + 1] & 0xFFFF_FFFF)) { slots[i + 1] |= EdgeTable.terminalBit }
        }
    }

    private mutating func put(_ k: UInt64, _ value: UInt64) {
        let mask = capacity - 1
        var i = EdgeTable.slot(k, mask)
        while slots[2 * i] != .max { i = (i + 1) & mask }
        slots[2 * i] = k
        slots[2 * i + 1] = value
    }

    private mutating func grow() {
        let old = slots
        slots = EdgeTable.empty(capacity * 2)
        for i in stride(from: 0, to: old.count, by: 2) where old[i] != .max { put(old[i], old[i + 1]) }
    }
}

/// An interning table of byte strings (normalised token keys) to dense integer ids, stored in flat
/// arrays: the bytes of all keys one after another, their offsets, and an open-addressing hash
/// index. Lookups hash a caller's byte buffer and never build a `String`.
struct KeyTable: Sendable {
    private(set) var bytes: [UInt8] = []
    /// `offsets[i]..<offsets[i + 1]` are the bytes of key `i`.
    private(set) var offsets: [UInt32] = [0]
    /// Key ids plus one (0 = empty slot); the count is a power of two.
    private(set) var slots: [UInt32] = Array(repeating: 0, count: 1024)

    init() {}

    init(bytes: [UInt8], offsets: [UInt32], slots: [UInt32]) {
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
    }

    var count: Int { offsets.count - 1 }

    /// The bytes of a key.
    func key(_ id: Int32) -> ArraySlice<UInt8> { bytes[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])] }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in key { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The id of a key, or -1.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let mask = slots.count - 1
        var i = Int(KeyTable.hash(key)) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                offsets.withUnsafeBufferPointer { offsets in
                    while true {
                        let s = slots[i]
                        if s == 0 { return -1 }
                        let id = Int(s - 1)
                        let a = Int(offsets[id]), b = Int(offsets[id + 1])
                        if b - a == key.count {
                            var same = true
                            var k = 0
                            while k < key.count {
                                if stored[a + k] != key[k] { same = false; break }
                                k += 1
                            }
                            if same { return Int32(id) }
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    func find(_ key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { find($0) } }

    /// The id of a key, adding it when new.
    mutating func intern(_ key: [UInt8]) -> Int32 {
        let found = find(key)
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
        var i = bytes[a..<b].withUnsafeBufferPointer { Int(KeyTable.hash($0)) } & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = UInt32(id + 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        for id in 0..<count { place(id) }
    }
}

/// The edges of a trie over key ids, as an open-addressing hash table from (node, key) to child node.
struct EdgeTable: Sendable {
    /// `node << 32 | key`, or `UInt64.max` for an empty slot; the count is a power of two.
    private(set) var keys: [UInt64] = Array(repeating: .max, count: 1024)
    private(set) var children: [Int32] = Array(repeating: -1, count: 1024)
    private(set) var count = 0

    init() {}

    init(keys: [UInt64], children: [Int32], count: Int) {
        self.keys = keys
        self.children = children
        self.count = count
    }

    @inline(__always)
    static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// The child of `node` along `key`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ key: Int32) -> Int32 {
        let k = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key))
        let mask = keys.count - 1
        var i = EdgeTable.slot(k, mask)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let s = keys[i]
                if s == k { return children[i] }
                if s == .max { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds an edge (the pair must be new).
    mutating func insert(_ node: Int32, _ key: Int32, child: Int32) {
        if (count + 1) * 3 > keys.count * 2 { grow() }
        put(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key)), child)
        count += 1
    }

    private mutating func put(_ k: UInt64, _ child: Int32) {
        let mask = keys.count - 1
        var i = EdgeTable.slot(k, mask)
        while keys[i] != .max { i = (i + 1) & mask }
        keys[i] = k
        children[i] = child
    }

    private mutating func grow() {
        let oldKeys = keys, oldChildren = children
        keys = Array(repeating: .max, count: oldKeys.count * 2)
        children = Array(repeating: -1, count: oldKeys.count * 2)
        for (i, k) in oldKeys.enumerated() where k != .max { put(k, oldChildren[i]) }
    }
}

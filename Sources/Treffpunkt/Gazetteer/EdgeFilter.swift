/// The edges of a trie (`EdgeTable`) as two bit sets, so that most steps of the matcher that fail
/// (`die Bundesregierung` after `die`) never touch the much larger edge table:
///
/// - one bit per key id: whether the key follows some node other than the root (a small set that
///   stays in the fastest cache);
/// - one bit per hashed (node, key) pair, sixteen bits or more per edge.
///
/// A clear bit proves the edge absent. Built once from the compiled gazetteer when the matcher is
/// made (it is not part of the cache); read-only and shared by all threads.
struct EdgeFilter: Sendable {
    private let continuing: [UInt64]
    private let pairs: [UInt64]
    private let mask: Int

    init(_ edges: EdgeTable) {
        var count = 1 << 12
        while count < edges.count * 16 { count *= 2 }
        var pairs = [UInt64](repeating: 0, count: count / 64)
        var continuing: [UInt64] = []
        let mask = count - 1
        let slots = edges.slots
        for i in stride(from: 0, to: slots.count, by: 2) where slots[i] != .max {
            let b = EdgeFilter.bit(slots[i], mask)
            pairs[b >> 6] |= 1 << UInt64(b & 63)
            if slots[i] >> 32 != 0 {
                let key = Int(slots[i] & 0xFFFF_FFFF)
                while continuing.count <= key >> 6 { continuing.append(0) }
                continuing[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        self.pairs = pairs
        self.continuing = continuing
        self.mask = mask
    }

    @inline(__always)
    private static func bit(_ pair: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (pair &* 0xC2B2_AE3D_27D4_EB4F) >> 32) & mask
    }

    /// False when the trie has no edge from `node` along `key` (both not negative); true when it
    /// may have one.
    @inline(__always)
    func mayHave(_ node: Int32, _ key: Int32) -> Bool {
        if node != 0 {
            let k = Int(key)
            guard k >> 6 < continuing.count,
                  continuing.withUnsafeBufferPointer({ $0[k >> 6] & (1 << UInt64(k & 63)) != 0 }) else { return false }
        }
        let b = EdgeFilter.bit(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: key)), mask)
        return pairs.withUnsafeBufferPointer { $0[b >> 6] & (1 << UInt64(b & 63)) != 0 }
    }
}

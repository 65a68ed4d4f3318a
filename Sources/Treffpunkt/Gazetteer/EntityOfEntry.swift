/// The entity index each gazetteer entry has in one document: a small open-addressing table from
/// entry to entity, made for the few dozen entries a text mentions (no hashing of strings, one
/// allocation when the first entry is added).
struct EntityOfEntry {
    /// `(entry + 1) << 32 | entity`, 0 when empty; the count is 0 or a power of two.
    private var slots: [UInt64] = []
    private var count = 0

    @inline(__always)
    private static func slot(_ entry: Int32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: entry)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The entity of an entry (not negative), or nil when the document has none for it yet; setting
    /// adds or replaces it.
    subscript(entry: Int32) -> Int? {
        get {
            guard !slots.isEmpty else { return nil }
            let mask = slots.count - 1
            let tag = UInt64(UInt32(bitPattern: entry)) + 1
            var i = EntityOfEntry.slot(entry, mask)
            while true {
                let s = slots[i]
                if s == 0 { return nil }
                if s >> 32 == tag { return Int(truncatingIfNeeded: s & 0xFFFF_FFFF) }
                i = (i + 1) & mask
            }
        }
        set {
            guard let entity = newValue else { preconditionFailure("entries are never removed") }
            if (count + 1) * 2 > slots.count { grow() }
            let mask = slots.count - 1
            let tag = UInt64(UInt32(bitPattern: entry)) + 1
            var i = EntityOfEntry.slot(entry, mask)
            while slots[i] != 0 && slots[i] >> 32 != tag { i = (i + 1) & mask }
            if slots[i] == 0 { count += 1 }
            slots[i] = tag << 32 | UInt64(UInt32(truncatingIfNeeded: entity))
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: max(32, old.count * 2))
        let mask = slots.count - 1
        for s in old where s != 0 {
            var i = EntityOfEntry.slot(Int32(truncatingIfNeeded: (s >> 32) - 1), mask)
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}

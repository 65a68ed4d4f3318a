/// The next unit of a text together with its key, its case flags and the key's hashes, found in one
/// pass over the code points (the matcher's inner loop).
///
/// The unit, the key and the flags are exactly those of `KeyNormalizer.nextUnit` followed by
/// `KeyNormalizer.key`; the hashes are `KeyTable.hash` of the whole key and of the key without its
/// last one and two bytes (the genitive readings `Kremls` → `kreml`, `Bundestages` → `bundestag`),
/// so that no byte is hashed twice.
struct HashedUnit {
    /// The code points of the unit.
    var range: Range<Int>
    var flags: KeyNormalizer.CaseFlags
    /// The key's length in bytes (the key itself is in the caller's buffer).
    var length: Int
    /// `KeyTable.hash` of the key.
    var hash: UInt32
    /// `KeyTable.hash` of the key without its last byte (the offset basis when the key is shorter).
    var hashWithoutLast: UInt32
    /// `KeyTable.hash` of the key without its last two bytes (the offset basis when the key is shorter).
    var hashWithoutLastTwo: UInt32

    /// The next unit of `scalars[i..<end]`, moving `i` past it, with its key written into `key`
    /// (room for four bytes per code point), or nil when only spaces are left.
    @inline(__always)
    static func next(_ scalars: UnsafeBufferPointer<UInt32>, from i: inout Int, to end: Int,
                     key: UnsafeMutableBufferPointer<UInt8>) -> HashedUnit? {
        while i < end && KeyNormalizer.isSpace(scalars[i]) { i += 1 }
        guard i < end else { return nil }
        let start = i
        let first = scalars[i]
        var flags: KeyNormalizer.CaseFlags = []
        if LetterCase.isUppercase(first) { flags.insert(.firstUpper) } else if LetterCase.isLowercase(first) { flags.insert(.firstLower) }
        let isWord = KeyNormalizer.isWordCharacter(first)
        var h = KeyTable.offsetBasis, h1 = h, h2 = h
        var n = 0
        var letters = 0
        var sawLower = false
        @inline(__always) func put(_ b: UInt32) {
            key[n] = UInt8(truncatingIfNeeded: b)
            n += 1
            h2 = h1
            h1 = h
            h = (h ^ b) &* KeyTable.prime
        }
        var v = first
        while true {
            let l = KeyNormalizer.lowercase(v)
            if l != v { letters += 1 } else if LetterCase.isLowercase(v) { sawLower = true; letters += 1 }
            if l < 0x80 {
                put(l)
            } else if l < 0x800 {
                put(0xC0 | (l >> 6))
                put(0x80 | (l & 0x3F))
            } else if l < 0x10000 {
                put(0xE0 | (l >> 12))
                put(0x80 | ((l >> 6) & 0x3F))
                put(0x80 | (l & 0x3F))
            } else {
                put(0xF0 | (l >> 18))
                put(0x80 | ((l >> 12) & 0x3F))
                put(0x80 | ((l >> 6) & 0x3F))
                put(0x80 | (l & 0x3F))
            }
            i += 1
            guard isWord && i < end else { break }
            v = scalars[i]
            guard KeyNormalizer.isWordCharacter(v) else { break }
        }
        if !sawLower && letters >= 2 { flags.insert(.allUpper) }
        return HashedUnit(range: start..<i, flags: flags, length: n, hash: h, hashWithoutLast: h1, hashWithoutLastTwo: h2)
    }
}

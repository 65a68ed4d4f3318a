/// Matching long names with one typo (`Selenskij` for `Selenskyj`): the edit rules and the prefix
/// bit set (`FuzzyTable` holds the keys and finds the candidate).
///
/// Guards against false hits: only names of at least `GazetteerCompiler.fuzzyMinimumLength`
/// letters written with a capital, only text words that are capitalised and are no key of any
/// gazetteer, the same first three letters, no mere ending added or dropped (`Russlands`), and exactly
/// one candidate name. A bit set over (first three letters, length) answers most words without a
/// lookup.
enum FuzzyIndex {
    /// The bit of a word's first three letters and a length in the prefix bit set (65,536 bits).
    @inline(__always)
    static func prefixBit(_ a: UInt32, _ b: UInt32, _ c: UInt32, length: Int) -> Int {
        let h = ((a &* 31 &+ b) &* 31 &+ c) &* 0x9E37_79B1
        return Int(h >> 22) << 6 | min(length, 63)
    }

    /// The prefix bit set of some keys (lowercase code points).
    static func prefixBits(_ keys: [[UInt32]]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for k in keys where k.count >= 3 {
            let b = prefixBit(k[0], k[1], k[2], length: k.count)
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }
        return bits
    }

    /// Whether some fuzzy key starts with the word's first three letters and has its length ± 1.
    @inline(__always)
    static func mayMatch(_ a: UInt32, _ b: UInt32, _ c: UInt32, length: Int, in bits: [UInt64]) -> Bool {
        guard !bits.isEmpty else { return false }
        for l in (length - 1)...(length + 1) {
            let bit = prefixBit(a, b, c, length: l)
            if bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
        }
        return false
    }

    static func binarySearch(_ a: [Int32], _ x: Int32) -> Bool {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < a.count && a[lo] == x
    }

    /// One substitution, insertion, deletion or swap of neighbours apart (and not equal).
    static func isOneEditApart(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Bool {
        if a.count == b.count {
            var first = -1, second = -1
            for k in 0..<a.count where a[k] != b[k] {
                if first < 0 { first = k } else if second < 0 { second = k } else { return false }
            }
            if first < 0 { return false }
            if second < 0 { return true }
            return second == first + 1 && a[first] == b[second] && a[second] == b[first]
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count && long[i] == short[i] { i += 1 }
        while i < short.count {
            if long[i + 1] != short[i] { return false }
            i += 1
        }
        return true
    }

    /// Whether one word is the other plus an ending (an inflection, not a typo).
    static func isEndingOnly(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Bool {
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count > short.count else { return false }
        for k in 0..<short.count where long[k] != short[k] { return false }
        return true
    }
}

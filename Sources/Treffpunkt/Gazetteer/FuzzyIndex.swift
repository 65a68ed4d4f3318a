/// Matching long names with one typo (`Selenskij` for `Selenskyj`), by symmetric deletion: a word
/// and a name are at most one edit apart when one of them, or a one-letter deletion of each, agree.
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

    @inline(__always)
    static func hash(_ scalars: [UInt32], skipping skip: Int) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for (i, v) in scalars.enumerated() where i != skip {
            h = (h ^ v) &* 16_777_619
        }
        return h
    }

    /// Calls `body` with the hash of every one-letter deletion of `scalars`.
    static func forEachDeletion(_ scalars: [UInt32], _ body: (UInt32) -> Void) {
        for i in 0..<scalars.count { body(hash(scalars, skipping: i)) }
    }

    /// The key of `g` one edit away from the lowercase word `word`, under the guards; `scratch`
    /// is reused for the UTF-8 bytes of the word's deletions. No strings are built: this runs for
    /// every long capitalised word no gazetteer knows.
    static func candidate(_ word: [UInt32], in g: CompiledGazetteer, scratch: inout [UInt8]) -> Int32? {
        guard !g.fuzzyKeys.isEmpty else { return nil }
        var found: [Int32] = []
        found.reserveCapacity(4)
        func keysWithDeletion(_ h: UInt32) {
            let deletions = g.fuzzyDeletions
            var lo = 0, hi = deletions.count
            let target = UInt64(h) << 32
            while lo < hi {
                let mid = (lo + hi) / 2
                if deletions[mid] < target { lo = mid + 1 } else { hi = mid }
            }
            while lo < deletions.count, deletions[lo] >> 32 == UInt64(h) {
                let k = Int32(truncatingIfNeeded: deletions[lo] & 0xFFFF_FFFF)
                if !found.contains(k) { found.append(k) }
                lo += 1
            }
        }
        keysWithDeletion(hash(word, skipping: -1))
        for i in 0..<word.count {
            keysWithDeletion(hash(word, skipping: i))
            scratch.removeAll(keepingCapacity: true)
            for (j, v) in word.enumerated() where j != i { KeyNormalizer.appendUTF8(v, to: &scratch) }
            let k = g.keys.find(scratch)
            if k >= 0, binarySearch(g.fuzzyKeys, k), !found.contains(k) { found.append(k) }
        }
        var result: Int32?
        for key in found {
            let name = Array(String(decoding: g.keys.key(key), as: UTF8.self).unicodeScalars.map(\.value))
            guard name.prefix(3).elementsEqual(word.prefix(3)), isOneEditApart(word, name), !isEndingOnly(word, name) else { continue }
            if result != nil { return nil }
            result = key
        }
        return result
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
    static func isOneEditApart(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        if a == b { return false }
        if a.count == b.count {
            let diffs = (0..<a.count).filter { a[$0] != b[$0] }
            if diffs.count == 1 { return true }
            return diffs.count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count && long[i] == short[i] { i += 1 }
        return long[(i + 1)...].elementsEqual(short[i...])
    }

    /// Whether one word is the other plus an ending (an inflection, not a typo).
    static func isEndingOnly(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        return long.count > short.count && long.starts(with: short)
    }
}

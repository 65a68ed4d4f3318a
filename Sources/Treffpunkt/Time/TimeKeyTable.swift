/// The words of the time lexicon as dense integer ids, looked up by code points. Most words of a
/// text are short enough to be packed into one integer while the scan finds where they end
/// (`TimeShortKeyTable`); a longer one is encoded and looked up in a `KeyTable` only when its packed
/// ending passes a filter.
///
/// Keys are sequences of code point values (lower-cased words, digit runs, single marks); ids count
/// from 0 in the order the keys were first interned.
struct TimeKeyTable: Sendable {
    /// What a lookup gives: the key's id and the facts of its word (`TimeLexicon.atomFacts`, below
    /// 2^40), in one word.
    struct Entry: Sendable {
        let rawValue: UInt64

        init(rawValue: UInt64) { self.rawValue = rawValue }

        init(id: Int32, facts: UInt64) { rawValue = UInt64(id + 1) << 40 | facts }

        /// The entry of a key the table does not hold: id -1, no facts.
        static let absent = Entry(rawValue: 0)

        /// The key id, or -1.
        var id: Int32 { Int32(truncatingIfNeeded: rawValue >> 40) - 1 }
        var facts: UInt64 { rawValue & 0xFF_FFFF_FFFF }
    }

    /// The keys as UTF-8, with their ids.
    private var table = KeyTable()
    /// The facts of each key by id + 1 (0: none); set by `seal`.
    private var facts: [UInt64] = [0]
    /// The number of code points of the longest key.
    private(set) var longestKey = 0
    /// The keys that pack into one integer; built by `seal`.
    private var shortKeys = TimeShortKeyTable()

    init() {}

    var count: Int { table.count }

    /// The code point values of a key.
    func key(_ id: Int32) -> [UInt32] { String(decoding: table.key(id), as: UTF8.self).unicodeScalars.map(\.value) }

    /// The id of a key, adding it when new (before `seal`).
    mutating func intern(_ key: [UInt32]) -> Int32 {
        longestKey = max(longestKey, key.count)
        return table.intern(TimeKeyTable.utf8(key))
    }

    /// Builds the filters and the table of short keys, with the facts of each key (by id + 1;
    /// `facts[0]`, of no key, must be 0); call once all keys are in.
    mutating func seal(facts: [UInt64]) {
        precondition(facts.count == count + 1 && facts[0] == 0 && facts.allSatisfy { $0 >> 40 == 0 })
        table.seal()
        self.facts = facts
        shortKeys = TimeShortKeyTable(self) { Entry(id: $0, facts: facts[Int($0) + 1]) }
    }

    /// The id of a key, or -1.
    func find(_ key: [UInt32]) -> Int32 { table.find(TimeKeyTable.utf8(key)) }

    private static func utf8(_ key: [UInt32]) -> [UInt8] {
        Array(String(String.UnicodeScalarView(key.compactMap(Unicode.Scalar.init))).utf8)
    }

    /// The entry of the key `text[range]`, lower-cased when `lowercased`. When all its code
    /// points lie in U+0001…U+00FF (`latin1`), `ending` is its last `TimeShortKeyTable.maxLength`
    /// code points packed by `TimeShortKeyTable.pack`; then a short key is found without reading a
    /// code point, and most longer words are turned away by their ending.
    @inline(__always)
    func find(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lowercased: Bool,
              ending: UInt64, latin1: Bool) -> Entry {
        if latin1 && range.count <= TimeShortKeyTable.maxLength { return shortKeys.find(ending) }
        return findLong(text, range, lowercased: lowercased, ending: ending, latin1: latin1)
    }

    /// `find` for a key that does not pack, out of line so that the short path stays small.
    @inline(never)
    private func findLong(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lowercased: Bool,
                          ending: UInt64, latin1: Bool) -> Entry {
        guard range.count <= longestKey, !latin1 || shortKeys.mayHaveLongKey(ending, length: range.count) else { return .absent }
        let id = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * longestKey) { buffer in
            var n = 0
            for i in range {
                UTF8.encode(lowercased ? LetterCase.lowercase(text[i]) : text[i]) { b in
                    buffer[n] = b
                    n += 1
                }
            }
            return table.find(UnsafeBufferPointer(rebasing: buffer[..<n]))
        }
        return id < 0 ? .absent : Entry(id: id, facts: facts[Int(id) + 1])
    }
}

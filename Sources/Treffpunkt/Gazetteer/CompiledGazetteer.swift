/// The compiled, read-only form of all loaded gazetteers: flat arrays only, so that it can be
/// written to disk and read back in one pass (`GazetteerCache`) and shared by every thread.
///
/// Names are cut into units (`KeyNormalizer`), units are interned as integer keys, and every
/// pattern (a name, alias, transliteration, adjective form or demonym of an entry) is a path of keys
/// in a trie whose edges live in one hash table. A node where patterns end lists them; a pattern
/// records its entry, kind and the capitalisation each unit needs.
public struct CompiledGazetteer: Sendable {
    /// Bumped whenever the layout changes, so that old cache files are rebuilt.
    static let formatVersion: UInt32 = 7

    // Entries.
    var entryIDs = StringTable()
    var entryNames = StringTable()
    var entryTypes: [UInt8] = []
    /// 0 unknown, 1 female, 2 male.
    var entryGenders: [UInt8] = []
    /// Bit 0: `ambiguous=word` (the name is also a common word).
    var entryFlags: [UInt8] = []
    /// The `KEY=VALUE` columns of each entry, tab-separated.
    var entryAttributes = StringTable()

    // Keys and the trie.
    var keys = KeyTable()
    var edges = EdgeTable()
    /// One bit per key: whether some pattern starts with it (a text unit whose key has no bit set
    /// starts no match, and the trie is not touched).
    var startKeys: [UInt64] = []
    /// The patterns ending at node `n` are `terminalPatterns[terminalStart[n]..<terminalStart[n + 1]]`.
    var terminalStart: [UInt32] = [0, 0]
    var terminalPatterns: [Int32] = []

    // Patterns.
    var patternEntry: [Int32] = []
    var patternKind: [UInt8] = []
    /// Two bits per unit (`UnitCase`), unit 0 in the lowest bits; units past 16 accept any case.
    var patternCase: [UInt32] = []
    /// Patterns with `case=exact`, ascending, and their original text (units joined by U+001F).
    var exactPatterns: [Int32] = []
    var exactForms = StringTable()

    // Bounded edit distance.
    /// Keys that may match with one typo, ascending.
    var fuzzyKeys: [Int32] = []
    /// `FuzzyIndex.prefixBits` of the fuzzy keys.
    var fuzzyPrefixes: [UInt64] = []

    init() {}

    /// The number of entries.
    public var entryCount: Int { entryTypes.count }
    /// The number of patterns (names, aliases and generated variants).
    public var patternCount: Int { patternEntry.count }
    /// The number of distinct unit keys.
    public var keyCount: Int { keys.count }

    public func id(ofEntry e: Int) -> String { entryIDs[e] }
    public func name(ofEntry e: Int) -> String { entryNames[e] }
    public func type(ofEntry e: Int) -> EntityType { EntityType.allCases[Int(entryTypes[e])] }

    /// The `KEY=VALUE` columns of an entry in file order.
    public func attributes(ofEntry e: Int) -> [GazetteerEntry.Attribute] {
        entryAttributes[e].split(separator: "\t").compactMap { column in
            let parts = column.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return parts.count == 2 ? GazetteerEntry.Attribute(key: String(parts[0]), value: String(parts[1])) : nil
        }
    }

    /// The entity an entry stands for.
    public func entity(ofEntry e: Int) -> Entity {
        let gender: Gender? = entryGenders[e] == 1 ? .female : entryGenders[e] == 2 ? .male : nil
        return Entity(id: id(ofEntry: e), type: type(ofEntry: e), name: name(ofEntry: e), gender: gender)
    }

    /// Whether the entry's name is also a common German word (`ambiguous=word`).
    public func isCommonWord(_ e: Int) -> Bool { entryFlags[e] & 1 != 0 }

    /// Whether some pattern starts with the key.
    @inline(__always)
    func startsPattern(_ key: Int32) -> Bool {
        startKeys[Int(key) >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// The index of the entry with an id (a linear search: for tools and tests, not the hot path).
    public func entry(withID id: String) -> Int? {
        (0..<entryCount).first { entryIDs[$0] == id }
    }

    /// Approximate bytes of memory the compiled arrays take.
    public var memoryBytes: Int {
        entryIDs.bytes.count + entryIDs.offsets.count * 4 + entryNames.bytes.count + entryNames.offsets.count * 4
            + entryTypes.count + entryGenders.count + entryFlags.count + startKeys.count * 8 + entryAttributes.bytes.count + entryAttributes.offsets.count * 4
            + keys.bytes.count + keys.offsets.count * 4 + keys.slots.count * 8 + keys.filter.count * 8
            + edges.slots.count * 8
            + terminalStart.count * 4 + terminalPatterns.count * 4
            + patternEntry.count * 4 + patternKind.count + patternCase.count * 4
            + exactPatterns.count * 4 + exactForms.bytes.count + exactForms.offsets.count * 4
            + fuzzyKeys.count * 4 + fuzzyPrefixes.count * 8
    }
}

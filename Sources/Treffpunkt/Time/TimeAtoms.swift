/// The text of a document cut finer than tokens for the temporal grammar: runs of letters, runs of
/// digits and single marks, so that `15.12.2021`, `15.`, `90er-Jahre` read the same whichever way the
/// tokenizer cut them.
public struct TimeAtom: Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, mark
    }

    /// What the grammar and the tense detector ask of every atom, from `TimeWordInfo.atomFacts`.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// A number, or a word with `TimeWordInfo.canStart`.
        static let startsPattern = Flags(rawValue: 1)
        /// A number, or a word with `TimeWordInfo.startsCore`.
        static let startsCore = Flags(rawValue: 2)
        /// The lexicon has entries for the atom.
        static let hasEntries = Flags(rawValue: 4)
        /// The lexicon has more than one entry for the atom.
        static let hasSeveralEntries = Flags(rawValue: 8)
        /// A word of two or more letters, all capitals (`ICE`, `LH`): a number after it is a code.
        static let acronym = Flags(rawValue: 16)
    }

    /// The code point span: 32-bit fields keep the atoms of a document small (a document of 2 GB of
    /// text cannot be read as one JSON line anyway).
    var startOffset: Int32
    var endOffset: Int32
    var tokenIndex: Int32
    /// The value of a number of at most nine digits, else -1.
    var numberValue: Int32
    /// The number of digits of a number.
    var digitCount: Int32
    /// The key id in `TimeLexicon.wordIndex` of the lower-cased word, the digits or the mark, or -1:
    /// two atoms with the same id >= 0 have the same key.
    var word: Int32
    /// The index of the atom's `TimeWordInfo` in `TimeLexicon.infos` (0: no entries; numbers of more
    /// than two digits have none).
    var info: Int32
    /// The `TimeRole.bit`s of the single-word entries.
    public var roles: UInt32
    /// The code point of a mark, else 0.
    public var mark: UInt32
    public var kind: Kind
    public var isCapitalized: Bool
    var flags: Flags

    public var start: Int { Int(startOffset) }
    public var end: Int { Int(endOffset) }
    /// The token the atom lies in.
    public var token: Int { Int(tokenIndex) }
    /// The value of a number of at most nine digits, else -1.
    public var value: Int { Int(numberValue) }
    /// The number of digits of a number.
    public var digits: Int { Int(digitCount) }

    /// An atom whose key the lexicon's `wordIndex` gives `entry`; without `hasEntries` it takes no
    /// facts from it.
    @inline(__always)
    init(start: Int, end: Int, token: Int, kind: Kind, mark: UInt32 = 0, value: Int = -1, digits: Int = 0,
         isCapitalized: Bool = false, entry: TimeKeyTable.Entry, hasEntries: Bool = true) {
        startOffset = Int32(truncatingIfNeeded: start)
        endOffset = Int32(truncatingIfNeeded: end)
        tokenIndex = Int32(truncatingIfNeeded: token)
        numberValue = Int32(truncatingIfNeeded: value)
        digitCount = Int32(truncatingIfNeeded: digits)
        word = entry.id
        info = hasEntries ? word + 1 : 0
        let fact = hasEntries ? entry.facts : 0
        roles = UInt32(truncatingIfNeeded: fact)
        flags = Flags(rawValue: UInt8(truncatingIfNeeded: fact >> 32))
        if kind == .number { flags.formUnion([.startsPattern, .startsCore]) }
        self.mark = mark
        self.kind = kind
        self.isCapitalized = isCapitalized
    }

    /// Whether a single-word entry gives the atom this role.
    @inline(__always)
    public func has(_ role: TimeRole) -> Bool { roles & role.bit != 0 }
}

/// Builds the atoms of a document.
public enum TimeAtoms {
    /// The atoms of all tokens, in text order.
    public static func atoms(of document: Document, lexicon: TimeLexicon) -> [TimeAtom] {
        index(of: document, lexicon: lexicon).atoms
    }

    /// The atoms of all tokens with their index.
    static func index(of document: Document, lexicon: TimeLexicon) -> TimeAtomIndex {
        var result = TimeAtomIndex()
        // The atoms are written into a buffer whose room is checked once per token (a token of n
        // code points has at most n atoms), not once per atom.
        var atoms = AtomBuffer(capacity: document.tokens.count + document.tokens.count / 2 + 16)
        defer { atoms.deallocate() }
        var tokenStarts = [Int32](repeating: 0, count: document.tokens.count + 1)
        var cores: [Int32] = []
        let index = lexicon.wordIndex
        lexicon.latin1Letters.entries.withUnsafeBufferPointer { latin1 in
            document.scalars.withUnsafeBufferPointer { scalars in
                document.tokens.withUnsafeBufferPointer { tokens in
                    tokenStarts.withUnsafeMutableBufferPointer { tokenStarts in
                        for t in tokens.indices {
                            tokenStarts[t] = Int32(truncatingIfNeeded: atoms.count)
                            var i = tokens[t].start
                            let end = tokens[t].end
                            atoms.reserve(end - i)
                            while i < end {
                                let s = scalars[i]
                                var j = i + 1
                                // Each branch packs the last code points of the atom's key (`TimeShortKeyTable.pack`)
                                // while it finds the atom's end.
                                if isDigit(s) {
                                    var value = Int(s.value) - 48
                                    var packed = UInt64(s.value)
                                    while j < end, isDigit(scalars[j]) {
                                        if j - i < 9 { value = value * 10 + Int(scalars[j].value) - 48 }
                                        packed = packed << 8 | UInt64(scalars[j].value)
                                        j += 1
                                    }
                                    let digits = j - i
                                    let entry = index.find(scalars, i..<j, lowercased: false, ending: packed, latin1: true)
                                    atoms.append(TimeAtom(start: i, end: j, token: t, kind: .number, value: digits <= 9 ? value : -1,
                                                          digits: digits, entry: entry, hasEntries: digits <= 2))
                                } else if LetterCase.isLetter(s) {
                                    let v = LetterCase.lowercase(s).value
                                    var packed = UInt64(v)
                                    var widest = v
                                    var capitals = LetterCase.isUppercase(s)
                                    while j < end {
                                        let c = scalars[j].value
                                        if c < 0x100 {
                                            let e = latin1[Int(c)]
                                            if e & TimeLatin1Letters.letter == 0 { break }
                                            capitals = capitals && e & TimeLatin1Letters.uppercase != 0
                                            packed = packed << 8 | UInt64(e & 0xFF)
                                        } else {
                                            guard LetterCase.isLetter(scalars[j]) else { break }
                                            capitals = capitals && LetterCase.isUppercase(scalars[j])
                                            let w = LetterCase.lowercase(scalars[j]).value
                                            packed = packed << 8 | UInt64(w)
                                            widest |= w
                                        }
                                        j += 1
                                    }
                                    let entry = index.find(scalars, i..<j, lowercased: true, ending: packed, latin1: widest < 0x100)
                                    var atom = TimeAtom(start: i, end: j, token: t, kind: .word, isCapitalized: LetterCase.isUppercase(s),
                                                        entry: entry)
                                    if capitals && j - i >= 2 { atom.flags.insert(.acronym) }
                                    atoms.append(atom)
                                } else {
                                    let entry = index.find(scalars, i..<j, lowercased: false, ending: UInt64(s.value),
                                                          latin1: s.value > 0 && s.value < 0x100)
                                    atoms.append(TimeAtom(start: i, end: j, token: t, kind: .mark, mark: s.value, entry: entry))
                                }
                                if atoms.last.flags.contains(.startsCore) { cores.append(Int32(truncatingIfNeeded: atoms.count - 1)) }
                                i = j
                            }
                        }
                    }
                }
            }
        }
        tokenStarts[document.tokens.count] = Int32(truncatingIfNeeded: atoms.count)
        result.atoms = atoms.array
        result.tokenStarts = tokenStarts
        result.cores = cores
        return result
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    /// A growing run of atoms in memory of its own, for the scan of one document: `reserve` makes
    /// room for a token's atoms once, `append` then only stores. Call `deallocate` once done.
    private struct AtomBuffer {
        private var base: UnsafeMutablePointer<TimeAtom>
        private var capacity: Int
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        /// Makes room for `n` more atoms.
        @inline(__always)
        mutating func reserve(_ n: Int) {
            guard count + n > capacity else { return }
            let grown = max(2 * capacity, count + n)
            let moved = UnsafeMutablePointer<TimeAtom>.allocate(capacity: grown)
            moved.moveInitialize(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = grown
        }

        /// Appends an atom; `reserve` must have made room for it.
        @inline(__always)
        mutating func append(_ atom: TimeAtom) {
            (base + count).initialize(to: atom)
            count += 1
        }

        /// The atom appended last.
        var last: TimeAtom { base[count - 1] }

        /// The atoms as an array.
        var array: [TimeAtom] { Array(UnsafeBufferPointer(start: base, count: count)) }

        /// Frees the memory (the atoms are plain values and need no deinitialising).
        func deallocate() { base.deallocate() }
    }
}

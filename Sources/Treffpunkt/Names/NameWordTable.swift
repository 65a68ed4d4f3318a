/// All the name rules' word lists in one hash table, so that one walk over a word's code points
/// (from the last to the first) finds every list it is in, whole or by its ending.
///
/// Each stored word carries two masks of `WordFlags`: the lists that hold it as a whole word,
/// and the lists that hold it as an ending; an ending counts when enough code points stand
/// before it (`remainders`).
struct NameWordTable: Sendable {
    private var slots = ScalarHashSlots()
    /// The stored words one after another (no array per word: reading one costs no reference count);
    /// word `e` is `text[entries[e].start..<entries[e].end]`.
    private var text: [Unicode.Scalar] = []
    /// Where each stored word is and its two masks, side by side, so that a hit reads one record.
    private var entries: [Entry] = []
    /// For each flag bit used as an ending: how many code points must stand before it.
    private var remainders = [Int](repeating: 0, count: 32)
    /// The length of the longest ending.
    private var longestEnding = 0
    /// One bit per hash of every ending's own endings (`er`, `ter`, `ster`, … of `Minister`): when
    /// the bit of a word's last letters is clear, no listed ending is that long or longer, and the
    /// backward walk stops probing for endings.
    private var endingTails = [UInt64](repeating: 0, count: 1024)
    /// One bit per hash of every ending itself (`minister`): a tail whose bit is clear is no
    /// ending, and the walk does not probe the table for it.
    private var endingHeads = [UInt64](repeating: 0, count: 1024)
    /// The length of the longest word with a flag of `WordFlags.lowerCase`.
    private(set) var longestLowerCaseWord = 0

    /// A stored word: its place in `text`, the lists that hold it whole and those that hold it as
    /// an ending.
    private struct Entry {
        var start: Int32
        var end: Int32
        var wholeMask: UInt32
        var endingMask: UInt32
    }

    init() {}

    /// Adds every word of a lexicon as a whole word with this flag.
    mutating func add(_ lexicon: NameLexicon, whole flag: WordFlags) {
        for w in lexicon.foldedWords {
            add(w, whole: flag.rawValue, ending: 0)
            noteLength(w, flag)
        }
    }

    /// Adds every word of a lexicon with each of these endings as a whole word with this flag
    /// (`groß` with `e`, `en`: `große`, `großen`).
    mutating func add(_ lexicon: NameLexicon, whole flag: WordFlags, endings: [String]) {
        for w in lexicon.foldedWords {
            for ending in endings { add(w + ending.unicodeScalars, whole: flag.rawValue, ending: 0) }
        }
    }

    private mutating func noteLength(_ w: [Unicode.Scalar], _ flag: WordFlags) {
        if WordFlags.lowerCase.contains(flag) { longestLowerCaseWord = max(longestLowerCaseWord, w.count) }
    }

    /// Adds the words of a lexicon that carry this value as whole words with this flag.
    mutating func add(_ lexicon: NameLexicon, whole flag: WordFlags, value: UInt8) {
        for (i, w) in lexicon.foldedWords.enumerated() where lexicon.value(at: i) == value {
            add(w, whole: flag.rawValue, ending: 0)
            noteLength(w, flag)
        }
    }

    /// Adds every word of a lexicon as an ending with this flag and minimum remainder.
    mutating func add(_ lexicon: NameLexicon, ending flag: WordFlags, remainder: Int) {
        remainders[flag.rawValue.trailingZeroBitCount] = remainder
        for w in lexicon.foldedWords {
            add(w, whole: 0, ending: flag.rawValue)
            longestEnding = max(longestEnding, w.count)
            var h = ScalarHashSlots.seed
            for s in w.reversed() {
                h = ScalarHashSlots.mix(h, s)
                let b = NameWordTable.tailBit(h)
                endingTails[b >> 6] |= 1 << UInt64(b & 63)
            }
            let b = NameWordTable.tailBit(h)
            endingHeads[b >> 6] |= 1 << UInt64(b & 63)
        }
    }

    private mutating func add(_ folded: [Unicode.Scalar], whole: UInt32, ending: UInt32) {
        let h = ScalarHashSlots.hash(folded)
        if let e = slots.first(h, where: { text[Int(entries[$0].start)..<Int(entries[$0].end)].elementsEqual(folded) }) {
            entries[e].wholeMask |= whole
            entries[e].endingMask |= ending
            return
        }
        slots.insert(h, Int32(entries.count))
        let start = Int32(text.count)
        text += folded
        entries.append(Entry(start: start, end: Int32(text.count), wholeMask: whole, endingMask: ending))
    }

    /// The flags of `scalars[range]`: the whole-word lists it is in, and the ending lists whose
    /// ending it has, restricted to the flags in `whole` and `endings`.
    @inline(__always)
    func flags(of scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
               whole: UInt32, endings: UInt32) -> UInt32 {
        var h = ScalarHashSlots.seed
        var i = range.upperBound
        var result: UInt32 = 0
        if endings == 0 {
            // a whole-word lookup: hash everything, probe once
            while i > range.lowerBound {
                i -= 1
                h = ScalarHashSlots.mix(h, LetterCase.lowercase(scalars[i]))
            }
            guard let e = entry(h, scalars, range) else { return 0 }
            return entries[e].wholeMask & whole
        }
        let firstEnding = range.upperBound - longestEnding
        var endingsLeft = true
        while i > range.lowerBound {
            i -= 1
            h = ScalarHashSlots.mix(h, LetterCase.lowercase(scalars[i]))
            var isEnding = false
            if endingsLeft {
                let b = NameWordTable.tailBit(h)
                let bit: UInt64 = 1 << UInt64(b & 63)
                endingsLeft = i >= firstEnding && endingTails[b >> 6] & bit != 0
                isEnding = endingsLeft && endingHeads[b >> 6] & bit != 0
            }
            // the table is probed for a listed ending and for the whole word; when no ending is
            // longer, only the whole word is left to look up
            guard isEnding || i == range.lowerBound else { continue }
            guard let e = entry(h, scalars, i..<range.upperBound) else { continue }
            if i == range.lowerBound { result |= entries[e].wholeMask & whole }
            var m = entries[e].endingMask & endings
            while m != 0 {
                let bit = m.trailingZeroBitCount
                if i - range.lowerBound >= remainders[bit] { result |= 1 << UInt32(bit) }
                m &= m - 1
            }
        }
        return result
    }

    /// The bit of a hash in `endingTails`.
    @inline(__always)
    private static func tailBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 48) }

    /// The entry of the text `scalars[range]` (compared case-insensitively) stored under hash `h`.
    @inline(__always)
    private func entry(_ h: UInt64, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int? {
        slots.first(h) { e in
            var k = Int(entries[e].start)
            guard Int(entries[e].end) - k == range.count else { return false }
            for i in range {
                if LetterCase.lowercase(scalars[i]) != text[k] { return false }
                k += 1
            }
            return true
        }
    }
}

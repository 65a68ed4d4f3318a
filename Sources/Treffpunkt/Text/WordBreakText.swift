/// The text that ICU's word iteration reads: the document's UTF-16 with every run of Latin
/// letters and every run of ASCII digits shortened to its first character, and the way back to
/// offsets of the full text.
///
/// The word break rules of Unicode (UAX #29, which ICU implements) never break inside a run of
/// letters (WB5) or of digits (WB8), and every rule that looks at the characters around a
/// boundary asks only for their word break class, never for how many letters or digits a run
/// has. So the boundaries of the shortened text are, offset for offset, those of the full text
/// (a boundary at each end of a run stays one), while ICU reads about a third of the units. Only
/// characters of one class are shortened: `A`–`Z`, `a`–`z` and the letters of Latin-1 and Latin
/// Extended-A and -B (`ä`, `ß`, `ł`; class ALetter), and `0`–`9` (class Numeric); marks, other
/// scripts and every other character stay as they are.
///
/// Inside a chain of such runs parted by single spaces (`traf am 15 Mai den`), the runs between
/// the first and the last are left out as well (`t d`): no rule joins a letter or digit to a
/// space, so the boundaries there lie at every change between a run and a space, and the
/// `BoundaryStream` finds them in the full text (`gaps`).
///
/// The storage is scratch space kept by a `Tokenizer` across documents.
struct WordBreakText {
    private var units: UnsafeMutablePointer<UInt16>
    /// Offset in the full text of each unit of the shortened text, and its length at the end.
    private var offsets: UnsafeMutablePointer<Int32>
    private var capacity: Int
    /// The number of units of the shortened text.
    private(set) var count = 0
    /// The spans of the full text left out inside chains of words, as start and end offsets, in
    /// text order: each starts with a word after a space and ends before the chain's last word;
    /// ICU sees no boundary inside one and one at its end.
    private(set) var gaps: [Int32] = []

    init() {
        capacity = 1024
        units = .allocate(capacity: capacity)
        offsets = .allocate(capacity: capacity + 1)
    }

    /// Frees the storage; the text must not be used afterwards.
    func deallocate() {
        units.deallocate()
        offsets.deallocate()
    }

    /// The shortened text, valid until the next `load`.
    var text: UnsafeBufferPointer<UInt16> { UnsafeBufferPointer(start: units, count: count) }

    /// The offset in the full text of an offset in the shortened text (`0...count`).
    @inline(__always)
    func fullOffset(_ offset: Int32) -> Int32 { offsets[Int(offset)] }

    /// The class of each unit up to U+024F that runs are made of: 1 for the Latin letters, 2 for
    /// the ASCII digits, 0 for every other unit; the last entry (0) stands for every unit beyond.
    static let runClasses: [UInt8] = (0...0x250).map { (v: Int) -> UInt8 in
        switch v {
        case 0x41...0x5A, 0x61...0x7A: 1
        case 0x30...0x39: 2
        case 0xD7, 0xF7: 0
        case 0xC0..<0x250: 1
        default: 0
        }
    }

    /// Shortens `full`.
    ///
    /// Without a branch per unit: every unit is stored, and the write position moves on unless
    /// the unit continues a run (word ends are too irregular for branch prediction).
    mutating func load(_ full: UnsafeBufferPointer<UInt16>) {
        let n = full.count
        if n > capacity {
            deallocate()
            capacity = n
            units = .allocate(capacity: capacity)
            offsets = .allocate(capacity: capacity + 1)
        }
        let units = units, offsets = offsets
        count = WordBreakText.runClasses.withUnsafeBufferPointer { table in
            let beyond = table.count - 1
            var m = 0
            var previous: UInt8 = 0
            for i in 0..<n {
                let x = full[i]
                let run = table[min(Int(x), beyond)]
                units[m] = x
                offsets[m] = Int32(truncatingIfNeeded: i)
                m += run != 0 && run == previous ? 0 : 1
                previous = run
            }
            offsets[m] = Int32(truncatingIfNeeded: n)
            return WordBreakText.dropInnerWords(units, offsets, count: m, runs: table, gaps: &gaps)
        }
    }

    /// Leaves out of the shortened text (`count` units, with their offsets and the end offset) the
    /// inner words of each chain of three or more runs (of letters or of digits) parted by single spaces, keeping
    /// the first word with its space and the last word; records the left-out spans in `gaps`.
    /// Returns the new count.
    private static func dropInnerWords(_ units: UnsafeMutablePointer<UInt16>, _ offsets: UnsafeMutablePointer<Int32>,
                                       count: Int, runs: UnsafeBufferPointer<UInt8>, gaps: inout [Int32]) -> Int {
        gaps.removeAll(keepingCapacity: true)
        let beyond = runs.count - 1
        @inline(__always) func isWord(_ i: Int) -> Bool { runs[min(Int(units[i]), beyond)] != 0 }
        var w = 0
        var r = 0
        while r < count {
            // A word, a space and a word: the words after it that a space follows and a word
            // follows are inner words.
            if r + 3 < count, units[r + 1] == 0x20, isWord(r), isWord(r + 2), units[r + 3] == 0x20 {
                units[w] = units[r]
                offsets[w] = offsets[r]
                units[w + 1] = 0x20
                offsets[w + 1] = offsets[r + 1]
                w += 2
                var k = r + 2
                while k + 2 < count, units[k + 1] == 0x20, isWord(k), isWord(k + 2) { k += 2 }
                if k > r + 2 {
                    gaps.append(offsets[r + 2])
                    gaps.append(offsets[k])
                }
                r = k
            } else {
                units[w] = units[r]
                offsets[w] = offsets[r]
                w += 1
                r += 1
            }
        }
        offsets[w] = offsets[count]
        return w
    }
}

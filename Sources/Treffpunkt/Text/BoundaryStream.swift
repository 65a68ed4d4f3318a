/// The boundaries of ICU's word iteration over one text, read in batches, so that memory stays
/// small for texts of any size. ICU reads the text shortened (`WordBreakText`); the stream hands
/// out offsets of the full text, and finds the boundaries inside the words that the shortened text
/// leaves out (`WordBreakText.gaps`) in the full text: at every change between a letter and a space.
///
/// Queries must come with non-decreasing offsets: `boundary(after:)` forgets the boundaries it
/// passes.
struct BoundaryStream {
    private let iterator: BreakIterator
    private let text: WordBreakText
    private let buffer: UnsafeMutableBufferPointer<Int32>
    private var count = 0
    private var position = 0
    private let length: Int
    private var exhausted = false
    /// The full text, for the boundaries inside gaps.
    private let units: UnsafeBufferPointer<UInt16>
    /// The index in `text.gaps` of the start of the first gap that does not end at or before the
    /// last offset asked about.
    private var gap = 0

    /// Starts iteration over `text` (the shortened form of `units`), which must stay valid and
    /// unchanged while the stream is read; `buffer` is scratch space owned by the caller.
    init(_ iterator: BreakIterator, text: WordBreakText, units: UnsafeBufferPointer<UInt16>, buffer: UnsafeMutableBufferPointer<Int32>) {
        self.iterator = iterator
        self.text = text
        self.buffer = buffer
        self.units = units
        length = units.count
        exhausted = !iterator.start(text.text)
    }

    /// The first boundary after `offset` (the text's length at the end; also when ICU failed).
    @inline(__always)
    mutating func boundary(after offset: Int) -> Int {
        let b = icuBoundary(after: offset)
        let gaps = text.gaps
        while gap < gaps.count && Int(gaps[gap + 1]) <= offset { gap += 2 }
        guard gap < gaps.count, Int(gaps[gap]) < b else { return b }
        // ICU's next boundary is the gap's end: a change between letter and space before it comes first.
        let start = Int(gaps[gap])
        if offset < start { return start }
        var q = offset + 1
        let isSpace = units[offset] == 0x20
        while q < b, (units[q] == 0x20) == isSpace { q += 1 }
        return q
    }

    /// The first boundary of ICU's iteration after `offset`.
    @inline(__always)
    private mutating func icuBoundary(after offset: Int) -> Int {
        while true {
            while position < count {
                let b = Int(buffer[position])
                if b > offset { return b }
                position += 1
            }
            if exhausted { return length }
            refill()
            if count == 0 {
                exhausted = true
                return length
            }
        }
    }

    /// Reads the next batch of boundaries from ICU, as offsets of the full text.
    private mutating func refill() {
        count = iterator.next(into: buffer)
        position = 0
        for i in 0..<count { buffer[i] = text.fullOffset(buffer[i]) }
    }
}

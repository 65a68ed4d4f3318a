/// The boundaries of ICU's word iteration over one text, read in batches, so that memory stays
/// small for texts of any size. ICU reads the text shortened (`WordBreakText`); the stream hands
/// out offsets of the full text.
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

    /// Starts iteration over `text` (the shortened form of a text of `length` units), which must
    /// stay valid and unchanged while the stream is read; `buffer` is scratch space owned by the
    /// caller.
    init(_ iterator: BreakIterator, text: WordBreakText, length: Int, buffer: UnsafeMutableBufferPointer<Int32>) {
        self.iterator = iterator
        self.text = text
        self.buffer = buffer
        self.length = length
        exhausted = !iterator.start(text.text)
    }

    /// The first boundary after `offset` (the text's length at the end; also when ICU failed).
    @inline(__always)
    mutating func boundary(after offset: Int) -> Int {
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

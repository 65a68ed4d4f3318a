/// The boundaries of ICU's word iteration over one text, read in batches, so that memory stays
/// small for texts of any size.
///
/// Queries must come with non-decreasing offsets: `boundary(after:)` forgets the boundaries it
/// passes.
struct BoundaryStream {
    private let iterator: BreakIterator
    private let buffer: UnsafeMutableBufferPointer<Int32>
    private var count = 0
    private var position = 0
    private let length: Int
    private var exhausted = false

    /// Starts iteration over `text`; `buffer` is scratch space owned by the caller.
    init(_ iterator: BreakIterator, text: UnsafeBufferPointer<UInt16>, buffer: UnsafeMutableBufferPointer<Int32>) {
        self.iterator = iterator
        self.buffer = buffer
        length = text.count
        exhausted = !iterator.start(text)
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
            count = iterator.next(into: buffer)
            position = 0
            if count == 0 {
                exhausted = true
                return length
            }
        }
    }
}

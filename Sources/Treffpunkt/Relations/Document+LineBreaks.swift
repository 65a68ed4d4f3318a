extension Document {
    /// How many line breaks the text holds in `range` (between two tokens or sentences), counted up
    /// to `limit`: 1 starts a new line, 2 a new paragraph.
    func lineBreaks(in range: Range<Int>, upTo limit: Int = 2) -> Int {
        var count = 0
        for p in range where scalars[p] == "\n" {
            count += 1
            if count == limit { break }
        }
        return count
    }
}

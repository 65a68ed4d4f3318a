/// The bytes that JSON strings cannot hold as they stand: quotes, backslashes and control
/// characters (which end a string, start an escape, or must be escaped).
enum JSONSpecialBytes {
    /// Whether any of the eight bytes of a word may be one (never false when one is), so that
    /// text without them is read or copied a word at a time.
    @inline(__always)
    static func mayOccur(in word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quoteZero = (quote &- ones) & ~quote
        let backslashZero = (backslash &- ones) & ~backslash
        return (control | quoteZero | backslashZero) & highs != 0
    }
}

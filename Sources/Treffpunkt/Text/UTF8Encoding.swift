/// Writing code points as UTF-8 into a byte buffer, for the hot output paths.
enum UTF8Encoding {
    /// Writes the UTF-8 bytes of the code point `v` at `n` (room for four bytes must be there);
    /// returns the position after them.
    @inline(__always)
    static func write(_ v: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if v < 0x80 {
            out[n] = UInt8(truncatingIfNeeded: v)
            return n + 1
        } else if v < 0x800 {
            out[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n + 2
        } else if v < 0x10000 {
            out[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n + 3
        } else {
            out[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
            out[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
            out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            out[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
            return n + 4
        }
    }
}

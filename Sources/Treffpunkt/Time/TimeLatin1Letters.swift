/// `LetterCase`'s answers for U+0000…U+00FF in one table, so that the scan of a word reads one
/// entry per code point of Latin-1 text.
struct TimeLatin1Letters: Sendable {
    /// Per code point: `letter`, `uppercase` and the lower-case form (`LetterCase.lowercase`, below
    /// U+0100 for these code points) in the low byte.
    let entries: [UInt16]

    static let letter: UInt16 = 0x100
    static let uppercase: UInt16 = 0x200

    init() {
        entries = (0..<0x100).map { (v: UInt32) -> UInt16 in
            let s = Unicode.Scalar(UInt8(v))
            var e = UInt16(LetterCase.lowercase(s).value)
            if LetterCase.isLetter(s) { e |= TimeLatin1Letters.letter }
            if LetterCase.isUppercase(s) { e |= TimeLatin1Letters.uppercase }
            return e
        }
    }
}

/// The text of a document cut finer than tokens for the temporal grammar: runs of letters, runs of
/// digits and single marks, so that `15.12.2021`, `15.`, `90er-Jahre` read the same whichever way the
/// tokenizer cut them.
public struct TimeAtom: Sendable {
    public enum Kind: UInt8, Sendable {
        case word, number, mark
    }

    public var start: Int
    public var end: Int
    /// The token the atom lies in.
    public var token: Int
    /// The value of a number of at most nine digits, else -1.
    public var value: Int
    /// The number of digits of a number.
    public var digits: Int
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

    init(start: Int, end: Int, token: Int, kind: Kind, mark: UInt32 = 0, value: Int = -1, digits: Int = 0,
         isCapitalized: Bool = false, word: Int32, hasEntries: Bool = true, lexicon: TimeLexicon) {
        self.start = start
        self.end = end
        self.token = token
        self.value = value
        self.digits = digits
        self.word = word
        info = hasEntries ? word + 1 : 0
        roles = lexicon.infos[Int(info)].roles
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
        var atoms: [TimeAtom] = []
        atoms.reserveCapacity(document.tokens.count + document.tokens.count / 4)
        var utf8: [UInt8] = []
        utf8.reserveCapacity(64)
        document.scalars.withUnsafeBufferPointer { scalars in
            document.tokens.withUnsafeBufferPointer { tokens in
                for t in tokens.indices {
                    var i = tokens[t].start
                    let end = tokens[t].end
                    while i < end {
                        let s = scalars[i]
                        var j = i + 1
                        utf8.removeAll(keepingCapacity: true)
                        if isDigit(s) {
                            var value = Int(s.value) - 48
                            utf8.append(UInt8(truncatingIfNeeded: s.value))
                            while j < end, isDigit(scalars[j]) {
                                if j - i < 9 { value = value * 10 + Int(scalars[j].value) - 48 }
                                utf8.append(UInt8(truncatingIfNeeded: scalars[j].value))
                                j += 1
                            }
                            let digits = j - i
                            atoms.append(TimeAtom(start: i, end: j, token: t, kind: .number, value: digits <= 9 ? value : -1,
                                                  digits: digits, word: lexicon.wordID(utf8), hasEntries: digits <= 2,
                                                  lexicon: lexicon))
                        } else if isLetter(s) {
                            appendUTF8(lowercase(s), to: &utf8)
                            while j < end, isLetter(scalars[j]) {
                                appendUTF8(lowercase(scalars[j]), to: &utf8)
                                j += 1
                            }
                            atoms.append(TimeAtom(start: i, end: j, token: t, kind: .word, isCapitalized: isUppercase(s),
                                                  word: lexicon.wordID(utf8), lexicon: lexicon))
                        } else {
                            appendUTF8(s, to: &utf8)
                            atoms.append(TimeAtom(start: i, end: j, token: t, kind: .mark, mark: s.value,
                                                  word: lexicon.wordID(utf8), lexicon: lexicon))
                        }
                        i = j
                    }
                }
            }
        }
        return atoms
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    static func appendUTF8(_ s: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else {
            UTF8.encode(s) { bytes.append($0) }
        }
    }

    /// Letters; ASCII and Latin-1 without a property lookup.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v | 0x20) >= 97 && (v | 0x20) <= 122 }
        if v < 256 { return v >= 0xC0 && v != 0xD7 && v != 0xF7 }
        return s.properties.isAlphabetic
    }

    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        if v < 256 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        return s.properties.isUppercase
    }

    /// Lower case of one scalar, fast for ASCII and German letters.
    static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 65 && v <= 90 { return Unicode.Scalar(v + 32)! }
        if v < 128 { return s }
        if v < 256 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 ? Unicode.Scalar(v + 32)! : s }
        guard s.properties.isUppercase, let l = s.properties.lowercaseMapping.unicodeScalars.first else { return s }
        return l
    }
}

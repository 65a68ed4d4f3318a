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
    public var kind: Kind
    /// The lower-cased word, the digits, or the mark.
    public var key: String
    /// The value of a number of at most nine digits, else -1.
    public var value: Int
    /// The number of digits of a number.
    public var digits: Int
    public var isCapitalized: Bool
    /// The lexicon's entries for `key`.
    public var entries: [TimeLexicon.Entry]
}

/// Builds the atoms of a document.
public enum TimeAtoms {
    /// The atoms of all tokens, in text order.
    public static func atoms(of document: Document, lexicon: TimeLexicon) -> [TimeAtom] {
        var atoms: [TimeAtom] = []
        atoms.reserveCapacity(document.tokens.count + document.tokens.count / 4)
        let scalars = document.scalars
        for (t, token) in document.tokens.enumerated() {
            var i = token.start
            while i < token.end {
                let s = scalars[i]
                var j = i + 1
                if isDigit(s) {
                    var value = Int(s.value) - 48
                    while j < token.end, isDigit(scalars[j]) {
                        if j - i < 9 { value = value * 10 + Int(scalars[j].value) - 48 }
                        j += 1
                    }
                    let digits = j - i
                    atoms.append(TimeAtom(start: i, end: j, token: t, kind: .number,
                                          key: String(String.UnicodeScalarView(scalars[i..<j])),
                                          value: digits <= 9 ? value : -1, digits: digits, isCapitalized: false, entries: []))
                } else if s.properties.isAlphabetic {
                    var key = String.UnicodeScalarView()
                    key.append(lowercase(s))
                    while j < token.end, scalars[j].properties.isAlphabetic, !isDigit(scalars[j]) {
                        key.append(lowercase(scalars[j]))
                        j += 1
                    }
                    let word = String(key)
                    atoms.append(TimeAtom(start: i, end: j, token: t, kind: .word, key: word, value: -1, digits: 0,
                                          isCapitalized: s.properties.isUppercase, entries: lexicon.meanings(of: word)))
                } else {
                    let mark = String(s)
                    atoms.append(TimeAtom(start: i, end: j, token: t, kind: .mark, key: mark, value: -1, digits: 0,
                                          isCapitalized: false, entries: lexicon.meanings(of: mark)))
                }
                i = j
            }
        }
        return atoms
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    /// Lower case of one scalar, fast for ASCII and German letters.
    static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 65 && v <= 90 { return Unicode.Scalar(v + 32)! }
        if v < 128 { return s }
        switch v {
        case 0xC4: return "ä"
        case 0xD6: return "ö"
        case 0xDC: return "ü"
        default:
            guard s.properties.isUppercase, let l = s.properties.lowercaseMapping.unicodeScalars.first else { return s }
            return l
        }
    }
}

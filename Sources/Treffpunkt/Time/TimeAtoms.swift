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
    /// The code point of a mark, else 0.
    public var mark: UInt32 = 0
    /// The value of a number of at most nine digits, else -1.
    public var value: Int
    /// The number of digits of a number.
    public var digits: Int
    public var isCapitalized: Bool
    /// The lexicon's entries for `key`.
    public var entries: [TimeLexicon.Entry]
    /// The `TimeRole.bit`s of the single-word entries.
    public var roles: UInt32 = 0

    init(start: Int, end: Int, token: Int, kind: Kind, key: String, value: Int, digits: Int, isCapitalized: Bool,
         entries: [TimeLexicon.Entry]) {
        var roles: UInt32 = 0
        for e in entries where e.rest.isEmpty {
            if case .role(let r) = e.meaning { roles |= r.bit }
        }
        self.init(start: start, end: end, token: token, kind: kind, key: key, value: value, digits: digits,
                  isCapitalized: isCapitalized, entries: entries, roles: roles)
    }

    /// An atom whose entries and their roles come from the lexicon's index.
    init(start: Int, end: Int, token: Int, kind: Kind, key: String, value: Int, digits: Int, isCapitalized: Bool,
         wordID: Int32, lexicon: TimeLexicon) {
        self.init(start: start, end: end, token: token, kind: kind, key: key, value: value, digits: digits,
                  isCapitalized: isCapitalized,
                  entries: wordID >= 0 ? lexicon.entryLists[Int(wordID)] : [],
                  roles: wordID >= 0 ? lexicon.entryRoles[Int(wordID)] : 0)
    }

    private init(start: Int, end: Int, token: Int, kind: Kind, key: String, value: Int, digits: Int, isCapitalized: Bool,
                 entries: [TimeLexicon.Entry], roles: UInt32) {
        self.start = start
        self.end = end
        self.token = token
        self.kind = kind
        self.key = key
        if kind == .mark, let m = key.unicodeScalars.first { mark = m.value }
        self.value = value
        self.digits = digits
        self.isCapitalized = isCapitalized
        self.entries = entries
        self.roles = roles
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
                        utf8.removeAll(keepingCapacity: true)
                        for k in i..<j { utf8.append(UInt8(truncatingIfNeeded: scalars[k].value)) }
                        let key = String(decoding: utf8, as: UTF8.self)
                        let id = digits <= 2 ? utf8.withUnsafeBufferPointer { lexicon.wordID($0) } : -1
                        atoms.append(TimeAtom(start: i, end: j, token: t, kind: .number, key: key,
                                              value: digits <= 9 ? value : -1, digits: digits, isCapitalized: false,
                                              wordID: id, lexicon: lexicon))
                    } else if isLetter(s) {
                        utf8.removeAll(keepingCapacity: true)
                        appendUTF8(lowercase(s), to: &utf8)
                        while j < token.end, isLetter(scalars[j]) {
                            appendUTF8(lowercase(scalars[j]), to: &utf8)
                            j += 1
                        }
                        let word = String(decoding: utf8, as: UTF8.self)
                        let id = utf8.withUnsafeBufferPointer { lexicon.wordID($0) }
                        atoms.append(TimeAtom(start: i, end: j, token: t, kind: .word, key: word, value: -1, digits: 0,
                                              isCapitalized: isUppercase(s), wordID: id, lexicon: lexicon))
                    } else {
                        utf8.removeAll(keepingCapacity: true)
                        appendUTF8(s, to: &utf8)
                        let id = utf8.withUnsafeBufferPointer { lexicon.wordID($0) }
                        atoms.append(TimeAtom(start: i, end: j, token: t, kind: .mark, key: String(s), value: -1, digits: 0,
                                              isCapitalized: false, wordID: id, lexicon: lexicon))
                    }
                    i = j
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

/// The atoms of a document with what the tagger asks of them as a whole, gathered while they are built.
struct TimeAtomIndex {
    /// The atoms of all tokens, in text order.
    var atoms: [TimeAtom] = []
    /// For each token index and the token count: the index of the token's first atom (the number
    /// of atoms of the tokens before it).
    var tokenStarts: [Int32] = []
    /// The indexes of the atoms with `TimeAtom.Flags.startsCore`, ascending.
    var cores: [Int32] = []

    /// The index of the first atom of token `t` or of a later token (`atoms.count` past the last).
    func firstAtom(ofToken t: Int) -> Int { Int(tokenStarts[min(max(t, 0), tokenStarts.count - 1)]) }
}

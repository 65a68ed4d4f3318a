/// The affix lists of `rules/time/tense.tsv`, as arrays of units (code points, or characters when
/// code points cannot stand for them), and what they say of the form of a lower-case word.
struct TimeAffixes<Unit: Equatable & Sendable>: Sendable {
    let pastSuffixes: [[Unit]]
    let participlePrefixes: [[Unit]]
    let separablePrefixes: [[Unit]]
    let participleEndings: [[Unit]]
    let verbEndings: [[Unit]]

    /// The lists in the order past suffixes, participle prefixes, separable prefixes, participle
    /// endings, verb endings.
    init(_ lists: [[[Unit]]]) {
        pastSuffixes = lists[0]
        participlePrefixes = lists[1]
        separablePrefixes = lists[2]
        participleEndings = lists[3]
        verbEndings = lists[4]
    }

    /// The shape of a lower-case word given as units.
    func shape(of word: ArraySlice<Unit>) -> TimeWordShape {
        var shape: TimeWordShape = []
        if word.count >= 5 && pastSuffixes.contains(where: { Self.ends(word, with: $0) }) { shape.insert(.pastForm) }
        if isParticiple(word) { shape.insert(.participle) }
        if word.count >= 3 && verbEndings.contains(where: { Self.ends(word, with: $0) }) { shape.insert(.finiteForm) }
        return shape
    }

    private func isParticiple(_ word: ArraySlice<Unit>) -> Bool {
        guard participleEndings.contains(where: { Self.ends(word, with: $0) }) else { return false }
        for prefix in participlePrefixes {
            if Self.participle(word, prefix) { return true }
            for separable in separablePrefixes where Self.starts(word, with: separable) {
                if Self.participle(word.dropFirst(separable.count), prefix) { return true }
            }
        }
        return false
    }

    private static func participle(_ word: ArraySlice<Unit>, _ prefix: [Unit]) -> Bool {
        starts(word, with: prefix) && word.count >= prefix.count + 4
    }

    private static func starts(_ word: ArraySlice<Unit>, with prefix: [Unit]) -> Bool {
        guard word.count >= prefix.count else { return false }
        var i = word.startIndex
        for u in prefix {
            if word[i] != u { return false }
            i += 1
        }
        return true
    }

    private static func ends(_ word: ArraySlice<Unit>, with suffix: [Unit]) -> Bool {
        guard word.count >= suffix.count else { return false }
        var i = word.endIndex - suffix.count
        for u in suffix {
            if word[i] != u { return false }
            i += 1
        }
        return true
    }
}

extension TimeAffixes where Unit == UInt32 {
    /// Whether code points compare a text as its characters do: every code point below U+0300 (no
    /// combining marks, no two canonically equivalent) and no control character.
    static func isPlain(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    static func isPlain(_ v: UInt32) -> Bool { v >= 0x20 && v < 0x300 }
}

/// What the form of a word suggests for the tense.
struct TimeWordShape: OptionSet, Sendable {
    let rawValue: UInt8
    /// Five units or more ending in a past suffix ("-te", "-ten").
    static let pastForm = TimeWordShape(rawValue: 1)
    /// A past participle with "ge", also after a separable prefix ("getroffen", "zusammengekommen").
    static let participle = TimeWordShape(rawValue: 2)
    /// Three units or more ending in a verb ending ("-t", "-en"): perhaps a finite verb.
    static let finiteForm = TimeWordShape(rawValue: 4)
}

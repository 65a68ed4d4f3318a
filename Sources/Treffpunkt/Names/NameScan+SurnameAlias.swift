/// A gazetteer person found by its last name alone, after another person's first name.
extension NameScan {
    /// `Jakob Augstein`, `Markus Kafka`: a listed first name right before a word that a gazetteer
    /// took for a person by that person's last name alone is another person of the same last
    /// name, unless the first name is the listed person's own (`Franz Kafka` stays Franz Kafka,
    /// which the gazetteer matches as a whole anyway). The two words become one person by rule
    /// and the gazetteer mention gives way.
    mutating func personWithOtherFirstName(at i: Int, in sentence: Range<Int>) -> Int? {
        let next = i + 1
        guard next < sentence.upperBound, isFirstName(i), isFree(i), !isStop(i),
              words[i].shape == .capitalized, words[next].start > words[i].end,
              let own = surnameAliasFirstNames[next] else { return nil }
        guard !isOwnFirstName(i, ofAliasAt: next) else { return nil }
        taken[next] = true
        return record(i..<(next + 1), .person, gender: gender(of: i), absorbsCovered: true)
    }

    /// Whether word `i` is the first name of the gazetteer person whose last name alone covers
    /// word `alias` (`Gerhard` for `Scharnhorst` of Gerhard von Scharnhorst).
    func isOwnFirstName(_ i: Int, ofAliasAt alias: Int) -> Bool {
        guard let own = surnameAliasFirstNames[alias] else { return false }
        let first = words[i].range
        return own.count == first.count
            && zip(own, scalars[first]).allSatisfy { $0.properties.lowercaseMapping == $1.properties.lowercaseMapping }
    }

    /// For each word that one gazetteer person mention covers exactly, when that mention is a
    /// single word and the entity's name has more than one word: the first word of that name.
    static func surnameAliasFirstNames(of document: borrowing Document, words: [NameWord]) -> [Int: [Unicode.Scalar]] {
        var byStart: [Int: [Unicode.Scalar]] = [:]
        for m in document.mentions where m.tokens.count == 1 && document.entities[m.entity].type == .person {
            let name = document.entities[m.entity].name.unicodeScalars
            guard let space = name.firstIndex(of: " "), !document.scalars[m.start..<m.end].elementsEqual(name)
            else { continue }
            byStart[m.start] = Array(name[..<space])
        }
        guard !byStart.isEmpty else { return [:] }
        var result: [Int: [Unicode.Scalar]] = [:]
        for (k, w) in words.enumerated() where w.coverType == .person && w.tokens.count == 1 {
            if let first = byStart[w.start] { result[k] = first }
        }
        return result
    }
}

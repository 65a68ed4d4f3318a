/// Person rules for a lone last name: beside a word of saying, and before life dates.
extension NameScan {
    /// `sagte Kolb`, `so Beck`, `laut Wendt`, `Kolb sagte`, `Wendt zufolge`: a lone capitalised
    /// word beside a person cue of `person-cues.txt` is a person when it is a listed last name,
    /// or when nothing marks it as a common noun or a place but the ending -er. A name before the cue must start
    /// the sentence or follow a punctuation mark (not `die Polizei sagte`); no capitalised word
    /// may follow the name (that would be a longer name or a noun phrase).
    mutating func personBesideCue(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isNamePart(i), !isCue(i), !has(i, .commonWord) else { return nil }
        let next = i + 1
        if next < sentence.upperBound && (words[next].isName || isInitial(next)) { return nil }
        let cueBefore = i > sentence.lowerBound && has(i - 1, .personCueBefore)
            && words[i - 1].sentence == words[i].sentence
        let cueAfter = next < sentence.upperBound && has(next, .personCueAfter)
            && (i == sentence.lowerBound || words[i - 1].shape == .other)
        guard cueBefore || cueAfter else { return nil }
        guard has(i, .surname) || looksLikeLastName(i) || looksLikeLastNameInEr(i) else { return nil }
        return record(i..<(i + 1), .person)
    }

    /// `sagt Riederer`, `so Ketterer`: a word whose only mark of a common noun is the ending -er,
    /// which many last names share; counts only beside a word of saying.
    func looksLikeLastNameInEr(_ k: Int) -> Bool {
        let r = words[k].range
        guard r.count > 4, scalars[r.upperBound - 2] == "e", scalars[r.upperBound - 1] == "r",
              !r.contains(where: { NameWord.isHyphen(scalars[$0]) }) else { return false }
        let others: WordFlags = [.commonWord, .placeEnding, .organizationEnding, .organizationHead,
                                 .organizationHeadCompound, .organizationDescriptor, .placeHead, .placePrefix]
        return flags[k].isDisjoint(with: others)
    }

    /// `Nowak war`, `dass Nowak kam`, `Nowaks Entscheidung`: a listed last name that is no German
    /// word, alone where a common noun would need an article: at the start of a clause or after
    /// a lower-case word that is no article, pronoun or inflected adjective, before a lower-case
    /// word or a mark; its genitive also before a noun.
    mutating func personLoneSurname(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isNamePart(i), !isCue(i), !has(i, .commonWord),
              has(i, .surnameClear) || has(i, .surnameGenitive) || isSaxonGenitive(i, in: sentence)
        else { return nil }
        let next = i + 1
        guard next < sentence.upperBound else { return nil }
        if has(i, .surnameClear) && !has(i, .surnameGenitive) {
            guard words[next].shape == .lower || (words[next].shape == .other && !isInitial(next)) else { return nil }
        } else if words[next].shape == .other && !word(next, isMark: "-") {
            return nil
        }
        if i > sentence.lowerBound {
            let p = i - 1
            switch words[p].shape {
            case .other:
                // a number before it counts things (`2.000 Krieger`)
                guard scalars[words[p].start].properties.numericType == nil else { return nil }
            case .lower:
                guard !has(p, .determiner), !looksLikeInflectedAdjective(p) else { return nil }
            case .capitalized, .acronym:
                guard isStop(p), !has(p, .determiner) else { return nil }
            }
        }
        return record(i..<(i + 1), .person)
    }

    /// `Stanleys Geburtsdatum`, `Kádárs Werke`: an unknown capitalised word in -s right before a
    /// capitalised noun, written as a German name's genitive (a common noun's genitive follows
    /// its head: `das Ende des Jahres`). Not at the start of a sentence, where plurals stand
    /// without article (`Autos brauchen Platz`), and not in -es (`Großes`, `Jahres`). The word
    /// before is checked by `personLoneSurname`.
    func isSaxonGenitive(_ k: Int, in sentence: Range<Int>) -> Bool {
        let r = words[k].range
        guard words[k].shape == .capitalized, r.count > 4, scalars[r.upperBound - 1] == "s",
              scalars[r.upperBound - 2] != "s", scalars[r.upperBound - 2] != "e",
              k > sentence.lowerBound, !r.contains(where: { NameWord.isHyphen(scalars[$0]) }),
              looksLikeLastName(k), !has(k, .surname),
              k + 1 < sentence.upperBound, isNamePart(k + 1), !isCue(k + 1) else { return false }
        return true
    }

    /// A lower-case word with an adjective's ending (`neuen`, `großem`, `alter`, `kleines`).
    func looksLikeInflectedAdjective(_ k: Int) -> Bool {
        let r = words[k].range
        guard r.count > 3, scalars[r.upperBound - 2] == "e" else { return false }
        return "nmrs".unicodeScalars.contains(scalars[r.upperBound - 1])
    }

    /// `Heath Miller`, `Volkbert Keßler`: an unknown capitalised word that looks like no common
    /// noun or adjective, right before a listed last name that is no German word, is a first
    /// name; no further capitalised word may stand on either side.
    mutating func personBeforeSurname(at i: Int, in sentence: Range<Int>) -> Int? {
        let next = i + 1
        guard isNamePart(i), !isCue(i), next < sentence.upperBound, isNamePart(next), has(next, .surnameClear),
              !has(next, .surnameGenitive), looksLikeLastName(i), !isAdjective(i), !has(i, .surname),
              !has(i, .commonWord) else { return nil }
        if i > sentence.lowerBound && words[i - 1].isName { return nil }
        if next + 1 < sentence.upperBound && words[next + 1].isName { return nil }
        return record(i..<(next + 1), .person, absorbsCovered: true)
    }

    /// A capitalised word that nothing marks as a common noun, a place or an organisation.
    func looksLikeLastName(_ k: Int) -> Bool {
        !looksLikeCommonNoun(k) && !has(k, .placeEnding) && !has(k, .organizationEnding)
            && !has(k, .organizationHead) && !has(k, .organizationHeadCompound) && !isDescriptor(k)
            && !has(k, .placeHead) && !has(k, .placePrefix) && !has(k, .firstNameGenitive)
    }

    /// `Bach (1685–1750)`, `Kolb (* 1950)`, `Anna Kolb (geboren 1950)`: up to three capitalised
    /// words before life dates in parentheses, as encyclopaedias write them after a person's
    /// name. Life dates start with `*` or `†`, with `geboren` or `geb.`, or are a year, a dash
    /// and another year.
    mutating func personBeforeLifeDates(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isNamePart(i), !isCue(i), !has(i, .commonWord) else { return nil }
        var end = i + 1
        while end < sentence.upperBound && end - i < 3 && isNamePart(end) && !isCue(end) { end += 1 }
        guard end + 2 < sentence.upperBound, word(end, isMark: "("), areLifeDates(from: end + 1, in: sentence)
        else { return nil }
        return record(i..<end, .person, gender: isFirstName(i) ? gender(of: i) : nil, absorbsCovered: true)
    }

    /// Whether life dates start at word `k`: `* 1950`, `† 1980`, `geboren 1950`, `geb. 3. Mai`,
    /// `1900–1980`.
    func areLifeDates(from k: Int, in sentence: Range<Int>) -> Bool {
        if word(k, isMark: "*") || word(k, isMark: "†") { return true }
        if words[k].shape == .lower, has(k, .lifeDates) { return true }
        guard isYear(k), k + 2 < sentence.upperBound else { return false }
        let dash = words[k + 1]
        return dash.end - dash.start == 1 && "-–—".unicodeScalars.contains(scalars[dash.start]) && isYear(k + 2)
    }

    /// A number of three or four digits.
    func isYear(_ k: Int) -> Bool {
        let r = words[k].range
        return (3...4).contains(r.count) && r.allSatisfy { scalars[$0].properties.numericType == .decimal }
    }
}

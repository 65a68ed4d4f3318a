/// Organisation rules: legal forms, head nouns, compounds and acronyms.
extension NameScan {
    /// `Läpple AG`, `Bilfinger Berger Projektentwicklung GmbH`, `Muster GmbH & Co. KG`: up to
    /// five capitalised words (the first not covered by a gazetteer) before a legal form.
    mutating func organizationWithLegalForm(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].isName, isFree(i), !isStop(i), !word(i, is: rules.organizationSuffixes) else { return nil }
        var k = i + 1
        while k < sentence.upperBound && k - i <= 5 {
            if word(k, is: rules.organizationSuffixes) && !taken[k] {
                var end = k + 1
                // further legal forms joined by `&` (`GmbH & Co. KG`)
                while end + 1 < sentence.upperBound, word(end, isMark: "&"),
                      word(end + 1, is: rules.organizationSuffixes) {
                    end += 2
                    while end < sentence.upperBound && word(end, is: rules.organizationSuffixes) { end += 1 }
                }
                return record(i..<end, .organization, absorbsCovered: true)
            }
            guard !taken[k], (words[k].isName && !isStop(k)) || word(k, isMark: "&") else { return nil }
            k += 1
        }
        return nil
    }

    /// `Universität Gießen`, `Institut für Corporate Governance`, `Bayerischen Staatsministerium
    /// für Unterricht und Kultus`, `Deutsche Bank`: a head noun (or a compound ending in one) with
    /// a name after it, directly or after a connector, or with capitalised adjectives before it.
    mutating func organizationAfterHead(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized || words[i].shape == .acronym, isFree(i),
              word(i, isInflectedFormOf: rules.organizationHeads)
                || (words[i].shape == .capitalized && word(i, endsWith: rules.organizationHeads, remainder: 3))
        else { return nil }
        var first = i
        while first > sentence.lowerBound, isNamePart(first - 1), isAdjective(first - 1) { first -= 1 }
        var j = i + 1
        if j + 1 < sentence.upperBound, word(j, is: rules.organizationConnectors), isNameOrPlace(j + 1) {
            j += 1
        }
        var last: Int?
        var k = j
        while k < sentence.upperBound && k - j < 6 {
            if isNameOrPlace(k) {
                last = k
            } else if !(last != nil && k + 1 < sentence.upperBound && isNameOrPlace(k + 1)
                        && (word(k, is: rules.organizationConnectors) || word(k, isMark: "&"))) {
                break
            }
            k += 1
        }
        if let last { return record(first..<(last + 1), .organization, absorbsCovered: true) }
        if first < i { return record(first..<(i + 1), .organization) }
        return nil
    }

    /// `Bundesjustizministerium`, `Bundesärztekammer`: one word ending in an organisation ending,
    /// with at least three letters before it.
    mutating func organizationCompound(at i: Int) -> Int? {
        guard words[i].shape == .capitalized, isFree(i), !isStop(i),
              !word(i, is: rules.commonWords),
              word(i, endsWith: rules.organizationEndings, remainder: 3) else { return nil }
        return record(i..<(i + 1), .organization)
    }

    /// `UEFA`, `IBM`: an acronym no gazetteer knows, unless it is a listed common abbreviation, a
    /// Roman numeral, or stands in parentheses after an organisation (coreference links that).
    mutating func organizationAcronym(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .acronym, isFree(i), !isStop(i), !word(i, is: rules.commonWords),
              !isRomanNumeral(i) else { return nil }
        if i >= sentence.lowerBound + 2, word(i - 1, isMark: "("), organizationEnds.contains(words[i - 2].end) {
            return nil
        }
        return record(i..<(i + 1), .organization)
    }

    /// A capitalised word in an organisation's name; a place a gazetteer found may be part of it
    /// (`Hamburg` in `Universität Hamburg`).
    func isNameOrPlace(_ k: Int) -> Bool {
        guard (words[k].shape == .capitalized || words[k].shape == .acronym), !taken[k], !isStop(k) else { return false }
        return true
    }

    /// A capitalised adjective (`Technische`, `Europäischen`): ends in -e, -en, -er or -es.
    func isAdjective(_ k: Int) -> Bool {
        let r = words[k].range
        guard r.count > 3 else { return false }
        let a = scalars[r.upperBound - 2], b = scalars[r.upperBound - 1]
        return b == "e" || (a == "e" && (b == "n" || b == "r" || b == "s"))
    }

    func isRomanNumeral(_ k: Int) -> Bool {
        words[k].range.allSatisfy { "IVXLCDM".unicodeScalars.contains(scalars[$0]) }
    }
}

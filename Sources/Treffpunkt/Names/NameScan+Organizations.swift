/// Organisation rules: legal forms, head nouns, compounds and acronyms.
extension NameScan {
    /// `Läpple AG`, `Bilfinger Berger Projektentwicklung GmbH`, `Muster GmbH & Co. KG`,
    /// `New York Times`: up to five capitalised words before a legal form or a name-ending word;
    /// a gazetteer may have taken them only as places.
    mutating func organizationWithLegalForm(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].isName, isFree(i) || isCoveredPlace(i) || isCoveredOrganization(i), !isStop(i),
              !has(i, .organizationSuffix), !isDescriptor(i) else { return nil }
        var k = i + 1
        while k < sentence.upperBound && k - i <= 5 {
            if has(k, .organizationSuffix) && !taken[k] {
                var end = k + 1
                // further legal forms right after it (`Pharmaceutical Industries Ltd`)
                while end < sentence.upperBound && has(end, .organizationSuffix) && !taken[end] { end += 1 }
                // further legal forms joined by `&` (`GmbH & Co. KG`)
                while end + 1 < sentence.upperBound, word(end, isMark: "&"),
                      has(end + 1, .organizationSuffix) {
                    end += 2
                    while end < sentence.upperBound && has(end, .organizationSuffix) { end += 1 }
                }
                // the legal form of an organisation a gazetteer knows (`Bilfinger Berger` in
                // `Bilfinger Berger Projektentwicklung GmbH`) names that organisation
                let keeps = (i..<k).contains { isCoveredOrganization($0) }
                return record(i..<end, .organization, absorbsCovered: true, keepsCoveredEntity: keeps)
            }
            guard !taken[k], (words[k].isName && !isStop(k) && (isFree(k) || isCoveredPlace(k) || isCoveredOrganization(k)))
                    || word(k, isMark: "&")
            else { return nil }
            k += 1
        }
        return nil
    }

    /// `Herzog & de Meuron`, `Air & Style`: two capitalised words joined by `&`, the second perhaps
    /// after a name particle, name a firm or a brand; neither may look like a common noun
    /// (`Kunst & Kultur`), and no further name may stand on either side (a common noun before it
    /// may: `die Architekten Herzog & de Meuron`).
    mutating func organizationWithAmpersand(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isNamePart(i), !isCue(i), !looksLikeCommonNoun(i), i + 2 < sentence.upperBound,
              word(i + 1, isMark: "&"), !words[i].range.contains(where: { NameWord.isHyphen(scalars[$0]) }),
              i == sentence.lowerBound || !words[i - 1].isName || looksLikeCommonNoun(i - 1) || isCue(i - 1)
                || isDescriptor(i - 1) else { return nil }
        var k = i + 2
        if words[k].shape == .lower, has(k, .particleStart), k + 1 < sentence.upperBound { k += 1 }
        guard isNamePart(k), !isCue(k), !looksLikeCommonNoun(k),
              k + 1 == sentence.upperBound || !words[k + 1].isName else { return nil }
        return record(i..<(k + 1), .organization, absorbsCovered: true)
    }

    /// `Bundesverband deutscher Banken (BdB)`, `Deutsche Vermögensberatung (DVAG)`: words before an
    /// acronym in parentheses whose letters the acronym takes in order, starting with the first
    /// letter of the first word; the acronym itself is linked to it by coreference.
    mutating func organizationBeforeAcronym(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized, isFree(i), !isStop(i), !isCue(i), !has(i, .firstName) else { return nil }
        var k = i + 1
        var lowerInARow = 0
        while k < sentence.upperBound && k - i <= 6 {
            if word(k, isMark: "(") { break }
            if words[k].shape == .lower {
                lowerInARow += 1
                guard lowerInARow == 1, isFree(k) else { return nil }
            } else {
                guard words[k].isName, isFree(k) || isCoveredPlace(k), !isStop(k) else { return nil }
                lowerInARow = 0
            }
            k += 1
        }
        guard k - i >= 2, lowerInARow == 0, k + 2 < sentence.upperBound, word(k, isMark: "("),
              word(k + 2, isMark: ")"), words[k + 1].shape == .acronym || words[k + 1].shape == .capitalized,
              isFree(k + 1), abbreviates(k + 1, words: i..<k) else { return nil }
        return record(i..<k, .organization, absorbsCovered: true)
    }

    /// Whether the acronym at `a` starts with the first letter of the words and takes its other
    /// letters from them in order, case-insensitively, its capitals at least from word starts or
    /// compound parts.
    func abbreviates(_ a: Int, words range: Range<Int>) -> Bool {
        let acronym = words[a].range.filter { LetterCase.isLetter(scalars[$0]) }.map { LetterCase.lowercase(scalars[$0]) }
        guard acronym.count >= 2, acronym.count <= 6,
              acronym[0] == LetterCase.lowercase(scalars[words[range.lowerBound].start]) else { return false }
        var next = 1
        var p = words[range.lowerBound].start + 1
        let end = words[range.upperBound - 1].end
        while p < end && next < acronym.count {
            if LetterCase.lowercase(scalars[p]) == acronym[next] { next += 1 }
            p += 1
        }
        return next == acronym.count
    }

    /// `Universität Gießen`, `Institut für Corporate Governance`, `Bayerischen Staatsministerium
    /// für Unterricht und Kultus`, `Deutsche Bank`: a head noun with a name after it, directly or
    /// after a connector, or with capitalised adjectives before it. A compound ending in a head
    /// (`Staatsministerium`) takes a name only after a connector, or a place directly
    /// (`Realschule Spaichingen`): another name directly after it is an apposition
    /// (`Sportverein ESV Lokomotive`).
    mutating func organizationAfterHead(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized || words[i].shape == .acronym, isFree(i) else { return nil }
        let isHead = has(i, .organizationHead)
        guard isHead || (words[i].shape == .capitalized && has(i, .organizationHeadCompound))
        else { return nil }
        var first = i
        while first > sentence.lowerBound, isNamePart(first - 1), isAdjective(first - 1) { first -= 1 }
        first -= ordinalWords(before: first)
        var j = i + 1
        let isClub = isHead && words[i].shape == .acronym
        if j + 1 < sentence.upperBound, has(j, .organizationConnector), !has(j, .innerConnector), isNameOrPlace(j + 1) {
            j += 1
        } else if isClub, j + 1 < sentence.upperBound, isClubNumber(j), isNameOrPlace(j + 1) {
            // a club's number before its name (`SG 01 Höchst`)
            j += 1
        } else if !isHead {
            // a compound head takes a place directly (`Realschule Spaichingen`), not another name
            if j < sentence.upperBound && (isCoveredPlace(j) || (isNamePart(j) && has(j, .placeEnding))) {
                return record(first..<(j + 1), .organization, absorbsCovered: true)
            }
            guard first < i else { return nil }
            return record(first..<genitiveTail(after: i + 1, in: sentence), .organization, absorbsCovered: true)
        }
        var last: Int?
        var k = j
        while k < sentence.upperBound && k - j < 6 {
            if isNameOrPlace(k) {
                last = k
            } else if isClub, let l = last, l == k - 1, isClubNumber(k) {
                // a club's number after its name (`SV Quellhausen 09`)
                last = k
                break
            } else if !(last != nil && k + 1 < sentence.upperBound && isNameOrPlace(k + 1)
                        && (has(k, .organizationConnector) || word(k, isMark: "&")
                            || (word(k, isMark: "/") && words[k].start == words[k - 1].end
                                && words[k + 1].start == words[k].end))) {
                break
            }
            k += 1
        }
        if let last {
            return record(first..<genitiveTail(after: last + 1, in: sentence), .organization, absorbsCovered: true)
        }
        if first < i { return record(first..<genitiveTail(after: i + 1, in: sentence), .organization, absorbsCovered: true) }
        return nil
    }

    /// A club's number of two digits (`04`, `96`), as clubs carry the year of their founding.
    func isClubNumber(_ k: Int) -> Bool {
        let r = words[k].range
        return r.count == 2 && r.allSatisfy { scalars[$0].properties.numericType == .decimal }
    }

    /// Where an organisation's name that ends before word `end` really ends: after a genitive
    /// article and the place or organisation a gazetteer found after it (`Hochschule für Technik
    /// und Wirtschaft des Saarlandes`, `Jüdischen Zentralmuseum der SS`), else at `end`.
    func genitiveTail(after end: Int, in sentence: Range<Int>) -> Int {
        guard end + 1 < sentence.upperBound, words[end].shape == .lower, has(end, .determiner),
              has(end, .nounFollower), !taken[end + 1], words[end + 1].isName,
              words[end + 1].coverType == .place || words[end + 1].coverType == .organization else { return end }
        let type = words[end + 1].coverType
        var k = end + 2
        while k < sentence.upperBound && !taken[k] && words[k].isName && words[k].coverType == type { k += 1 }
        return k
    }

    /// `die Gewerkschaft Verdi`, `Nachrichtenagentur Kyodo`, `der Autobauer Tesla`: up to three
    /// capitalised words after a descriptor noun (or a compound ending in one) name an
    /// organisation; the descriptor is not part of the name.
    mutating func organizationAfterDescriptor(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized, isDescriptor(i), i + 1 < sentence.upperBound else { return nil }
        if let next = quotedOrganization(after: i, in: sentence) { return next }
        guard isNamePart(i + 1) || isFreeAcronym(i + 1) else { return nil }
        var k = i + 2
        while k < sentence.upperBound && k - i <= 3 && (isNamePart(k) || isFreeAcronym(k) || isCoveredPlace(k)) {
            k += 1
        }
        return record((i + 1)..<k, .organization, absorbsCovered: true)
    }

    /// `des Magazins „The Face“`, `die Literaturzeitschrift „Eckart“`: up to four capitalised words
    /// in quotation marks right after a descriptor are the organisation's name, without the marks.
    private mutating func quotedOrganization(after i: Int, in sentence: Range<Int>) -> Int? {
        guard isQuote(i + 1), i + 2 < sentence.upperBound,
              isNamePart(i + 2) || isFreeAcronym(i + 2) else { return nil }
        var k = i + 3
        while k < sentence.upperBound && k - i <= 5 && (isNamePart(k) || isFreeAcronym(k) || isCoveredPlace(k)) {
            k += 1
        }
        guard k < sentence.upperBound, isQuote(k) else { return nil }
        _ = record((i + 2)..<k, .organization, absorbsCovered: true)
        return k + 1
    }

    /// `Dem „Spiegel“ zufolge`, `laut „Bild“`: up to three capitalised words in quotation marks
    /// that a word of reporting frames as a source (`laut` before them, also with an article
    /// between; `zufolge` after them: the cues of `person-cues.txt` that stand on one side only)
    /// name a newspaper or broadcaster.
    mutating func quotedSource(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isQuote(i), i + 2 < sentence.upperBound, isNamePart(i + 1) || isFreeAcronym(i + 1)
        else { return nil }
        var k = i + 2
        while k < sentence.upperBound && k - i <= 3 && (isNamePart(k) || isFreeAcronym(k) || isCoveredPlace(k)) {
            k += 1
        }
        guard k < sentence.upperBound, isQuote(k) else { return nil }
        var before = i - 1
        if before > sentence.lowerBound && has(before, .determiner) { before -= 1 }
        let cueBefore = before >= sentence.lowerBound && isOneSidedCue(before, value: 1)
        let cueAfter = k + 1 < sentence.upperBound && isOneSidedCue(k + 1, value: 2)
        guard cueBefore || cueAfter else { return nil }
        _ = record((i + 1)..<k, .organization, absorbsCovered: true)
        return k + 1
    }

    /// A word of `person-cues.txt` whose position is only `before` (value 1: `laut`) or only
    /// `after` (value 2: `zufolge`).
    private func isOneSidedCue(_ k: Int, value: UInt8) -> Bool {
        guard has(k, value == 1 ? .personCueBefore : .personCueAfter),
              let p = rules.personCues.find(scalars, words[k].range) else { return false }
        return rules.personCues.value(at: p) == value
    }

    /// A quotation mark standing alone (`CharacterClass.quote`: `„`, `“`, `"`, `«`, `»`, `‚` …); the
    /// rules tell opening from closing by position. The class of a code point of the Basic
    /// Multilingual Plane is read from the tokenizer's table, not from Unicode's properties.
    func isQuote(_ k: Int) -> Bool {
        let w = words[k]
        guard w.end - w.start == 1 else { return false }
        let s = scalars[w.start]
        let c = s.value < 0x10000 ? CharacterClass.table[Int(s.value)] : CharacterClass.of(scalar: s)
        return c.hasAny(.quote)
    }

    /// `Fraunhofer IAO`, `Helmholtz HZB`: a one-word organisation a gazetteer knows, right before
    /// an acronym no rule or gazetteer has taken, names one of its parts; no name may follow.
    mutating func organizationWithAcronym(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized, isCoveredOrganization(i), words[i].tokens.count == 1,
              i + 1 < sentence.upperBound, isFreeAcronym(i + 1), !has(i + 1, .commonWord), !isRomanNumeral(i + 1),
              i == sentence.lowerBound || words[i - 1].coverType != .organization,
              i + 2 == sentence.upperBound || !words[i + 2].isName else { return nil }
        return record(i..<(i + 2), .organization, absorbsCovered: true)
    }

    /// A word that only a gazetteer organisation covers (`Bilfinger` in `Bilfinger Berger GmbH`).
    @inline(__always)
    func isCoveredOrganization(_ k: Int) -> Bool {
        !taken[k] && words[k].coverType == .organization && words[k].isName
    }

    /// A descriptor noun (`Gewerkschaft`) or a compound ending in one (`Nachrichtenagentur`).
    @inline(__always)
    func isDescriptor(_ k: Int) -> Bool {
        has(k, .organizationDescriptor)
    }

    /// An acronym no rule or gazetteer has taken and that is no stop word.
    @inline(__always)
    func isFreeAcronym(_ k: Int) -> Bool {
        words[k].shape == .acronym && isFree(k) && !isStop(k)
    }

    /// `Bundesjustizministerium`, `Bundesärztekammer`: one word ending in an organisation ending,
    /// with at least three letters before it.
    mutating func organizationCompound(at i: Int) -> Int? {
        guard words[i].shape == .capitalized, isFree(i), !isStop(i),
              !has(i, .commonWord),
              has(i, .organizationEnding) else { return nil }
        return record(i..<(i + 1), .organization)
    }

    /// `UEFA`, `IBM`, `THW Kiel`: an acronym of at most five letters that no gazetteer knows,
    /// with the names and gazetteer places right after it; not a listed common abbreviation, a
    /// Roman numeral, nor an acronym in parentheses after an organisation (coreference links that).
    mutating func organizationAcronym(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isFreeAcronym(i), words[i].end - words[i].start <= 5, !has(i, .commonWord),
              !isRomanNumeral(i) else { return nil }
        if i >= sentence.lowerBound + 2, word(i - 1, isMark: "(") {
            // after an organisation: coreference links it; after a common noun it abbreviates
            // that noun (`Jagdgeschwadern (JG)`)
            if organizationEnds.contains(words[i - 2].end) { return nil }
            if words[i - 2].shape == .capitalized && isFree(i - 2) && !isStop(i - 2) { return nil }
        }
        // right after a capitalised word it is part of a longer name (`Fraunhofer FIT`, `Serie FB`),
        // unless that word is a descriptor or a compound organisation head: an apposition
        // (`Industriekreditbank IKB`, `Autobauer BAIC`)
        if i > sentence.lowerBound, words[i - 1].shape == .capitalized, !isStop(i - 1), !has(i - 1, .title),
           !isDescriptor(i - 1), !has(i - 1, .organizationHeadCompound) {
            return nil
        }
        var k = i + 1
        while k < sentence.upperBound && k - i <= 2
                && ((isNamePart(k) && !isCue(k) && !isDescriptor(k) && !has(k, .commonWord)
                     && (!has(k, .nounEnding) || has(k, .placeEnding)))
                    || isFreeAcronym(k) || isCoveredPlace(k)) {
            k += 1
        }
        // two letters alone are mostly units and abbreviations (`MW`, `PK`, `RA`)
        if k == i + 1 && words[i].end - words[i].start <= 2 { return nil }
        return record(i..<k, .organization, absorbsCovered: true)
    }

    /// A capitalised word in an organisation's name; a place a gazetteer found may be part of it
    /// (`Hamburg` in `Universität Hamburg`).
    func isNameOrPlace(_ k: Int) -> Bool {
        guard words[k].shape == .capitalized || words[k].shape == .acronym, !taken[k], !isStop(k) else { return false }
        return !words[k].isCovered || words[k].coverType == .place
    }

    /// A capitalised adjective (`Technische`, `Europäischen`): ends in -e, -en, -er or -es, and
    /// is no hyphenated compound (`FDP-geführte`).
    func isAdjective(_ k: Int) -> Bool {
        let r = words[k].range
        guard r.count > 3, !r.contains(where: { NameWord.isHyphen(scalars[$0]) }) else { return false }
        let a = scalars[r.upperBound - 2], b = scalars[r.upperBound - 1]
        return b == "e" || (a == "e" && (b == "n" || b == "r" || b == "s"))
    }

    /// How many words before `k` form an ordinal (`1.` as one word or as `1` and `.`), 0 if none.
    /// A sentence break after the period (a splitter that took it for a full stop) is ignored.
    func ordinalWords(before k: Int) -> Int {
        guard k >= 1, !taken[k - 1] else { return 0 }
        let w = words[k - 1]
        guard scalars[w.end - 1] == "." else { return 0 }
        func isDigits(_ r: Range<Int>) -> Bool {
            !r.isEmpty && r.count <= 3 && r.allSatisfy { scalars[$0].properties.numericType == .decimal }
        }
        if isDigits(w.start..<(w.end - 1)) { return 1 }
        guard w.end - w.start == 1, k >= 2, words[k - 2].end == w.start, isDigits(words[k - 2].range) else { return 0 }
        return 2
    }

    func isRomanNumeral(_ k: Int) -> Bool {
        words[k].range.allSatisfy { "IVXLCDM".unicodeScalars.contains(scalars[$0]) }
    }

    /// `1. FC Nürnberg`, `1. FSV Mainz 05`: an ordinal before an organisation a gazetteer found
    /// that starts with a head noun (`FC`) is part of its name; the longer name stays a mention
    /// of the gazetteer's entity.
    mutating func clubWithOrdinal(at i: Int, in sentence: Range<Int>) -> Int? {
        var j = i + 1
        if j < sentence.upperBound, word(j, isMark: "."), words[j].start == words[i].end { j += 1 }
        guard j < sentence.upperBound, ordinalWords(before: j) == j - i, !taken[j],
              words[j].coverType == .organization, has(j, .organizationHead) else { return nil }
        var end = j + 1
        while end < sentence.upperBound && !taken[end] && words[end].coverType == .organization { end += 1 }
        return record(i..<end, .organization, absorbsCovered: true, keepsCoveredEntity: true)
    }
}

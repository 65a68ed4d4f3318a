/// Person rules: a title or role before a name, or a listed first name.
extension NameScan {
    /// `Außenminister Sergej Lawrow`, `DFB-Präsident Bernd Neuendorf`, `Frau Meier`,
    /// `Prof. Dr. Hans Kurz`, `Herr von Weizsäcker`: a title or role (also as the end of a
    /// compound), then a name. After a role, a particle does not start a name (`Bürgermeister
    /// von Ulm` names a place).
    mutating func personAfterCue(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isCue(i) else { return nil }
        var j = i + 1
        while j < sentence.upperBound && isCue(j) { j += 1 }
        guard j < sentence.upperBound, isFree(j) else { return nil }
        let afterTitle = has(j - 1, .title)
        guard afterTitle || words[j].shape != .lower,
              let run = nameRun(from: j, in: sentence, lastNames: 2) else { return nil }
        return record(run, .person, gender: gender(of: run.lowerBound), absorbsCovered: true)
    }

    /// `Bernd Neuendorf`, `Heinrich Gottlob von Miltitz`: a listed first name and at least one
    /// more part of a name; a listed first name alone (`Laura`) when no capitalised word follows
    /// and it is not also a common word (`Roman`), also in the genitive (`Ottos`).
    mutating func personWithFirstName(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized, isFree(i), !isStop(i),
              isFirstName(i) || has(i, .firstNameGenitive) else { return nil }
        if isFirstName(i), let run = nameRun(from: i, in: sentence, lastNames: 1) {
            // a ruler's number (`Elisabeth II.`)
            let n = regnalNumberWords(at: run.upperBound, in: sentence)
            if n > 0 { return record(run.lowerBound..<(run.upperBound + n), .person, gender: gender(of: i)) }
            if run.count >= 2 {
                return record(run, .person, gender: gender(of: i), absorbsCovered: true,
                              keepsCoveredEntity: isOwnFirstName(i, ofAliasAt: run.upperBound - 1))
            }
        }
        let next = i + 1
        if next < sentence.upperBound && (words[next].isName || isInitial(next)) { return nil }
        if i > sentence.lowerBound && isNamePart(i - 1) && words[i - 1].sentence == words[i].sentence { return nil }
        if i > sentence.lowerBound && has(i - 1, .placePrefix) { return nil }
        guard !has(i, .commonWord) else { return nil }
        return record(i..<(i + 1), .person, gender: gender(of: i))
    }

    /// `van der Vaart`, `de Gaulle`, `A. Wiegemann`: a particle that may start a name, or
    /// initials, then a last name.
    mutating func personWithParticleOrInitial(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isFree(i), has(i, .particleStart) || isInitial(i),
              i == sentence.lowerBound || !(isInitial(i - 1) || words[i - 1].isName),
              let run = nameRun(from: i, in: sentence, lastNames: 1), run.count >= 2,
              words[run.upperBound - 1].isName, !has(run.upperBound - 1, .commonWord) else { return nil }
        return record(run, .person)
    }

    /// How many words a ruler's number at `k` spans (`XIV.` as one word, or `XIV` and `.`), 0 if
    /// there is none.
    func regnalNumberWords(at k: Int, in sentence: Range<Int>) -> Int {
        guard k < sentence.upperBound, isFree(k) else { return 0 }
        let r = words[k].range
        func isRoman(_ r: Range<Int>) -> Bool {
            !r.isEmpty && r.count <= 6 && r.allSatisfy { "IVXLC".unicodeScalars.contains(scalars[$0]) }
        }
        if r.count >= 2 && scalars[r.upperBound - 1] == "." && isRoman(r.lowerBound..<(r.upperBound - 1)) { return 1 }
        if isRoman(r), k + 1 < sentence.upperBound, word(k + 1, isMark: "."), words[k + 1].start == words[k].end {
            return 2
        }
        return 0
    }

    /// `Klum (37)`, `Merkel (CDU)`, `Hans Meier (SPD)`: up to three capitalised words right before
    /// an age or a party in parentheses, as news writes them after a person's name; none of them
    /// may look like an organisation (`Atomenergieagentur (Rosatom)`).
    mutating func personBeforeParenthesis(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isNamePart(i), !isCue(i), !has(i, .commonWord) else { return nil }
        var end = i + 1
        while end < sentence.upperBound && end - i < 3 && isNamePart(end) && !isCue(end) {
            // a first name further on starts the name there (`Biobauer Renzo Blumenthal (30)`)
            if isFirstName(end) { return nil }
            end += 1
        }
        guard end + 2 < sentence.upperBound, word(end, isMark: "("), word(end + 2, isMark: ")") else { return nil }
        let inside = words[end + 1]
        let isAge = inside.shape == .other && inside.end - inside.start <= 3
            && (inside.start..<inside.end).allSatisfy { scalars[$0].properties.numericType == .decimal }
        // a news agency after a dateline (`Frankfurt/Main (AP)`) is no party
        let isParty = inside.isName && inside.coverType == .organization
            && i > sentence.lowerBound && !word(i - 1, isMark: "/")
        guard isAge || isParty,
              !(i..<end).contains(where: { looksLikeOrganization($0) }) else { return nil }
        return record(i..<end, .person, absorbsCovered: true)
    }

    /// A descriptor, an organisation head or ending, or a listed common word (`Atomenergieagentur`,
    /// `Bundesamt`, `Ministerium`).
    func looksLikeOrganization(_ k: Int) -> Bool {
        isDescriptor(k) || has(k, .organizationHead) || has(k, .organizationHeadCompound)
            || has(k, .organizationEnding) || has(k, .commonWord)
    }

    /// A title (`Herr`, `Dr.`) or a role (`Außenministerin`, `DFB-Präsident`).
    @inline(__always)
    func isCue(_ k: Int) -> Bool {
        words[k].shape == .capitalized && (has(k, .title) || has(k, .role))
    }

    /// The words of a name from `start`: listed first names, initials, then particles
    /// (`von der` in `Ursula von der Leyen`) and at most `lastNames` further capitalised words;
    /// nil when it has no capitalised word. A last name may be a word a gazetteer took for a
    /// place (`Thomas Stafford`, `Patrick von Brunn`) when a first name or particle precedes it,
    /// or another person's last name alone when a first name that is not that person's own
    /// precedes it (`Landrätin Petra Stegner` is not Ralf Stegner).
    func nameRun(from start: Int, in sentence: Range<Int>, lastNames: Int) -> Range<Int>? {
        var k = start
        var last: Int?
        var others = 0
        var afterParticle = false
        while k < sentence.upperBound && k - start < 6 {
            if has(k, .particle), let p = rules.particles.find(scalars, words[k].range), isFree(k),
               rules.particles.value(at: p) != 1 || afterParticle, others == 0,
               k + 1 < sentence.upperBound, words[k + 1].shape != .other {
                afterParticle = true
            } else if let l = last, others == 0, k > start,
                      isCoveredPlace(k) && (afterParticle || isFirstName(l))
                        || isFirstName(l) && isCoveredSingleOrganization(k, in: sentence)
                        || afterParticle && !taken[k] && surnameAliasFirstNames[k] != nil
                        || isFirstName(l) && !taken[k] && surnameAliasFirstNames[k] != nil && !isOwnFirstName(l, ofAliasAt: k) {
                last = k
                break
            } else if last != nil && others == 0 && isFree(k) && isParticleCompound(k) {
                // `Ali al-Nuaimi`, `Mohammed el-Baradei`: a last name joined to its particle
                last = k
                break
            } else if isNamePart(k) && !isCue(k) {
                if afterParticle || !isFirstName(k) {
                    // a last name: after a particle always the end; otherwise up to `lastNames`
                    guard others < lastNames else { break }
                    others += 1
                    last = k
                    if afterParticle { break }
                } else {
                    guard others == 0 else { break }
                    last = k
                }
                afterParticle = false
            } else if isInitial(k) && isFree(k) && others == 0 && last != nil
                        && !(k + 1 < sentence.upperBound
                             && (isNamePart(k + 1) || isInitial(k + 1) || isCoveredPlace(k + 1))) {
                // a last name shortened to its initial (`Claudia B.`, `Magnus I.`); a middle
                // initial before a word a gazetteer took for a place goes on (`Robert R. Livingston`)
                last = k
                break
            } else if isInitial(k) && isFree(k)
                        && (others == 0 || (others < lastNames && k + 1 < sentence.upperBound && isNamePart(k + 1))) {
                afterParticle = false
            } else {
                break
            }
            k += 1
        }
        guard let last else { return nil }
        return start..<(last + 1)
    }

    @inline(__always)
    func isFirstName(_ k: Int) -> Bool { has(k, .firstName) }

    /// A lower-case name particle joined by a hyphen to a capitalised name (`al-Nuaimi`, `el-Baradei`).
    func isParticleCompound(_ k: Int) -> Bool {
        let r = words[k].range
        guard words[k].shape == .lower, let hyphen = r.first(where: { NameWord.isHyphen(scalars[$0]) }),
              hyphen + 1 < r.upperBound, LetterCase.isUppercase(scalars[hyphen + 1]) else { return false }
        return rules.particles.contains(scalars, r.lowerBound..<hyphen)
    }

    /// A capitalised word that only a one-word gazetteer organisation covers, which may be a last
    /// name after a first name (`Rudolf Skoda`, `Ferdinand Porsche`): no covered word follows it.
    func isCoveredSingleOrganization(_ k: Int, in sentence: Range<Int>) -> Bool {
        !taken[k] && words[k].coverType == .organization && words[k].shape == .capitalized
            && words[k].tokens.count == 1
            && (k + 1 == sentence.upperBound || !words[k + 1].isCovered)
    }

    /// The gender of a first name, if the lexicon gives one.
    func gender(of k: Int) -> Gender? {
        let r = words[k].range
        let first = r.first(where: { NameWord.isHyphen(scalars[$0]) }).map { r.lowerBound..<$0 } ?? r
        guard let p = rules.firstNames.find(scalars, first) else { return nil }
        switch rules.firstNames.value(at: p) {
        case 1: return .female
        case 2: return .male
        default: return nil
        }
    }
}

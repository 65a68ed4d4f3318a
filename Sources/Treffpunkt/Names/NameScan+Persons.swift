/// Person rules: a title or role before a name, or a listed first name.
extension NameScan {
    /// `Außenminister Sergej Lawrow`, `DFB-Präsident Bernd Neuendorf`, `Frau Meier`,
    /// `Prof. Dr. Hans Kurz`: a title or role (also as the end of a compound), then a name.
    mutating func personAfterCue(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isCue(i) else { return nil }
        var j = i + 1
        while j < sentence.upperBound && isCue(j) && words[j].shape != .lower { j += 1 }
        guard j < sentence.upperBound, let run = nameRun(from: j, in: sentence), isFree(j) else { return nil }
        return record(run, .person, gender: gender(of: run.lowerBound))
    }

    /// `Bernd Neuendorf`, `Heinrich Gottlob von Miltitz`: a listed first name and at least one
    /// more part of a name.
    mutating func personWithFirstName(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized, isFree(i), isFirstName(i),
              let run = nameRun(from: i, in: sentence), run.count >= 2 else { return nil }
        return record(run, .person, gender: gender(of: i))
    }

    /// A title (`Herr`, `Dr.`) or a role (`Außenministerin`, `DFB-Präsident`).
    func isCue(_ k: Int) -> Bool {
        let w = words[k]
        guard w.shape == .capitalized else { return false }
        return rules.titles.contains(scalars, w.range) || rules.roles.longestSuffix(of: scalars, w.range) != nil
    }

    /// The words of a name from `start`: capitalised words, initials and particles between them
    /// (`von der` in `Ursula von der Leyen`), ending with a capitalised word; nil when there is none.
    func nameRun(from start: Int, in sentence: Range<Int>) -> Range<Int>? {
        var k = start
        var last: Int?
        var parts = 0
        var afterParticle = false
        while k < sentence.upperBound && parts < 5 {
            if let p = rules.particles.find(scalars, words[k].range), isFree(k),
               rules.particles.value(at: p) == 0 || afterParticle,
               k == start || (last != nil && (start..<k).allSatisfy { isFirstNameOrParticle($0) }),
               k + 1 < sentence.upperBound, words[k + 1].shape != .other {
                afterParticle = true
            } else if isNamePart(k) && !isCue(k) {
                last = k
                parts += 1
                afterParticle = false
            } else if isInitial(k) && isFree(k) {
                afterParticle = false
            } else {
                break
            }
            k += 1
        }
        guard let last else { return nil }
        return start..<(last + 1)
    }

    /// A listed first name (a hyphenated one by its first part) or a name particle: only these
    /// may stand before a particle (`Ursula von der Leyen`, but not `Meier von der Polizei`).
    func isFirstNameOrParticle(_ k: Int) -> Bool {
        isFirstName(k) || rules.particles.contains(scalars, words[k].range)
    }

    func isFirstName(_ k: Int) -> Bool {
        let r = words[k].range
        if rules.firstNames.contains(scalars, r) { return true }
        guard let hyphen = r.first(where: { NameWord.isHyphen(scalars[$0]) }), hyphen > r.lowerBound else { return false }
        return rules.firstNames.contains(scalars, r.lowerBound..<hyphen)
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

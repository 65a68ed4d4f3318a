/// Place rules: an unknown capitalised word after a place preposition, and place endings.
extension NameScan {
    /// `in Modrava`, `aus Bad Kissingen`: a preposition of place, then a capitalised word that no
    /// gazetteer knows and that does not look like a common noun (listed, or with a noun ending
    /// such as -ung, or followed by a genitive article). A listed prefix (`Bad`, `San`) takes the
    /// next word along.
    mutating func placeAfterPreposition(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .lower || words[i].shape == .capitalized, has(i, .placePreposition) else { return nil }
        var j = i + 1
        guard j < sentence.upperBound, isNamePart(j), !isCue(j) else { return nil }
        var first = j
        if has(j, .placePrefix), j + 1 < sentence.upperBound, words[j + 1].isName {
            // the prefix's place may be a gazetteer's (`Bad Homburg`): then leave it to the gazetteer
            guard isNamePart(j + 1) else { return nil }
            j += 1
        } else {
            guard !looksLikeCommonNoun(j), !has(j, .firstName) else { return nil }
        }
        if j + 1 < sentence.upperBound {
            let after = words[j + 1]
            if after.shape == .capitalized || after.shape == .acronym || has(j + 1, .nounFollower) {
                return nil
            }
        }
        first = i + 1
        return record(first..<(j + 1), .place)
    }

    /// `Ingolstadt`, `Gelsenkirchen`, `Schwanitzstraße`: a capitalised word with a place ending and
    /// at least three letters before it, unless it is a listed common noun (`Hauptstadt`) or
    /// ends in -en right after an article
    /// (`das Eindringen`, `die Barockkirchen`: a nominalised verb or a plural).
    mutating func placeWithEnding(at i: Int) -> Int? {
        guard isNamePart(i), !has(i, .commonWord), has(i, .placeEnding) else { return nil }
        let r = words[i].range
        if scalars[r.upperBound - 1] == "n" && scalars[r.upperBound - 2] == "e" && i > 0
            && words[i - 1].sentence == words[i].sentence && has(i - 1, .determiner) {
            return nil
        }
        return record(i..<(i + 1), .place)
    }

    /// `St. Veitskapelle`, `Bad Kissingen`, `San Telmo`, `Lido di Pomposa`, `Cerro San Félix`,
    /// `Via Roma`: a place prefix and a capitalised word or a gazetteer place anywhere in a
    /// sentence; a second prefix or foreign name particles (`di`, `del`, `de la`) may stand between.
    mutating func placeWithPrefix(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized, isFree(i), has(i, .placePrefix), !isStop(i) else { return nil }
        var k = i + 1
        if k < sentence.upperBound, words[k].shape == .capitalized, isFree(k), has(k, .placePrefix) { k += 1 }
        if k < sentence.upperBound, words[k].shape == .lower, isFree(k), has(k, .particleStart) {
            k += 1
            if k < sentence.upperBound, words[k].shape == .lower, isFree(k), has(k, .particle),
               !has(k, .determiner), !has(k, .conjunction) {
                k += 1
            }
        }
        guard k < sentence.upperBound, isNamePart(k) || isCoveredPlace(k), !isCue(k),
              !has(k, .commonWord), !isPlaceAdjective(k) else { return nil }
        return record(i..<(k + 1), .place, absorbsCovered: true)
    }

    /// `der Große Schaftberg`, `im Hinteren Bayerischen Wald`: an inflected adjective of
    /// `place-adjectives.txt`, capitalised inside a sentence, before a gazetteer place or a word
    /// with a place ending (another capitalised adjective may stand between) is part of the
    /// place's name.
    mutating func placeWithAdjective(at i: Int, in sentence: Range<Int>) -> Int? {
        guard i > sentence.lowerBound, words[i].shape == .capitalized, isFree(i), has(i, .placeAdjective),
              words[i - 1].shape == .lower else { return nil }
        var k = i + 1
        if k + 1 < sentence.upperBound, isNamePart(k), isAdjective(k), isCoveredPlace(k + 1) { k += 1 }
        guard k < sentence.upperBound else { return nil }
        var end = k + 1
        if isCoveredPlace(k) {
            while end < sentence.upperBound && isCoveredPlace(end) { end += 1 }
        } else {
            guard isNamePart(k), has(k, .placeEnding), !has(k, .commonWord) else { return nil }
        }
        return record(i..<end, .place, absorbsCovered: true)
    }

    /// `Potsdamer Platz`, `Frankfurter Hauptbahnhof`, `Neuendorfer Straße 90c`, `Bundesstraße 216`:
    /// a place adjective in -er before a place head, or a road head before a number; a house or
    /// road number is part of the name.
    mutating func placeBeforeHead(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized, isFree(i), !isStop(i) else { return nil }
        var head = i
        if i + 1 < sentence.upperBound, isPlaceAdjective(i), isFree(i + 1), has(i + 1, .placeHead) {
            head = i + 1
        } else if let next = placeAfterHead(at: i, in: sentence) {
            return next
        } else if !(has(i, .roadHead) && i + 1 < sentence.upperBound && isNumber(i + 1)) {
            return nil
        }
        var end = head + 1
        if end < sentence.upperBound && isNumber(end) { end += 1 }
        return record(i..<end, .place)
    }

    /// `Dreieck Hockenheim`, `Kreuz Walldorf`: a head marked `name` in `place-heads.txt` before a
    /// gazetteer place, both one place's name.
    private mutating func placeAfterHead(at i: Int, in sentence: Range<Int>) -> Int? {
        guard has(i, .placeHead), i + 1 < sentence.upperBound, isCoveredPlace(i + 1),
              let p = rules.placeHeads.find(scalars, words[i].range), rules.placeHeads.value(at: p) == 2
        else { return nil }
        var end = i + 2
        while end < sentence.upperBound && isCoveredPlace(end) { end += 1 }
        return record(i..<end, .place, absorbsCovered: true)
    }

    /// A capitalised word in -er that is no listed common word (`Potsdamer`, `Kölner`).
    func isPlaceAdjective(_ k: Int) -> Bool {
        let r = words[k].range
        return r.count > 4 && scalars[r.upperBound - 2] == "e" && scalars[r.upperBound - 1] == "r"
            && !isStop(k) && !has(k, .commonWord)
    }

    /// A house or road number (`90c`, `216`) written as its own word.
    func isNumber(_ k: Int) -> Bool {
        let w = words[k]
        guard let first = scalars[w.start].properties.numericType, first == .decimal else { return false }
        return w.end - w.start <= 5 && scalars[w.end - 1] != "."
    }

    /// A listed common noun, or a word with a noun ending (`Zukunft`, `Regierung`, `Lehrer`).
    @inline(__always)
    func looksLikeCommonNoun(_ k: Int) -> Bool {
        has(k, .commonWord)
            || has(k, .nounEnding)
    }

    /// `Kanton Baselland`, `des Landkreises Wunsiedel`, `Gemeinde Bad Wiessee`, `die Dörfer Hokkala,
    /// Kumpula und Oikari`: a place descriptor, then one capitalised word (two after a place prefix)
    /// that does not look like a common noun, or a list of such names and gazetteer places joined
    /// by commas and conjunctions; the descriptor is not part of a name.
    mutating func placeAfterDescriptor(at i: Int, in sentence: Range<Int>) -> Int? {
        guard words[i].shape == .capitalized, isFree(i), has(i, .placeDescriptor) else { return nil }
        var found: [Range<Int>] = []
        var k = i + 1
        var end = k
        while let item = placeListItem(at: k, in: sentence) {
            if !item.isCovered { found.append(item.words) }
            end = item.words.upperBound
            guard end + 1 < sentence.upperBound, word(end, isMark: ",") || has(end, .conjunction) else { break }
            k = end + 1
        }
        guard !found.isEmpty else { return nil }
        for name in found { _ = record(name, .place) }
        taken[i] = true
        return end
    }

    /// A place in a list after a place descriptor: a gazetteer place, or a capitalised word (two
    /// after a place prefix) that does not look like a common noun, a first name or an
    /// organisation, and that no capitalised word or genitive article follows.
    private func placeListItem(at k: Int, in sentence: Range<Int>) -> (words: Range<Int>, isCovered: Bool)? {
        guard k < sentence.upperBound else { return nil }
        if isCoveredPlace(k) {
            var end = k + 1
            while end < sentence.upperBound && isCoveredPlace(end) { end += 1 }
            return (k..<end, true)
        }
        guard isNamePart(k), !isCue(k) else { return nil }
        var end = k + 1
        if has(k, .placePrefix) {
            guard end < sentence.upperBound, isNamePart(end) else { return nil }
            end += 1
        } else {
            guard !looksLikeCommonNoun(k), !has(k, .firstName), !has(k, .organizationHead),
                  !has(k, .organizationHeadCompound) else { return nil }
        }
        if end < sentence.upperBound && (words[end].isName || has(end, .nounFollower)) { return nil }
        return (k..<end, false)
    }

    /// `München/Hamburg`, `Odenhausen/Lahn`, `Ringethal/Falkenhain`: a place (a gazetteer's, or a
    /// word with a place ending), a slash and another capitalised word, all written without
    /// spaces, are one place (as GermEval 2014 marks them).
    mutating func placePair(at i: Int, in sentence: Range<Int>) -> Int? {
        guard isCoveredPlace(i) || (isNamePart(i) && has(i, .placeEnding) && !has(i, .commonWord)),
              i + 2 < sentence.upperBound, word(i + 1, isMark: "/"),
              words[i + 1].start == words[i].end, words[i + 2].start == words[i + 1].end,
              isCoveredPlace(i + 2) || isNamePart(i + 2) else { return nil }
        // a third part (`AFP/SID/Reuters`) makes a list of sources, not a place
        if i + 3 < sentence.upperBound && word(i + 3, isMark: "/") { return nil }
        return record(i..<(i + 3), .place, absorbsCovered: true)
    }

    /// `A 7`, `A1`, `B 27`: a road letter listed as a road head of `place-heads.txt`, with its
    /// number in the same word or as the next word.
    mutating func roadWithLetter(at i: Int, in sentence: Range<Int>) -> Int? {
        let r = words[i].range
        guard isFree(i), LetterCase.isUppercase(scalars[r.lowerBound]),
              let p = rules.placeHeads.find(scalars, r.lowerBound..<(r.lowerBound + 1)),
              rules.placeHeads.value(at: p) == 1 else { return nil }
        let digits = (r.lowerBound + 1)..<r.upperBound
        if !digits.isEmpty {
            guard digits.count <= 3, digits.allSatisfy({ scalars[$0].properties.numericType == .decimal })
            else { return nil }
            return record(i..<(i + 1), .place)
        }
        guard i + 1 < sentence.upperBound, isFree(i + 1), isNumber(i + 1), words[i + 1].end - words[i + 1].start <= 3,
              words[i + 1].range.allSatisfy({ scalars[$0].properties.numericType == .decimal }) else { return nil }
        return record(i..<(i + 2), .place)
    }
}

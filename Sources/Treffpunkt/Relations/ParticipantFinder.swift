/// Finds the participants of a meeting clause: named persons and organisations, group nouns
/// (`eine Delegation des Freistaats`), role nouns (`der Papst`), pronouns (`er`, `ihrem Besuch`)
/// and counted references (`die beiden Präsidenten`), each with the marker that attaches it.
/// A class, built once per document: its methods and closures share its arrays without copying them.
final class ParticipantFinder {
    let document: Document
    let lexicon: MeetingLexicon
    let facts: TokenFacts
    let references: ReferenceResolver
    /// Which entities are never a side (media, news agencies).
    let entityFacts: DocumentEntityFacts

    init(document: Document, lexicon: MeetingLexicon, facts: TokenFacts, references: ReferenceResolver, entityFacts: DocumentEntityFacts) {
        self.document = document
        self.lexicon = lexicon
        self.facts = facts
        self.references = references
        self.entityFacts = entityFacts
    }

    /// The participants of `clause` in text order; may add group entities to the document.
    /// `partners`: word ids of further prepositions that mark the partner in this frame (`auf` of `treffen auf`).
    func participants(in clause: Range<Int>, trigger: Int, partners: [Int] = [], document: inout Document) -> [Participant] {
        var result: [Participant] = []
        /// The entities taken so far: a clause names few, so an array is searched (no hashing, no set storage).
        var seen: [Int] = []
        /// After a topic word behind the trigger (`berieten über das Abkommen zwischen der EU und …`)
        /// only a `mit` partner is still a side.
        var inTopic = false
        /// Inside a fronted phrase with a topic word before the clause's verb (`Im Streit um den Abbau
        /// von Stellen beim Zulieferer X hat …`): no name there is a side.
        var fronted = false
        // Only a clause with a topic word before its trigger can have such a phrase.
        var verbSeen = !(clause.lowerBound..<trigger).contains { facts.has(.topicAfter, $0) }
        /// The end of the latest name that is no side (`Für CDU und CSU`: CSU is none either).
        var excludedEnd = -1
        /// Names before this token are a role noun's attribute (`die Vorsitzenden der Fraktionen von Union und SPD, X`).
        var attributeUntil = -1
        func add(_ entity: Int, _ start: Int, _ end: Int, counted: Bool = false, pronoun: Bool = false) {
            if let opener = leaderPhrase(before: start, clause: clause), let group = result.last, group.end == opener, !group.isPronoun {
                // "Eine Delegation des Bundestages unter Leitung von X": X stands for the group it leads.
                result.removeLast()
                if !seen.contains(entity) {
                    seen.append(entity)
                    result.append(Participant(entity: entity, start: group.start, end: end, marker: group.marker))
                }
                return
            }
            var marker = marker(before: start, clause: clause, partners: partners)
            if marker == .plain, start > 0, start - 1 == excludedEnd, facts.has(.coordinator, start - 1) { marker = .excluded }
            if marker == .excluded { excludedEnd = end }
            // An object pronoun (`empfing ihn der Bürgermeister`) is the partner.
            if pronoun, marker == .plain, facts.has(.objectArticle, start) { marker = .partner }
            guard marker != .excluded, !fronted, start >= attributeUntil, !inTopic || marker == .partner, !seen.contains(entity) else { return }
            seen.append(entity)
            result.append(Participant(entity: entity, start: start, end: end, marker: marker, isCountedGroup: counted, isPronoun: pronoun))
        }
        var i = clause.lowerBound
        while i < clause.upperBound {
            // "die Spitze des Verbands, darunter X": a list word that goes on naming parties opens no topic.
            if i > trigger, facts.has(.topicAfter, i), !facts.has(.continuation, i) { inTopic = true }
            if i < trigger, !verbSeen {
                if isVerbLike(i) {
                    verbSeen = true
                    fronted = false
                } else if facts.has(.topicAfter, i), !facts.has(.continuation, i) {
                    fronted = true
                }
            }
            let m = facts.mention[i]
            if m >= 0 {
                let mention = document.mentions[Int(m)]
                let end = min(max(mention.tokens.upperBound, i + 1), clause.upperBound)
                if isParticipant(mention, document: document, clause: clause) {
                    add(mention.entity, i, end)
                }
                i = end
                continue
            }
            if let (g, length) = facts.group[i] {
                let (entity, end) = groupEntity(g, at: i, length: length, clause: clause, document: &document)
                add(entity, i, end)
                i = end
                continue
            }
            if facts.role[i] >= 0, facts.mention[i] < 0, let name = nameAfter(i, clause: clause, document) {
                // "die Vorsitzenden der Fraktionen von Union und SPD, X und Y": the parties are the names;
                // what stands between is the role's attribute.
                attributeUntil = name
            }
            if facts.has(.guest, i), let d = determiner(before: i, clause: clause), !nameFollows(i, clause: clause, document) {
                // "Y empfing seinen Gast", "Am Abend traf der Gast Z": the latest person named before who is no side yet.
                if let e = references.person(before: i, excluding: Set(result.map(\.entity)), female: true, male: true) { add(e, d, i + 1) }
            } else if facts.role[i] >= 0, let d = determiner(before: i, clause: clause), !nameFollows(i, clause: clause, document),
               // "der Ministerpräsident" may mean the story's main person; "der deutsche Botschafter" is someone new.
               let e = references.person(withRole: Int(facts.role[i]), before: i, excluding: Set(result.map(\.entity)),
                                         fallback: d == i - 1 && facts.has(.article, d),
                                         scope: ReferenceResolver.parts(of: i, document))
                // "X empfing seinen österreichischen Amtskollegen": someone named before who is no side yet.
                ?? (facts.has(.possessive, d) ? references.person(before: i, excluding: Set(result.map(\.entity)), female: true, male: true) : nil) {
                add(e, d, i + 1)
            } else if let count = countedReference(at: i, clause: clause, trigger: trigger) {
                var end = i + 1
                if end < clause.upperBound, isCapitalisedWord(end, document) { end += 1 }
                // "Am Vorabend empfängt X die beiden Regierungschefs": the two named before, not X; but
                // "X und Y, die beiden Präsidenten" are the two of the clause.
                let named = Set(result.map(\.entity))
                var counted = references.lastPersons(count, before: i)
                if !counted.allSatisfy(named.contains) { counted = references.lastPersons(count, before: i, excluding: named) }
                for e in counted { add(e, i, end, counted: true) }
                i = end
                continue
            } else if facts.has(.plural, i), isPersonalPronoun(i, document), isPluralVerb(trigger, document),
                      let group = references.lastCoordinatedPersons(before: i, facts: facts, document: document) {
                // "Scholz und Macron reisten nach Kiew. Dort trafen sie Selenskyj."
                for e in group { add(e, i, i + 1, pronoun: true) }
            } else if isPersonalPronoun(i, document) || isPossessiveOfTrigger(i, trigger: trigger) {
                // A personal pronoun never stands for a name of its own clause; a possessive may.
                let exclude = isPossessiveOfTrigger(i, trigger: trigger) ? [] : Set(result.filter { !$0.isPronoun }.map(\.entity))
                if let e = references.person(before: i, excluding: exclude, female: facts.has(.female, i) || facts.has(.possessiveFemale, i),
                                              male: facts.has(.male, i) || facts.has(.possessiveMale, i)) {
                    add(e, i, i + 1, pronoun: true)
                }
            }
            i += 1
        }
        return result
    }

    /// Whether a person's name follows a role noun as its title or apposition (`den Erzbischof von
    /// Wien, Christoph Schönborn`): then the name, not the role noun, is the participant.
    /// Over another preposition (`Die Ratsvorsitzende der Kirche in Deutschland, Bischöfin X`) only
    /// an apposition after a comma counts: `der Erzbischof im Parlament Präsident X` names someone else.
    private func nameFollows(_ i: Int, clause: Range<Int>, _ document: Document) -> Bool {
        nameAfter(i, clause: clause, document) != nil
    }

    /// The first token of the name that a role noun's title or apposition leads to, if any.
    private func nameAfter(_ i: Int, clause: Range<Int>, _ document: Document) -> Int? {
        var comma = false, preposition = false
        for k in (i + 1)..<min(clause.upperBound, i + 12) {
            if facts.mention[k] >= 0 {
                if document.entities[document.mentions[Int(facts.mention[k])].entity].type == .person { return comma || !preposition ? k : nil }
                continue
            }
            let t = document.tokens[k]
            let isComma = t.kind == .punctuation && document.scalars[t.start] == ","
            let capitalised = t.kind == .word && LetterCase.isUppercase(document.scalars[t.start])
            comma = comma || isComma
            if facts.has(.preposition, k) && !facts.has(.agentPreposition, k) {
                if facts.has(.partnerPreposition, k) || facts.has(.betweenPreposition, k) { return nil }
                preposition = true
                continue
            }
            // "die Vorsitzenden der Fraktionen von Union und SPD, X und Y"
            if !(isComma || capitalised || facts.has(.article, k) || facts.has(.agentPreposition, k)
                  || (isTitleOrAdjective(k) && facts.classes[k].bits == 0) || facts.has(.coordinator, k)
                  || facts.has(.both, k) || facts.has(.three, k) || facts.has(.four, k)) { return nil }
        }
        return nil
    }

    /// The article or possessive of a role noun (`der Papst`, `seinen österreichischen
    /// Amtskollegen`), over at most two adjectives.
    private func determiner(before i: Int, clause: Range<Int>) -> Int? {
        var k = i - 1
        while k >= clause.lowerBound && k >= i - 3 {
            if facts.has(.article, k) || facts.has(.possessive, k) { return k }
            if facts.classes[k].bits != 0 || facts.mention[k] >= 0 || !isTitleOrAdjective(k) { return nil }
            k -= 1
        }
        return nil
    }

    /// The other side of a meeting noun that names only its partner (`Ein Treffen mit Eberl fiel
    /// aus`, `Nach dem Treffen mit Macron sagte Scholz`): the nearest other person named in the
    /// sentence (sources included), a subject before one after a preposition (`Am Dienstag wird X
    /// von Y empfangen; danach ist ein Treffen mit Z geplant`: X); else the person named most often before.
    func implicitParty(for clause: Range<Int>, sentence: Range<Int>, excluding: Set<Int>, document: Document) -> Int? {
        var best: (attached: Bool, distance: Int, entity: Int)?
        for k in sentence where facts.mention[k] >= 0 {
            let m = document.mentions[Int(facts.mention[k])]
            guard document.entities[m.entity].type == .person, !excluding.contains(m.entity), m.tokens.lowerBound == k,
                  isParticipant(m, document: document, clause: sentence, allowSources: true) else { continue }
            let distance = clause.contains(k) ? 0 : k < clause.lowerBound ? clause.lowerBound - k : k - clause.upperBound
            let attached = marker(before: k, clause: sentence) != .plain
            if best == nil || (!attached && best!.attached) || (attached == best!.attached && distance < best!.distance) {
                best = (attached, distance, m.entity)
            }
        }
        if let best { return best.entity }
        return references.protagonist(before: clause.lowerBound, excluding: excluding)
    }

    /// A lower-case word that may be a finite verb: a form of the status classes (`hat`, `wurde`,
    /// `will`, `traf`), a meeting word, a past form in `-te`, or a word of no other shape (not an article,
    /// preposition, conjunction or adjective).
    private func isVerbLike(_ k: Int) -> Bool {
        let t = document.tokens[k]
        guard t.kind == .word, LetterCase.isLowercase(document.scalars[t.start]) else { return false }
        let c = facts.classes[k]
        if c.contains(.passiveAuxiliary) || c.contains(.perfectAuxiliary) || c.contains(.planned) || c.contains(.past) || c.contains(.participle) {
            return true
        }
        if facts.word[k] >= 0 && !lexicon.triggers(of: Int(facts.word[k])).isEmpty { return true }
        if c.contains(.article) || c.contains(.possessive) || c.contains(.preposition) || c.contains(.coordinator) { return false }
        let s = document.scalars
        if t.end - t.start > 3, s[t.end - 1] == "e" || s[t.end - 1] == "n", s[t.end - 2] == "t" || (s[t.end - 2] == "e" && s[t.end - 3] == "t") {
            return true
        }
        return !isTitleOrAdjective(k)
    }

    /// Whether the clause names a party by a role noun that stands for no one named (`hat die
    /// Oberbürgermeister der drei größten Städte empfangen`): no title of a name, no resolved reference.
    func hasUnresolvedRole(in clause: Range<Int>, participants: [Participant], document: Document) -> Bool {
        for k in clause where facts.role[k] >= 0 && facts.mention[k] < 0 {
            if participants.contains(where: { $0.start <= k && k < $0.end }) { continue }
            if k + 1 < clause.upperBound, facts.mention[k + 1] >= 0 { continue }
            if nameFollows(k, clause: clause, document) { continue }
            return true
        }
        return false
    }

    /// The persons a sentence names as possible sides, in text order, leaving out `excluding`.
    func persons(in sentence: Range<Int>, excluding: Set<Int>, document: Document) -> [Int] {
        var result: [Int] = []
        for k in sentence where facts.mention[k] >= 0 {
            let m = document.mentions[Int(facts.mention[k])]
            guard m.tokens.lowerBound == k, document.entities[m.entity].type == .person, !excluding.contains(m.entity),
                  !result.contains(m.entity), isParticipant(m, document: document, clause: sentence) else { continue }
            result.append(m.entity)
        }
        return result
    }

    /// The subject of the clause that governs an infinitive clause: the first person named with no
    /// preposition before `clause` in the sentence, else the latest person named before it.
    func governingSubject(before clause: Range<Int>, sentence: Range<Int>, excluding: Set<Int>, document: Document) -> Int? {
        for k in sentence.lowerBound..<clause.lowerBound where facts.mention[k] >= 0 {
            let m = document.mentions[Int(facts.mention[k])]
            guard document.entities[m.entity].type == .person, !excluding.contains(m.entity), m.tokens.lowerBound == k,
                  isParticipant(m, document: document, clause: sentence), marker(before: k, clause: sentence) == .plain else { continue }
            return m.entity
        }
        for k in sentence.lowerBound..<clause.lowerBound where (facts.has(.male, k) || facts.has(.female, k)) && isPersonalPronoun(k, document) {
            return references.person(before: k, excluding: excluding, female: facts.has(.female, k), male: facts.has(.male, k))
        }
        return nil
    }

    private func isCapitalisedWord(_ i: Int, _ document: Document) -> Bool {
        let t = document.tokens[i]
        return t.kind == .word && LetterCase.isUppercase(document.scalars[t.start]) && facts.mention[i] < 0
    }

    private func isPersonalPronoun(_ i: Int, _ document: Document) -> Bool {
        guard facts.has(.male, i) || facts.has(.female, i) else { return false }
        return LetterCase.isLowercase(document.scalars[document.tokens[i].start])
    }

    /// A verb form in `-en` (`trafen`, `treffen`, `kamen`): plural, so `sie` means several persons.
    private func isPluralVerb(_ trigger: Int, _ document: Document) -> Bool {
        let t = document.tokens[trigger]
        guard t.end - t.start > 3, LetterCase.isUppercase(document.scalars[t.start]) == false else { return false }
        return document.scalars[t.end - 1] == "n" && document.scalars[t.end - 2] == "e"
    }

    /// `ihrem Besuch`, `seinem ersten Treffen`: a possessive right before the trigger noun.
    private func isPossessiveOfTrigger(_ i: Int, trigger: Int) -> Bool {
        (facts.has(.possessiveMale, i) || facts.has(.possessiveFemale, i)) && trigger > i && trigger - i <= 2
    }

    /// `die beiden`, `beide`, `die drei`, `die nächste Sitzung der drei`: how many persons the phrase at `i` stands for.
    private func countedReference(at i: Int, clause: Range<Int>, trigger: Int) -> Int? {
        let n: Int
        if facts.has(.both, i) { n = 2 } else if facts.has(.three, i) { n = 3 } else if facts.has(.four, i) { n = 4 } else { return nil }
        // A genitive counts only right after the meeting noun, whose genitive names who meets.
        let afterArticle = i > clause.lowerBound && facts.has(.article, i - 1) && (!facts.has(.genitiveArticle, i - 1) || i - 2 == trigger)
        let afterMark = i > clause.lowerBound && document.tokens[i - 1].kind == .punctuation && document.scalars[document.tokens[i - 1].start] == "("
        let atStart = !afterMark && (i == clause.lowerBound || (i > clause.lowerBound && !facts.has(.article, i - 1) && facts.classes[i - 1].bits == 0 && n == 2))
        return afterArticle || (atStart && n == 2) ? n : nil
    }

    /// Whether a named mention can be a side: persons and organisations, not a compound's first
    /// part (`DFB-Präsident`), a party in parentheses, a genitive attribute or a source (`laut X`),
    /// nor one that begins before the clause.
    private func isParticipant(_ mention: Mention, document: Document, clause: Range<Int>, allowSources: Bool = false) -> Bool {
        let type = document.entities[mention.entity].type
        guard type == .person || type == .organization, !entityFacts.isNonParticipant(mention.entity) else { return false }
        let first = mention.tokens.lowerBound, last = mention.tokens.upperBound - 1
        // A mention that begins before the clause (one running over a sentence boundary) is not its side.
        guard first >= clause.lowerBound else { return false }
        if mention.end < document.scalars.count, document.scalars[mention.end] == "-" { return false }
        if first < document.tokens.count, mention.start > document.tokens[first].start { return false }
        var k = first - 1
        while k >= max(clause.lowerBound, first - 4) {
            let t = document.tokens[k]
            if t.kind == .punctuation, document.scalars[t.start] == ")" { break }
            if t.kind == .punctuation, document.scalars[t.start] == "(" {
                // "die Konferenz der kantonalen Polizeidirektoren (KKJPD)": an organisation in parentheses
                // after a noun that is no person or role names that noun; "Merz (CDU)" gives the party.
                return type == .organization && k == first - 1 && last + 1 < document.tokens.count
                    && document.tokens[last + 1].kind == .punctuation && document.scalars[document.tokens[last + 1].start] == ")"
                    && k - 1 >= clause.lowerBound && isNamedByParentheses(k - 1, document: document)
            }
            k -= 1
        }
        if !allowSources {
            for k in max(clause.lowerBound, first - 5)..<first where facts.has(.reporting, k)
                && !StatusFinder.isSplitCancelVerb(k, clause: clause, facts: facts, tokens: document.tokens) { return false }
        }
        if type == .organization, last + 1 < clause.upperBound, facts.mention[last + 1] >= 0,
           document.entities[document.mentions[Int(facts.mention[last + 1])].entity].type == .person {
            return false
        }
        // A genitive after a noun is its attribute (`Vertreter des Ministeriums`), except after a
        // meeting noun, whose genitive names who meets (`eine Sitzung des Ministerrats`).
        if type == .organization, isAttributeOfRole(first, clause: clause, document: document) {
            return false  // "die Vorsitzenden von Verdi und IG Metall": attributes of the role
        }
        // `das Stahlwerk von Thyssenkrupp`: an organisation after `von` that follows an article and
        // a common noun (no role, group or meeting noun) is that noun's attribute, too.
        if type == .organization, first - 3 >= clause.lowerBound, facts.has(.agentPreposition, first - 1),
           isCapitalisedWord(first - 2, document), facts.has(.article, first - 3), facts.role[first - 2] < 0,
           facts.group[first - 2] == nil, facts.word[first - 2] < 0 || lexicon.triggers(of: Int(facts.word[first - 2])).isEmpty {
            return false
        }
        if first - 2 >= clause.lowerBound, facts.has(.genitiveArticle, first - 1), isCapitalisedWord(first - 2, document),
           type == .organization || facts.role[first - 2] < 0, facts.group[first - 2] == nil,
           facts.word[first - 2] < 0 || lexicon.triggers(of: Int(facts.word[first - 2])).isEmpty {
            return false
        }
        return true
    }

    /// Whether the token before an opening parenthesis ends a noun that the parenthesis names: a
    /// capitalised word or a hyphenated word part (`-direktoren`) that is no name, role or title.
    private func isNamedByParentheses(_ k: Int, document: Document) -> Bool {
        let t = document.tokens[k]
        guard t.kind == .word, facts.mention[k] < 0, facts.role[k] < 0, facts.group[k] == nil else { return false }
        let first = document.scalars[t.start]
        return LetterCase.isUppercase(first) || first == "-"
    }

    /// Whether the organisation at `first` follows `von` after a role noun, directly or as a later
    /// member of a list (`die Vorsitzenden von Verdi und IG Metall`).
    private func isAttributeOfRole(_ first: Int, clause: Range<Int>, document: Document) -> Bool {
        var k = first - 1
        while k - 1 >= clause.lowerBound {
            if facts.has(.agentPreposition, k) { return facts.role[k - 1] >= 0 }
            let isComma = document.tokens[k].kind == .punctuation && document.scalars[document.tokens[k].start] == ","
            guard facts.has(.coordinator, k) || isComma, facts.mention[k - 1] >= 0 else { return false }
            let m = document.mentions[Int(facts.mention[k - 1])]
            guard document.entities[m.entity].type == .organization else { return false }
            k = m.tokens.lowerBound - 1
        }
        return false
    }

    /// The first token of a `leader` phrase before the name at `start` (`unter der Leitung von`,
    /// `, angeführt von`, over titles: `unter Leitung von Bundestagspräsidentin X`), if any.
    private func leaderPhrase(before start: Int, clause: Range<Int>) -> Int? {
        var k = start - 1
        while k > clause.lowerBound && k >= start - 4 && !facts.has(.agentPreposition, k) {
            guard facts.has(.article, k) || isTitleOrAdjective(k) else { return nil }
            k -= 1
        }
        guard k > clause.lowerBound, facts.has(.agentPreposition, k), facts.has(.leader, k - 1) else { return nil }
        var opener = k - 1
        // "unter der Leitung", "unter Führung"; a comma before a participle (", angeführt von").
        while opener - 1 >= clause.lowerBound && opener >= k - 3 && (facts.has(.article, opener - 1) || facts.has(.preposition, opener - 1)) { opener -= 1 }
        if opener - 1 >= clause.lowerBound, document.tokens[opener - 1].kind == .punctuation, document.scalars[document.tokens[opener - 1].start] == "," { opener -= 1 }
        return opener
    }

    /// Whether the participant at `start` is attached by `mit`/`bei`, `von`, `zwischen`, an object
    /// article, or not at all; looks back over titles, adjectives and articles.
    private func marker(before start: Int, clause: Range<Int>, partners: [Int] = [], apposition: Bool = true) -> Participant.Marker {
        var k = start - 1
        var steps = 0
        var objectArticle = false
        while k >= clause.lowerBound && steps < 8 {
            let c = facts.classes[k]
            if apposition, steps == 0, document.tokens[k].kind == .punctuation, document.scalars[document.tokens[k].start] == ",",
               let head = appositionHead(before: k, clause: clause) {
                // "mit dem Vorsitzenden der Gemeinde in Espelkamp, Mehmet Aydın": the name has its role noun's marker.
                return marker(before: head, clause: clause, partners: partners, apposition: false)
            }
            if c.contains(.partnerPreposition) || (facts.whole[k] && partners.contains(Int(facts.word[k]))) {
                return k > clause.lowerBound && facts.has(.companionAdverb, k - 1) ? .companion : .partner
            }
            if c.contains(.agentPreposition) { return .agent }
            if c.contains(.betweenPreposition) { return .between }
            if c.contains(.preposition) || (c.contains(.topicAfter) && !c.contains(.continuation)) { return .excluded }
            if c.contains(.article) || c.contains(.possessive) {
                if c.contains(.objectArticle) { objectArticle = true }
            } else if c.bits != 0 || facts.mention[k] >= 0 || !isTitleOrAdjective(k) {
                break
            }
            k -= 1
            steps += 1
        }
        return objectArticle ? .partner : .plain
    }

    /// The role noun whose apposition follows the comma at `comma` (`den Bürgermeister der Stadt, X`):
    /// within eight words back over its genitive and place attributes, with no name, verb or other mark between.
    private func appositionHead(before comma: Int, clause: Range<Int>) -> Int? {
        var k = comma - 1
        while k >= clause.lowerBound && k >= comma - 8 {
            if facts.role[k] >= 0 && facts.mention[k] < 0 { return k }
            let t = document.tokens[k]
            if t.kind == .punctuation { return nil }
            if facts.mention[k] >= 0, document.entities[document.mentions[Int(facts.mention[k])].entity].type == .person { return nil }
            let c = facts.classes[k]
            let capitalised = t.kind == .word && LetterCase.isUppercase(document.scalars[t.start])
            if !(capitalised || c.contains(.article) || c.contains(.preposition) || isTitleOrAdjective(k)) { return nil }
            k -= 1
        }
        return nil
    }

    /// A role noun (`Präsident`), an adjective (`stellvertretenden`, `Vorarlberger`), a feminine
    /// title (`Gemeinderätin`) or a name part that may stand between a name and its article or preposition.
    private func isTitleOrAdjective(_ k: Int) -> Bool {
        if facts.role[k] >= 0 { return true }
        if facts.word[k] >= 0 && !lexicon.triggers(of: Int(facts.word[k])).isEmpty { return false }
        let t = document.tokens[k]
        guard t.kind == .word else { return false }
        let s = document.scalars
        let last = s[t.end - 1], before = t.end - t.start > 2 ? s[t.end - 2] : " "
        if LetterCase.isLowercase(s[t.start]) {
            return last == "e" || (before == "e" && (last == "n" || last == "r" || last == "s" || last == "m"))
        }
        return (before == "e" && last == "r") || (before == "i" && last == "n" && t.end - t.start > 5)
    }

    /// The group entity for a group noun phrase, with its genitive complement when the group takes one.
    private func groupEntity(_ g: Int, at i: Int, length: Int, clause: Range<Int>, document: inout Document) -> (Int, Int) {
        let noun = lexicon.groups[g]
        var end = i + length
        var name = noun.name
        var id = noun.id
        // A group named before ("eine Delegation des Freistaats" … "die Delegation") is the same group.
        let prefix = noun.id + "-"
        let earlier = document.entities.lastIndex { $0.id == noun.id || $0.id.hasPrefix(prefix) }
        if noun.takesGenitive, end + 1 < clause.upperBound, facts.has(.genitiveArticle, end) {
            var k = end + 1
            while k < clause.upperBound, k - end <= 4 {
                let t = document.tokens[k]
                guard t.kind == .word else { break }
                if LetterCase.isUppercase(document.scalars[t.start]) {
                    k += 1
                    while k + 1 < clause.upperBound, document.tokens[k].start == document.tokens[k - 1].end,
                          document.tokens[k + 1].start == document.tokens[k].end, document.scalars[document.tokens[k].start] == "-" {
                        k += 2
                    }
                    if facts.mention[k - 1] >= 0 {
                        let m = document.mentions[Int(facts.mention[k - 1])]
                        k = max(k, min(m.tokens.upperBound, clause.upperBound))
                    } else if k < clause.upperBound, facts.mention[k] >= 0,
                              document.mentions[Int(facts.mention[k])].tokens.lowerBound == k,
                              document.entities[document.mentions[Int(facts.mention[k])].entity].type != .person {
                        // "eine Delegation der Provinz Guangdong": the noun's name belongs to the genitive.
                        k = min(document.mentions[Int(facts.mention[k])].tokens.upperBound, clause.upperBound)
                    }
                    break
                }
                k += 1
            }
            if k > end + 1, LetterCase.isUppercase(document.scalars[document.tokens[k - 1].start]) {
                end = k
                name = document.text(document.tokens[i].start, document.tokens[end - 1].end)
                id = "organization/~" + Slug.make(name)
            }
        }
        if let earlier, earlier < document.entities.count, document.entities[earlier].id != id {
            // Reuse the earlier group unless this phrase names another one (other genitive).
            if id == noun.id || document.entities[earlier].id == noun.id {
                id = document.entities[earlier].id
                name = document.entities[earlier].name
            }
        }
        let entity = document.addEntity(Entity(id: id, type: .organization, name: name))
        let start = document.tokens[i].start, stop = document.tokens[end - 1].end
        if !document.mentions.contains(where: { $0.start == start && $0.end == stop }) {
            document.mentions.append(Mention(start: start, end: stop, entity: entity, sentence: document.sentence(containingToken: i),
                                             tokens: i..<end, source: .rule))
        }
        return (entity, end)
    }
}

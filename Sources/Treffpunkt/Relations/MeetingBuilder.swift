/// Recognises meetings and merges their mentions per document.
///
/// Per sentence, trigger words and phrases from `Gazetteers/rules/meetings/triggers.tsv` are
/// found; each trigger's clause gives the sides (`ParticipantFinder`, `SideBuilder`), the place,
/// the date and the status. `MeetingMerger` then joins the mentions of one meeting across the
/// document and `TopicFinder` adds what it was about. Every meeting names its rules in its evidence.
public struct MeetingBuilder: Annotator {
    public let lexicon: MeetingLexicon
    public let gazetteerFacts: GazetteerFacts

    public init(configuration: Configuration) throws {
        lexicon = try MeetingLexicon(configuration: configuration)
        gazetteerFacts = GazetteerFacts()
    }

    /// Also reads venues and offices from the compiled gazetteers.
    public init(configuration: Configuration, gazetteer: CompiledGazetteer) throws {
        lexicon = try MeetingLexicon(configuration: configuration)
        gazetteerFacts = GazetteerFacts(gazetteer: gazetteer, lexicon: lexicon)
    }

    public func annotate(_ document: inout Document) {
        guard !document.tokens.isEmpty, !document.sentences.isEmpty else { return }
        let facts = TokenFacts(document: document, lexicon: lexicon)
        guard !facts.triggers.isEmpty else { return }
        let mentionCount = document.mentions.count
        let mentions = findMentions(facts: facts, document: &document)
        if mentions.isEmpty {
            // No mention, no meeting: the topics, the dateline and the merging are not needed.
            document.meetings = []
        } else {
            let topics = TopicFinder(lexicon: lexicon, facts: facts, document: document, busy: Set(mentions.map(\.sentence)))
            let dateline = Dateline.place(in: document, facts: facts)
            document.meetings = MeetingMerger(facts: facts, lexicon: lexicon, dateline: dateline).merge(mentions, topics: topics, document: document)
            mapVenues(&document, dateline: dateline)
        }
        if document.mentions.count != mentionCount {
            document.mentions.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        }
    }

    /// Every trigger that passes its frame's conditions, as a mention with sides, place, date and status.
    func findMentions(facts: TokenFacts, document: inout Document) -> [MeetingMention] {
        var result: [MeetingMention] = []
        let splitter = ClauseSplitter(document: document, facts: facts)
        let entityFacts = DocumentEntityFacts(gazetteer: gazetteerFacts, document: document)
        let finder = ParticipantFinder(document: document, lexicon: lexicon, facts: facts,
                                       references: ReferenceResolver(document: document, facts: facts, entityFacts: entityFacts),
                                       entityFacts: entityFacts)
        let sideBuilder = SideBuilder(facts: facts)
        let statusFinder = StatusFinder(facts: facts, tokens: document.tokens)
        let placeAndTime = PlaceAndTime(facts: facts, entityFacts: entityFacts)
        var clausesBySentence = [[Range<Int>]?](repeating: nil, count: document.sentences.count)
        var covered = -1
        // The first tokens of clauses of each kind; a document has few, so arrays are searched.
        var nonMeetingClauses: [Int] = []
        /// Clauses with a companion (`Zu dem Gespräch brachte sie X mit`): their meeting words only refer back.
        var companionClauses: [Int] = []
        /// Clauses with a joining party (`An dem Treffen nahm auch X teil`): the party joins, it does not name the meeting's sides.
        var joinClauses: [Int] = []
        var candidates: [(trigger: Int, length: Int, rule: Int, sentence: Int, clause: Range<Int>)] = []
        var lastToken = -1
        for (token, length, r) in facts.triggers {
            // Several rules may start at one token (`zu Gast` with `bei` or with `hat`); the first whose frame holds wins.
            guard token >= covered || token == lastToken else { continue }
            lastToken = token
            let s = document.sentence(containingToken: token)
            if clausesBySentence[s] == nil { clausesBySentence[s] = splitter.clauses(of: document.sentences[s]) }
            guard let clause = clausesBySentence[s]!.first(where: { $0.contains(token) }) else { continue }
            covered = max(covered, token + length)
            switch lexicon.rules[r].kind {
            case .nonMeeting: nonMeetingClauses.append(clause.lowerBound)
            case .companion: companionClauses.append(clause.lowerBound)
            case .join: joinClauses.append(clause.lowerBound)
            case .verb, .noun, .phrase: break
            }
            candidates.append((token, length, r, s, clause))
        }
        let gapped = gappedJoins(candidates, clauses: clausesBySentence, facts: facts, document: document)
        for g in gapped {
            let at = candidates.firstIndex { $0.trigger > g.trigger } ?? candidates.count
            candidates.insert(g, at: at)
        }
        var producedAt = -1
        for c in candidates where c.trigger != producedAt {
            let rule = lexicon.rules[c.rule]
            var mention = MeetingMention(kind: .reference, rule: c.rule, sentence: c.sentence, trigger: c.trigger, clause: c.clause)
            if rule.kind == .nonMeeting {
                mention.kind = .nonMeeting
                result.append(mention)
                continue
            }
            if nonMeetingClauses.contains(c.clause.lowerBound) { continue }
            // A gapped clause (`…, für die SPD X und Y`) has its frame in the clause before.
            guard c.length == 0 || frameHolds(rule, trigger: c.trigger, clause: c.clause, facts: facts, document: document) else { continue }
            if rule.kind == .noun, companionClauses.contains(c.clause.lowerBound) {
                result.append(mention)
                continue
            }
            producedAt = c.trigger
            if statusFinder.isNegated(trigger: c.trigger, kind: rule.kind, clause: c.clause, sentence: document.sentences[c.sentence].tokens) { continue }
            let participants = finder.participants(in: c.clause, trigger: c.trigger, partners: rule.partners, document: &document)
            let passive = c.clause.contains { facts.has(.passiveAuxiliary, $0) }
            let mutual = rule.kind != .verb || c.clause.contains { facts.has(.reflexive, $0) }
            mention.sides = sideBuilder.sides(participants, rule: rule, passive: passive, mutualClause: mutual, document: document)
            mention.hasUnnamedParty = rule.kind == .noun && hasUnnamedGenitive(after: c.trigger, clause: c.clause, facts: facts, document: document)
            if mention.sides.count == 1, rule.kind == .verb || rule.kind == .noun, c.sentence + 1 < document.sentences.count,
               !candidates.contains(where: { $0.sentence == c.sentence + 1 }), !PlaceAndTime.paragraphBreak(after: c.sentence, document),
               finder.hasUnresolvedRole(in: c.clause, participants: participants, document: document) {
                // "X hat die Oberbürgermeister der drei größten Städte empfangen. Neben A waren B und C
                // gekommen.": the next sentence, which tells no meeting of its own, names the other side.
                let listed = finder.persons(in: document.sentences[c.sentence + 1].tokens, excluding: Set(mention.sides[0]), document: document)
                if !listed.isEmpty { mention.sides.append(listed) }
            }
            if mention.sides.count == 1, rule.kind == .verb, c.clause.lowerBound > document.sentences[c.sentence].tokens.lowerBound,
               StatusFinder.isInfinitive(trigger: c.trigger, facts: facts),
               let subject = finder.governingSubject(before: c.clause, sentence: document.sentences[c.sentence].tokens,
                                                     excluding: Set(mention.sides[0]), document: document) {
                // "Y kündigte an, nach Peking zu reisen, um dort X zu treffen": Y meets X.
                mention.sides.insert([subject], at: 0)
            } else if mention.sides.count == 1, participants.allSatisfy({ $0.marker == .partner }), rule.kind != .join, rule.kind != .companion,
                      !mention.hasUnnamedParty,
               let other = finder.implicitParty(for: c.clause, sentence: document.sentences[c.sentence].tokens,
                                                excluding: Set(mention.sides[0]), document: document) {
                // "Ein Treffen mit Eberl fiel aus": the other side is the sentence's or story's subject.
                mention.sides.insert([other], at: 0)
            }
            mention.isSymmetric = rule.reciprocal && mention.sides.count >= 2 && mention.sides.allSatisfy { $0.count == 1 }
                && !participants.contains { $0.marker == .partner || $0.marker == .agent }
            mention.pronouns = participants.filter(\.isPronoun).map(\.entity)
            mention.isReception = rule.subjectIsHost
            mention.named = participants.filter { facts.mention[$0.start] >= 0 }.map(\.entity)
            // "ein weiteres Gespräch", "ein Folgetreffen"; a verb's clause: "wollen erneut zusammenkommen".
            // A verb's clause must name its parties by a name, pronoun or `die Runde` (`wollen Vorstand
            // und Betriebsrat erneut verhandeln` names some of them by nouns it cannot resolve).
            mention.repeats = rule.kind == .noun
                ? (max(c.clause.lowerBound, c.trigger - 2)...c.trigger).contains { facts.has(.repetition, $0) }
                    || mention.sides.isEmpty && isResumed(trigger: c.trigger, clause: c.clause, facts: facts)
                : c.clause.contains { facts.has(.repetition, $0) } && !participants.isEmpty
            mention.kind = mention.sides.count >= 2 ? .meeting : mention.sides.count == 1 ? .partial : .reference
            mention.pointsBack = rule.kind == .noun && c.trigger > c.clause.lowerBound && facts.has(.anaphoricDeterminer, c.trigger - 1)
            var subjectPlace: Int?
            // Also a meeting noun right after an article (`Bei einem Arbeitstreffen im Rathaus ging es um …`).
            let afterArticle = rule.kind == .noun && c.trigger > c.clause.lowerBound && facts.has(.article, c.trigger - 1)
            if mention.pointsBack || afterArticle, c.sentence > 0,
               mention.kind == .reference || mention.kind == .partial && joinClauses.contains(c.clause.lowerBound) {
                let previous = document.sentences[c.sentence - 1].tokens
                if let subject = CoordinatedSubject.persons(of: previous, facts: facts, document: document) {
                    mention.previousSubject = subject.persons
                    // The place the subject's sentence names nearest its verb (`haben im Kanzleramt … unterzeichnet`).
                    subjectPlace = placeAndTime.place(in: previous, nearest: subject.end, document: document)
                }
            }
            if mention.kind == .reference {
                mention.isCompany = c.clause.contains { facts.has(.company, $0) && $0 > c.clause.lowerBound && facts.has(.article, $0 - 1) }
            }
            let sentence = document.sentences[c.sentence]
            mention.place = placeAndTime.place(trigger: c.trigger, clause: c.clause, clauses: clausesBySentence[c.sentence] ?? [], document: document,
                                               object: rule.placeObject)
                ?? cityAdjectivePlace(in: c.clause, facts: facts, document: &document) ?? subjectPlace
            mention.time = placeAndTime.time(trigger: c.trigger, clause: c.clause, sentence: c.sentence, document: document)
            (mention.status, mention.statusFromCue) = statusFinder.status(sentence: sentence.tokens, clause: c.clause, trigger: c.trigger, rule: rule)
            mention.isPast = statusFinder.isPast(c.clause)
            result.append(mention)
        }
        return result
    }

    /// A meeting noun told as the next meeting: a `resumption` word before it (`Das nächste Treffen`)
    /// or after it in its clause that is no `planned` cue (`Die Verhandlungen sollen … fortgesetzt
    /// werden`; not `in der kommenden Woche`).
    private func isResumed(trigger: Int, clause: Range<Int>, facts: TokenFacts) -> Bool {
        (max(clause.lowerBound, trigger - 2)..<trigger).contains { facts.has(.resumption, $0) }
            || (trigger..<clause.upperBound).contains { facts.has(.resumption, $0) && !facts.has(.planned, $0) }
    }

    /// Clauses without a verb that repeat the preposition opening a join clause before them
    /// (`Für die Union nahmen X und Y teil, für die SPD Z.`): each joins like that clause, by its
    /// rule; the repeated preposition stands for the trigger (token count 0: the frame was checked before).
    private func gappedJoins(_ candidates: [(trigger: Int, length: Int, rule: Int, sentence: Int, clause: Range<Int>)],
                             clauses: [[Range<Int>]?], facts: TokenFacts, document: Document)
        -> [(trigger: Int, length: Int, rule: Int, sentence: Int, clause: Range<Int>)] {
        var result: [(trigger: Int, length: Int, rule: Int, sentence: Int, clause: Range<Int>)] = []
        for c in candidates where lexicon.rules[c.rule].kind == .join && c.clause.contains(c.trigger) {
            let opener = c.clause.lowerBound
            guard facts.has(.preposition, opener), facts.word[opener] >= 0,
                  let next = clauses[c.sentence]?.first(where: { $0.lowerBound == c.clause.upperBound }),
                  next.count > 2, document.tokens[next.lowerBound].kind == .punctuation,
                  facts.word[next.lowerBound + 1] == facts.word[opener],
                  !candidates.contains(where: { next.contains($0.trigger) }),
                  !next.contains(where: { facts.has(.past, $0) || facts.has(.perfectAuxiliary, $0) || facts.has(.planned, $0) }) else { continue }
            result.append((next.lowerBound + 1, 0, c.rule, c.sentence, next))
        }
        return result
    }

    /// `ein Treffen aller Netzbetreiber mit dem Minister`: the meeting noun's genitive names a party
    /// that no name or group stands for, so its other side is not someone named elsewhere.
    private func hasUnnamedGenitive(after trigger: Int, clause: Range<Int>, facts: TokenFacts, document: Document) -> Bool {
        guard trigger + 2 < clause.upperBound, facts.has(.genitiveArticle, trigger + 1) else { return false }
        for k in (trigger + 2)..<min(clause.upperBound, trigger + 4) {
            if facts.mention[k] >= 0 || facts.group[k] != nil || facts.role[k] >= 0 || facts.has(.both, k) || facts.has(.three, k) || facts.has(.four, k) { return false }
            let t = document.tokens[k]
            if t.kind == .word, LetterCase.isUppercase(document.scalars[t.start]) { return true }
        }
        return false
    }

    /// A city named only by its adjective after a place preposition and an article, before a
    /// building (`in der Mainzer Staatskanzlei`, `in einem Münchner Hotel`, `im Frankfurter Römer`): the city.
    private func cityAdjectivePlace(in clause: Range<Int>, facts: TokenFacts, document: inout Document) -> Int? {
        guard !gazetteerFacts.cityAdjectives.isEmpty else { return nil }
        for k in clause where facts.has(.placePreposition, k) && k + 2 < clause.upperBound {
            // A preposition with its article (`in der`) or one that contains it (`im`).
            let adjective = facts.has(.article, k + 1) ? k + 2 : facts.has(.contractedPreposition, k) ? k + 1 : clause.upperBound
            guard adjective + 1 < clause.upperBound else { continue }
            let noun = document.tokens[adjective + 1]
            guard facts.mention[adjective] < 0, facts.mention[adjective + 1] < 0, noun.kind == .word,
                  LetterCase.isUppercase(document.scalars[noun.start]) else { continue }
            let t = document.tokens[adjective]
            guard t.kind == .word, t.end - t.start > 3, LetterCase.isUppercase(document.scalars[t.start]),
                  let city = gazetteerFacts.cityAdjectives[Array(document.scalars[t.start..<t.end])] else { continue }
            return document.addEntity(Entity(id: city.id, type: .place, name: city.name))
        }
        return nil
    }

    /// A meeting at a venue (Kreml) takes place in the venue's city (Moskau); the venue is kept.
    /// A venue that several cities have (`Bundeskanzleramt` in Berlin and Wien) lies in the
    /// dateline's city when the text never names the gazetteer's city (`Wien. … im Bundeskanzleramt`).
    /// A meeting in a district (`in Duisburg-Bruckhausen`) takes place in its city; one placed only
    /// in a country (`in Japan`) takes place in the dateline's city when that city lies in the country.
    private func mapVenues(_ document: inout Document, dateline: Int?) {
        for i in document.meetings.indices {
            if let p = document.meetings[i].place, let city = cityOfDistrict(document.entities[p]) {
                document.meetings[i].venue = p
                document.meetings[i].place = document.addEntity(Entity(id: city.id, type: .place, name: city.name))
                continue
            }
            if let p = document.meetings[i].place, let dateline, p != dateline,
               gazetteerFacts.countryOfCity[document.entities[dateline].id] == document.entities[p].id {
                document.meetings[i].place = dateline
                continue
            }
            guard let p = document.meetings[i].place, let city = gazetteerFacts.venues[document.entities[p].id] else { continue }
            document.meetings[i].venue = p
            if let dateline, document.entities[dateline].id != city.id,
               !document.mentions.contains(where: { document.entities[$0.entity].id == city.id }) {
                document.meetings[i].place = dateline
            } else {
                document.meetings[i].place = document.addEntity(Entity(id: city.id, type: .place, name: city.name))
            }
        }
    }

    /// The gazetteer city whose name opens a place found by the name rules, before a hyphen
    /// (`Duisburg-Bruckhausen`, `Berlin-Mitte`).
    private func cityOfDistrict(_ place: Entity) -> (id: String, name: String)? {
        // The hyphen first: most names have none, and it is the cheaper test.
        guard place.type == .place, let dash = place.name.firstIndex(of: "-"), place.isFoundByRule else { return nil }
        return gazetteerFacts.cityNames[String(place.name[..<dash])]
    }

    /// A separable verb needs its particle at the clause's end (`kam … zusammen.`); a frame with
    /// `requires=` needs one of its words in the clause (`sprach mit`).
    private func frameHolds(_ rule: TriggerRule, trigger: Int, clause: Range<Int>, facts: TokenFacts, document: Document) -> Bool {
        if let particle = rule.particle {
            var found = false
            for k in (trigger + 1)..<max(trigger + 1, clause.upperBound) where facts.word[k] == Int32(particle) && facts.whole[k] {
                let next = k + 1
                if next >= clause.upperBound || document.tokens[next].kind == .punctuation || facts.has(.planned, next)
                    || facts.has(.passiveAuxiliary, next) || facts.has(.past, next) {
                    found = true
                }
            }
            if !found { return false }
        }
        if !rule.requires.isEmpty {
            return clause.contains { k in facts.whole[k] && rule.requires.contains(Int(facts.word[k])) }
        }
        return true
    }
}

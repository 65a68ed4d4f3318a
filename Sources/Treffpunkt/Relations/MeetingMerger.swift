/// Joins the mentions of one meeting across a document.
///
/// A mention naming two sides joins an earlier meeting that has a pair of them on opposite sides
/// and no other date; otherwise it starts a meeting. A mention naming one side joins the latest
/// meeting with that party; a mention naming none (`Bei diesem Treffen`) joins the nearest
/// earlier contact (dropped when that was a phone call) or else the next meeting; `die Runde`
/// repeats the parties of the latest meeting. The same parties on two dates stay two meetings.
struct MeetingMerger {
    let facts: TokenFacts
    let lexicon: MeetingLexicon
    /// The article's dateline place (`Wien. …`): where a meeting takes place when nothing else says.
    var dateline: Int? = nil
    /// How many sentences after a meeting's latest mention a reference (`das Gespräch`) or a
    /// joining party (`mit von der Partie waren …`) may still belong to it.
    static let referenceDistance = 4
    /// How many sentences before a meeting that names no place may name it (`In Moskau …`).
    static let placeWindow = 3
    /// How many sentences before a meeting that names no date may name it (`Am Dienstag …`).
    static let timeWindow = 3

    func merge(_ mentions: [MeetingMention], topics: TopicFinder, document: Document) -> [Meeting] {
        var drafts: [MeetingDraft] = []
        /// The latest contact: a draft index, or -1 for a contact that is no meeting.
        var latest: Int?
        var latestSentence = 0
        /// The latest draft that took a mention.
        var latestDraft: Int?
        /// A party that holds a series of meetings (`eine Reihe von Gesprächen`), with the
        /// sentence of the series' latest meeting and its place and date.
        var series: (host: [Int], sentence: Int, place: Int?, time: Int?)?
        var pending: [Int] = []
        /// The clause of a meeting whose parties an invitation just before names (`… eingeladen. Am
        /// Mittwoch kamen A, B und C zusammen`), with the inviting side.
        var invited: (clause: Int, host: [Int])?
        /// Drafts that tell the parties of an earlier meeting meeting again (`erneut`, `Fortsetzung`, `vertagten sich auf`).
        var repeats = Set<Int>()
        func timeValue(_ t: Int?) -> String? { t.map { document.times[$0].value } }
        func compatible(_ d: MeetingDraft, _ m: MeetingMention) -> Bool {
            guard let a = timeValue(d.time), let b = timeValue(m.time) else { return isToldAgain(m) || !tenseConflict(d, m) }
            return a == b
        }
        for (index, original) in mentions.enumerated() {
            var mention = original
            defer {
                if let l = latest, l < 0 || drafts[l].mentions.last == index { latestSentence = mention.sentence }
            }
            // Paragraph breaks do not limit references: scraped text often has a blank line after every sentence.
            let near = mention.sentence - latestSentence <= MeetingMerger.referenceDistance
            let rule = lexicon.rules[mention.rule]
            // A join frame with its own partner preposition (`Die SPD war durch X vertreten`): only the partners join.
            if rule.kind == .join, !rule.partners.isEmpty, mention.sides.count >= 2 { mention.sides = [mention.sides[mention.sides.count - 1]] }
            if let (body, head) = headNamedNext(mention, document: document) {
                // "traf den Betriebsrat des Werks. Dessen Vorsitzende, X, …": X stands for the body.
                if let body {
                    mention.sides = mention.sides.map { side in side.map { $0 == body ? head : $0 } }
                } else {
                    mention.sides.append([head])
                    mention.kind = .meeting
                }
            }
            if rule.kind == .noun, isTopicAttribute(mention, document: document) { continue }
            /// "vertagten sich … auf den kommenden Montag": the date the meeting goes on.
            var followUp: Int?
            if facts.has(.adjournment, mention.trigger), mention.kind != .nonMeeting {
                (mention.time, followUp) = adjournmentTimes(mention, document: document)
                if mention.status != .cancelled { (mention.status, mention.statusFromCue, mention.isPast) = (.occurred, false, true) }
            }
            defer {
                if let followUp, let l = latestDraft, drafts[l].mentions.last == index, drafts[l].hasMeetingMention {
                    // The same parties meet again on the day the meeting was adjourned to.
                    var draft = MeetingDraft()
                    for side in drafts[l].sides() {
                        var m = mention
                        m.sides = [side.who, side.whom]
                        m.kind = .meeting
                        m.time = followUp
                        m.place = nil
                        (m.status, m.statusFromCue, m.isPast) = (.planned, true, false)
                        draft.add(m, index: index)
                    }
                    draft.mentions = [index]
                    drafts.append(draft)
                    repeats.insert(drafts.count - 1)
                }
            }
            let members = mention.members
            /// Starts a meeting of the series' host with the parties of `mention`.
            func seriesMeeting() -> Bool {
                guard let s = series, mention.sentence - s.sentence <= MeetingMerger.referenceDistance,
                      !members.isEmpty, !members.contains(where: s.host.contains) else { return false }
                var m = mention
                m.sides = [s.host, members]
                m.kind = .meeting
                if m.place == nil { m.place = s.place }
                if m.time == nil { m.time = s.time }
                var draft = MeetingDraft()
                draft.add(m, index: index)
                drafts.append(draft)
                latest = drafts.count - 1
                latestDraft = latest
                series!.sentence = mention.sentence
                return true
            }
            if rule.series, mention.kind == .partial {
                series = (members, mention.sentence, mention.place, mention.time)
                continue
            }
            if rule.kind == .companion {
                if let l = latest, l >= 0, near, !members.isEmpty {
                    drafts[l].accompany(mention, index: index)
                    latestDraft = l
                }
                continue
            }
            if rule.kind == .join {
                if seriesMeeting() { continue }
                if let l = latest, l >= 0, near, !members.isEmpty {
                    let first = drafts[l].mentions.first { mentions[$0].kind == .meeting }
                    drafts[l].join(mention, index: index, withHosts: rule.joinsHosts && first.map { lexicon.rules[mentions[$0].rule].subjectIsHost } ?? false)
                    latestDraft = l
                } else if !members.isEmpty, let p = pending.last, mentions[p].kind == .partial || mentions[p].kind == .reference,
                          mention.sentence - mentions[p].sentence <= 1, !members.contains(where: mentions[p].members.contains) {
                    // "eine Sitzung des Ministerrats, an der auch X teilnehmen soll"; "Die Spitzen der
                    // Parteien haben beraten. Für die eine nahm X teil, die andere war durch Y vertreten."
                    pending.removeLast()
                    var draft = MeetingDraft()
                    var first = mentions[p]
                    if lexicon.rules[first.rule].kind == .verb, lexicon.rules[first.rule].mutual,
                       !first.members.contains(where: { document.entities[$0].type == .person }),
                       members.allSatisfy({ document.entities[$0].type == .person }) {
                        // "Die Spitzen von Union und SPD haben beraten. Für CDU und CSU nahm X teil": the
                        // organisations that the subject of a mutual verb names are the parties the persons
                        // named next stand for, not a side of their own (a body met as a whole, `eine Sitzung des
                        // Ministerrats, an der X teilnimmt`, stays one).
                        first.sides = []
                    }
                    draft.add(first, index: p)
                    draft.join(mention, index: index)
                    draft.hasMeetingMention = true
                    // Its tense is the first mention's (`haben … beraten`): a later `erneut zusammenkommen` is another meeting.
                    draft.isPast = first.isPast
                    draft.firstSentence = first.sentence
                    drafts.append(draft)
                    latest = drafts.count - 1
                    latestDraft = latest
                }
                continue
            }
            if mention.repeats, mention.kind != .nonMeeting, mention.named.count <= 1, near, let l = latestDraft,
               drafts[l].hasMeetingMention, isRepeated(mention, drafts[l], document: document) {
                // "Ein weiteres Gespräch soll im Frühjahr folgen, dann auch mit X": the parties of the
                // latest meeting meet again, and a party named with it joins them.
                var draft = MeetingDraft()
                for side in drafts[l].sides() {
                    var m = mention
                    m.sides = [side.who, side.whom]
                    m.kind = .meeting
                    m.isSymmetric = drafts[l].isSymmetric
                    if !m.statusFromCue && !m.isPast { (m.status, m.statusFromCue) = (.planned, true) }
                    draft.add(m, index: index)
                }
                draft.mentions = [index]
                // A new party across from a party the clause names (`Y will erneut … mit X`) stands with that
                // party's partners; one named alone (`dann auch mit X`) stands with the hosts.
                let across = mention.sides.count >= 2 ? mention.sides[0].filter { draft.contains($0) && mention.named.contains($0) } : []
                let newcomers = mention.sides.dropFirst().flatMap { $0 }.filter { !draft.contains($0) }
                if !across.isEmpty, !newcomers.isEmpty {
                    draft.stand(newcomers, across: across)
                } else if !mention.members.allSatisfy(draft.contains) {
                    draft.join(mention, index: index, withHosts: true)
                    draft.mentions = [index]
                }
                drafts.append(draft)
                latest = drafts.count - 1
                latestDraft = latest
                repeats.insert(drafts.count - 1)
                continue
            }
            if mention.kind == .reference || mention.kind == .partial, latest == nil, !mention.isCompany, mention.previousSubject.count >= 2 {
                // "X und Y haben ein Abkommen unterzeichnet. An dem Treffen nahm auch Z teil.": a meeting
                // noun that points back to no earlier meeting meets the previous sentence's subject.
                mention.sides = mention.previousSubject.map { [$0] }
                mention.kind = .meeting
            }
            switch mention.kind {
            case .nonMeeting:
                // A letter (`in einem Brief an X`) leaves the latest meeting the one that `das Treffen` means.
                if !rule.written { latest = -1 }
            case .reference where mention.isCompany:
                guard let l = latestDraft else { break }
                let d = drafts[l]
                mention.sides = d.sides().flatMap { [$0.who, $0.whom] }
                mention.kind = .meeting
                fallthrough
            case .meeting:
                if rule.kind == .noun, let l = latestDraft, let guest = visitingGuest(of: mention, after: drafts[l], document: document) {
                    // "X hat Y empfangen. Am Donnerstag steht ein Treffen mit Z auf dem Programm": the guest's programme.
                    mention.sides[0] = [guest]
                }
                if mention.isSymmetric, let host = invitingHost(for: mention, clause: &invited, pending: &pending, mentions: mentions, document: document) {
                    // "X hat die Spitzen der Gewerkschaften eingeladen. Am Mittwoch kamen A, B und C zusammen.": X hosts them.
                    mention.sides = [host, mention.members.filter { !host.contains($0) }]
                    mention.isSymmetric = false
                }
                // The mention's pairs across sides, in an array: a mention has few, and each is looked up in the drafts' sets.
                var pairs: [UInt64] = []
                for (i, s) in mention.sides.enumerated() {
                    for t in mention.sides[(i + 1)...] { for a in s { for b in t { pairs.append(MeetingDraft.key(a, b)) } } }
                }
                if let d = drafts.indices.last(where: { d in pairs.contains(where: drafts[d].opposite.contains) && compatible(drafts[d], mention) }) {
                    if isToldAgain(mention), mention.status != .cancelled {
                        // "Wie X nach dem Treffen mit Y sagte, wollen …": the plan is the clause's, not the meeting's.
                        (mention.status, mention.statusFromCue) = (.occurred, false)
                    }
                    drafts[d].add(mention, index: index)
                    latest = d
                } else {
                    var draft = MeetingDraft()
                    draft.add(mention, index: index)
                    drafts.append(draft)
                    latest = drafts.count - 1
                }
                latestDraft = latest
            case .partial:
                let holder = drafts.indices.last { i in drafts[i].hasMeetingMention && members.contains(where: drafts[i].contains) }
                if let h = holder, isRepetition(mention, of: drafts[h], document: document) {
                    // "Eine für Mittwoch geplante Fortsetzung der Gespräche sagte X ab", "Y will zu einem
                    // Gegenbesuch kommen": the same parties meet again, on another day or in another tense.
                    var repeated = mention
                    repeated.sides = [members, drafts[h].members.filter { p in members.contains { drafts[h].opposite.contains(MeetingDraft.key(p, $0)) } }]
                    repeated.kind = .meeting
                    var draft = MeetingDraft()
                    draft.add(repeated, index: index)
                    drafts.append(draft)
                    latest = drafts.count - 1
                    latestDraft = latest
                    repeats.insert(drafts.count - 1)
                } else if let d = drafts.indices.last(where: { i in members.contains(where: drafts[i].contains) && compatible(drafts[i], mention) }) {
                    drafts[d].add(mention, index: index)
                    latest = d
                    latestDraft = d
                } else if mention.pointsBack, !members.contains(where: { document.entities[$0].type == .person }),
                          let l = latest, l >= 0, near, compatible(drafts[l], mention) {
                    // "Im Mittelpunkt des Treffens standen …, die Moskau von der NATO verlangt": a meeting
                    // noun that points back refers to the last meeting; places and organisations
                    // elsewhere in its clause are not a new side.
                    var reference = mention
                    reference.sides = []
                    reference.kind = .reference
                    drafts[l].add(reference, index: index)
                    latestDraft = l
                } else if !seriesMeeting() {
                    pending.append(index)
                }
            case .reference:
                if let l = latest {
                    if l >= 0, near, compatible(drafts[l], mention) {
                        drafts[l].add(mention, index: index)
                        latestDraft = l
                    }
                } else {
                    pending.append(index)
                }
            }
        }
        for index in pending {
            let mention = mentions[index]
            let members = mention.members
            let target = drafts.indices.first { i in
                (members.isEmpty || members.contains(where: drafts[i].contains)) && compatible(drafts[i], mention)
                    && drafts[i].mentions.first.map { mentions[$0].sentence >= mention.sentence } ?? false
            }
            if let t = target { drafts[t].add(mention, index: index) }
        }
        dropOrganizationDuplicates(&drafts, document: document)
        var meetings: [Meeting] = []
        for (d, draft) in drafts.enumerated() where draft.hasMeetingMention {
            meetings += finish(draft, mentions: mentions, drafts: drafts, topics: topics, document: document, isRepeat: repeats.contains(d))
        }
        return meetings
    }

    /// Drops the pairs that only repeat a meeting of persons on the level of the organisations they
    /// speak for (`Gespräche zwischen der GDL und der Bahn` … `GDL-Chef X traf Bahn-Vorstand Y`: no
    /// GDL–Bahn pair), and a person's pair with its own organisation (`IG-Metall-Chefin X` and the IG Metall).
    /// The article's affiliations are read only when some meeting has an organisation on one side.
    private func dropOrganizationDuplicates(_ drafts: inout [MeetingDraft], document: Document) {
        func isOrganization(_ e: Int) -> Bool { document.entities[e].type == .organization }
        func split(_ key: UInt64) -> (Int, Int) { (Int(key >> 32), Int(key & 0xFFFF_FFFF)) }
        let pairsOrganization = drafts.contains { d in
            d.opposite.contains { key in
                let (a, b) = split(key)
                return isOrganization(a) || isOrganization(b)
            }
        }
        guard pairsOrganization else { return }
        let affiliation = Affiliation(document: document)
        guard !affiliation.isEmpty else { return }
        let all = drafts.flatMap { $0.opposite.map(split) }
        func covered(_ a: Int, _ b: Int) -> Bool {
            // Another pair whose first party speaks for `a` and whose second is `b` or speaks for it.
            all.contains { p, q in
                let pair = (p, q)
                for (x, y) in [pair, (q, p)] where x != a && affiliation.speaks(x, for: a) && (y == b || isOrganization(b) && affiliation.stands(y, for: b)) {
                    return true
                }
                return false
            }
        }
        for d in drafts.indices {
            for key in drafts[d].opposite {
                let (a, b) = split(key)
                let (orgA, orgB) = (isOrganization(a), isOrganization(b))
                guard orgA || orgB else { continue }
                if orgA && affiliation.speaks(b, for: a) || orgB && affiliation.speaks(a, for: b)
                    || orgA && covered(a, b) || orgB && covered(b, a) {
                    drafts[d].opposite.remove(key)
                }
            }
        }
    }

    /// A meeting noun that is the genitive attribute of a topic (`informierte ihn über den Stand der
    /// Koalitionsgespräche mit X`): what was talked about, not a meeting of the clause's parties.
    /// A `topic-after` word up to five words before the noun, a capitalised noun and a genitive
    /// article right before it, no mark between.
    private func isTopicAttribute(_ m: MeetingMention, document: Document) -> Bool {
        let t = m.trigger
        guard t - 3 >= m.clause.lowerBound, facts.has(.genitiveArticle, t - 1), facts.mention[t - 2] < 0,
              document.tokens[t - 2].kind == .word, LetterCase.isUppercase(document.scalars[document.tokens[t - 2].start]) else { return false }
        for k in stride(from: t - 3, through: max(m.clause.lowerBound, t - 5), by: -1) {
            if document.tokens[k].kind == .punctuation { return false }
            if facts.has(.topicAfter, k) && !facts.has(.continuation, k) { return true }
        }
        return false
    }

    /// The guest of the latest meeting, a reception, for a meeting noun whose only named party is its
    /// partner (`Am Donnerstag steht ein Treffen mit Z auf dem Programm`) and whose other side was taken
    /// from the story (the reception's host, named nowhere in the clause, not even by a role noun, and
    /// named before no more often than the guest): on a visit, the guest meets the further partners.
    private func visitingGuest(of m: MeetingMention, after d: MeetingDraft, document: Document) -> Int? {
        guard m.sides.count == 2, m.sides[0].count == 1, let host = m.sides[0].first, d.hostsFromReception, d.hosts == [host],
              !m.named.contains(host), !m.pronouns.contains(host),
              !m.clause.contains(where: { facts.role[$0] >= 0 && facts.mention[$0] < 0 && ($0 + 1 >= m.clause.upperBound || facts.mention[$0 + 1] < 0) }) else { return nil }
        let guests = d.members.filter { d.opposite.contains(MeetingDraft.key($0, host)) }
        guard guests.count == 1, let guest = guests.first, !m.members.contains(guest),
              document.entities[guest].type == .person else { return nil }
        // Not when the host is the story's main person (`Van der Bellen setzt seine Gesprächsreihe fort …`).
        let start = document.tokens[m.clause.lowerBound].start
        var named = (host: 0, guest: 0)
        for mention in document.mentions where mention.start < start {
            if mention.entity == host { named.host += 1 } else if mention.entity == guest { named.guest += 1 }
        }
        return named.guest >= named.host ? guest : nil
    }

    /// The inviting side of a meeting of parties that meet each other (`Am Mittwoch kamen A, B und C zu
    /// einem Gespräch zusammen`) when the sentence right before tells only that one side invited
    /// parties it does not name (a `planned` verb with one side, waiting: `X hat die Spitzen der
    /// Gewerkschaften eingeladen`): X hosts A, B and C, who do not meet each other. Later mentions of
    /// the same clause take the same host.
    private func invitingHost(for m: MeetingMention, clause invited: inout (clause: Int, host: [Int])?, pending: inout [Int],
                              mentions: [MeetingMention], document: Document) -> [Int]? {
        if let i = invited, i.clause == m.clause.lowerBound { return i.host }
        guard m.members.count >= 2, let p = pending.last, mentions[p].kind == .partial, mentions[p].sentence == m.sentence - 1,
              lexicon.rules[mentions[p].rule].planned, lexicon.rules[mentions[p].rule].kind == .verb,
              !PlaceAndTime.paragraphBreak(after: mentions[p].sentence, document),
              !mentions[p].members.contains(where: m.members.contains) else { return nil }
        pending.removeLast()
        invited = (m.clause.lowerBound, mentions[p].members)
        return mentions[p].members
    }

    /// The times of an adjourning clause: the session's own (a date not after a place preposition)
    /// and the day it goes on (`auf den kommenden Montag`: a date within two words after one).
    private func adjournmentTimes(_ m: MeetingMention, document: Document) -> (session: Int?, followUp: Int?) {
        var session: Int?, followUp: Int?
        for (t, time) in document.times.enumerated() where m.clause.contains(time.tokens.lowerBound) && PlaceAndTime.isDate(time.value) {
            let first = time.tokens.lowerBound
            if (max(m.clause.lowerBound, first - 2)..<first).contains(where: { facts.has(.placePreposition, $0) }) || facts.has(.placePreposition, first) {
                followUp = followUp ?? t
            } else {
                session = session ?? t
            }
        }
        return (session, followUp)
    }

    /// The person the next sentence names as the head of the body a mention names last, and that
    /// body: `Dessen Vorsitzende, X, …` (a `body-possessive`, up to two words, a role noun, a comma or
    /// not, a person's name). The body is the mention's last party when that is an organisation, or
    /// nil when the mention names one side only and the body is no entity (`traf den Betriebsrat des Werks`).
    private func headNamedNext(_ m: MeetingMention, document: Document) -> (body: Int?, head: Int)? {
        guard m.kind == .meeting || m.kind == .partial, m.sentence + 1 < document.sentences.count,
              !PlaceAndTime.paragraphBreak(after: m.sentence, document) else { return nil }
        var body: Int?
        if m.sides.count >= 2 {
            guard let last = m.sides.last?.last, document.entities[last].type == .organization else { return nil }
            body = last
        } else {
            guard m.sides.count == 1, lexicon.rules[m.rule].kind == .verb || lexicon.rules[m.rule].kind == .noun else { return nil }
        }
        let next = document.sentences[m.sentence + 1].tokens
        var k = next.lowerBound
        guard facts.has(.bodyPossessive, k) else { return nil }
        k += 1
        while k < next.upperBound && k <= next.lowerBound + 3 && facts.role[k] < 0 && facts.mention[k] < 0 { k += 1 }
        guard k + 1 < next.upperBound, facts.role[k] >= 0, facts.mention[k] < 0 else { return nil }
        k += 1
        if document.tokens[k].kind == .punctuation, document.scalars[document.tokens[k].start] == "," { k += 1 }
        guard k < next.upperBound, facts.mention[k] >= 0 else { return nil }
        let head = document.mentions[Int(facts.mention[k])].entity
        guard document.entities[head].type == .person, !m.members.contains(head) else { return nil }
        return (body, head)
    }

    /// A meeting noun after a determiner that points back (`nach dem Treffen mit Y`, `bei diesem
    /// Gespräch`) with no date of its own tells a meeting already told, whatever the tense around it.
    private func isToldAgain(_ m: MeetingMention) -> Bool {
        m.pointsBack && m.time == nil && !m.repeats
    }

    /// Whether a mention of one side of a meeting tells a new meeting of the same parties: it has
    /// partners in the meeting, and a date of its own that differs from the meeting's, or a tense
    /// that differs, unless its meeting noun has a possessive (`Nach ihrem Besuch wird sie …`).
    private func isRepetition(_ m: MeetingMention, of d: MeetingDraft, document: Document) -> Bool {
        // The side is named (not a role noun that may stand for several), and its partners are one side.
        let members = m.members
        guard !members.isEmpty, !m.hasUnnamedParty, members.allSatisfy(m.named.contains) else { return false }
        let partners = d.members.filter { p in members.contains { d.opposite.contains(MeetingDraft.key(p, $0)) } }
        guard !partners.isEmpty, partners.allSatisfy({ a in partners.allSatisfy { a == $0 || d.same.contains(MeetingDraft.key(a, $0)) } }) else { return false }
        if let a = d.time, let b = m.time, document.times[a].value != document.times[b].value { return true }
        let possessive = (max(m.clause.lowerBound, m.trigger - 2)..<m.trigger).contains { facts.has(.possessive, $0) }
        return !possessive && !isToldAgain(m) && tenseConflict(d, m, partial: true)
    }

    /// Whether a mention with a repetition word tells another meeting than `d`: it has a day of its
    /// own that differs, a cue of its own that makes it planned or cancelled, or no past tense after a
    /// meeting told in one.
    private func isRepeated(_ m: MeetingMention, _ d: MeetingDraft, document: Document) -> Bool {
        if let a = d.time, let b = m.time { return document.times[a].value != document.times[b].value }
        if m.statusFromCue && m.status != .occurred { return true }
        return d.isPast && !m.isPast
    }

    /// Whether a date value lies on or before the document's date (false without one).
    private func isOnOrBeforeDocumentDate(_ value: String, _ document: Document) -> Bool {
        guard let anchor = document.date, let day = CalendarDate(iso: String(value.prefix(10))) else { return false }
        return !(day > anchor)
    }

    /// A meeting told in a past tense and a mention planned by a cue (`hat X empfangen` … `Ein
    /// Gegenbesuch ist geplant`), or the other way round, are two meetings of the same parties; so
    /// are a meeting called off and one told in a past tense.
    /// `partial`: a mention of one side counts too (it is asked whether it repeats the meeting).
    private func tenseConflict(_ d: MeetingDraft, _ m: MeetingMention, partial: Bool = false) -> Bool {
        guard m.kind == .meeting || (m.kind == .partial && partial), d.hasMeetingMention else { return false }
        if (d.status == .cancelled) != (m.status == .cancelled) {
            // "X sagte das Treffen mit Y ab. Zuletzt hatten X und Y im November verhandelt.": a meeting
            // called off and one told in a past tense with no cue are two meetings.
            return d.status == .cancelled ? m.isPast && !m.statusFromCue : d.isPast && !d.statusFromCue
        }
        guard d.status != .cancelled else { return false }
        let draftPlanned = d.statusFromCue && d.status == .planned
        let mentionPlanned = m.statusFromCue && m.status == .planned
        return (d.isPast && !draftPlanned && mentionPlanned) || (draftPlanned && !d.isPast && m.isPast && !mentionPlanned)
    }

    /// The contract meetings of a draft: its sides, place, date, status, topics and evidence.
    /// `isRepeat`: the draft tells the parties of an earlier meeting meeting again; planned, it takes
    /// no place from the sentences before or the dateline (`Im Sommer wollen sie sich erneut treffen`: the text leaves it open).
    private func finish(_ draft: MeetingDraft, mentions: [MeetingMention], drafts: [MeetingDraft], topics: TopicFinder,
                        document: Document, isRepeat: Bool = false) -> [Meeting] {
        let ordered = draft.mentions.sorted()
        var evidence: [Meeting.Evidence] = []
        for i in ordered {
            let clause = mentions[i].clause
            let start = document.tokens[clause.lowerBound].start, end = document.tokens[clause.upperBound - 1].end
            evidence.append(Meeting.Evidence(sentence: mentions[i].sentence, start: start, end: end, rule: lexicon.rules[mentions[i].rule].name))
        }
        var time = draft.time
        if time == nil, let first = ordered.first(where: { mentions[$0].kind == .meeting }) ?? ordered.first {
            let firstToken = mentions[first].trigger
            let earliest = mentions[first].sentence - MeetingMerger.timeWindow
            let plannedByCue = draft.statusFromCue && draft.status == .planned
            let placeAndTime = PlaceAndTime(facts: facts)
            var coarse: Int?
            for t in document.times.indices.reversed() {
                let candidate = document.times[t]
                guard candidate.tokens.lowerBound < firstToken else { continue }
                guard candidate.sentence >= earliest else { break }
                guard PlaceAndTime.isDate(candidate.value), !placeAndTime.isReferenceTime(t, document),
                      !PlaceAndTime.paragraphBreak(between: candidate.sentence, and: mentions[first].sentence, document),
                      // A meeting planned by a cue does not take a day told before as past (`hat … beraten. X lud Y zu einem Gegenbesuch ein.`).
                      !(plannedByCue && isOnOrBeforeDocumentDate(candidate.value, document)) else { continue }
                // A day wins over a month or a year named later (`bis Ende Jänner`): meetings are told by the day.
                if candidate.value.utf8.count >= 10 {
                    time = t
                    break
                }
                if coarse == nil { coarse = t }
            }
            if time == nil { time = coarse }
        }
        var status = draft.status
        if status != .cancelled, let t = time, let anchor = document.date,
           let day = CalendarDate(iso: String(document.times[t].value.prefix(10))) {
            // A date after the document date makes a meeting planned, unless a past tense says it took place.
            if day > anchor && !(draft.isPast && !draft.statusFromCue) { status = .planned } else if day < anchor && status == .planned { status = .occurred }
        }
        var place = draft.place
        let openPlace = isRepeat && status == .planned
        if place == nil, !openPlace, let first = ordered.first {
            place = PlaceAndTime(facts: facts).placeBefore(sentence: mentions[first].sentence, window: MeetingMerger.placeWindow,
                                                           document: document)
        }
        if place == nil, !openPlace { place = dateline }
        var sentences = Set(ordered.map { mentions[$0].sentence })
        if let first = ordered.first, mentions[first].kind != .meeting, !mentions[first].previousSubject.isEmpty {
            // Sides from the sentence before (`X und Y haben einen Vertrag über … unterzeichnet. Bei dem Treffen …`): so may be its topic.
            sentences.insert(mentions[first].sentence - 1)
        }
        let about = topics.topics(for: draft, evidenceSentences: sentences, mentions: mentions)
        return draft.sides().map { side in
            Meeting(who: side.who, whom: side.whom, place: place, time: time, about: about, status: status, evidence: evidence)
        }
    }
}

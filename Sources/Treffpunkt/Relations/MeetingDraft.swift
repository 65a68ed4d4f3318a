/// A meeting being merged from its mentions: its members, which of them the text puts on the
/// same side and which on opposite sides, and what the mentions say of place, date and status.
struct MeetingDraft {
    var members: [Int] = []
    var same = Set<UInt64>()
    var opposite = Set<UInt64>()
    var mentions: [Int] = []
    var place: Int?
    var time: Int?
    var status: MeetingStatus = .occurred
    var statusFromCue = false
    var hasMeetingMention = false
    /// The first mention with two sides is told in a past tense.
    var isPast = false
    /// The first side of the first mention with two sides.
    var hosts: [Int] = []
    /// The first mention with two sides names parties that meet each other, none the host
    /// (`X und Y kamen zusammen`): a party that joins meets them all.
    var isSymmetric = false
    /// The hosts come from a reception (`empfangen`).
    var hostsFromReception = false
    /// The sentence of the first mention with two sides.
    var firstSentence = -1

    static func key(_ a: Int, _ b: Int) -> UInt64 {
        let (x, y) = a < b ? (a, b) : (b, a)
        return UInt64(x) << 32 | UInt64(y)
    }

    func contains(_ entity: Int) -> Bool { members.contains(entity) }

    /// Adds a mention's sides: members of one side are on the same side, of two sides opposite.
    mutating func add(_ mention: MeetingMention, index: Int) {
        mentions.append(index)
        for side in mention.sides {
            for e in side where !members.contains(e) { members.append(e) }
            for a in side { for b in side where a < b { same.insert(MeetingDraft.key(a, b)) } }
        }
        for (i, s) in mention.sides.enumerated() {
            for t in mention.sides[(i + 1)...] { for a in s { for b in t where a != b { opposite.insert(MeetingDraft.key(a, b)) } } }
        }
        if place == nil { place = mention.place }
        if time == nil { time = mention.time }
        if mention.kind == .meeting {
            if !hasMeetingMention {
                hosts = mention.sides[0]
                isPast = mention.isPast
                isSymmetric = mention.isSymmetric
                firstSentence = mention.sentence
            } else if mention.isReception, !hostsFromReception, mention.sentence == firstSentence {
                // "zu einem Gespräch empfangen": the reception, not the meeting noun before it, names the host.
                hosts = mention.sides[0]
                isSymmetric = false
            }
            hostsFromReception = hostsFromReception || mention.isReception
            hasMeetingMention = true
        }
        if mention.status == .cancelled {
            status = .cancelled
            statusFromCue = true
        } else if !statusFromCue && mention.statusFromCue && (mention.kind == .meeting || !hasMeetingMention) {
            status = mention.status
            statusFromCue = true
        }
    }

    /// Adds parties that join the meeting (`Mit von der Partie waren …`): they meet the host side,
    /// the first side of the first mention, or every member when no side is the host.
    /// `withHosts`: the meeting is a reception (`empfangen`, `Audienz`), so a joiner is of the
    /// receiving house and meets whom the hosts meet.
    mutating func join(_ mention: MeetingMention, index: Int, withHosts: Bool = false) {
        mentions.append(index)
        let joiners = mention.members.filter { !members.contains($0) }
        for a in joiners { for b in joiners where a < b { same.insert(MeetingDraft.key(a, b)) } }
        if withHosts, !hosts.isEmpty {
            let guests = members.filter { m in hosts.allSatisfy { opposite.contains(MeetingDraft.key(m, $0)) } }
            for a in joiners {
                for h in hosts { same.insert(MeetingDraft.key(a, h)) }
                for g in guests { opposite.insert(MeetingDraft.key(a, g)) }
            }
            members += joiners
            return
        }
        for a in joiners { for h in hosts.isEmpty || isSymmetric ? members : hosts { opposite.insert(MeetingDraft.key(a, h)) } }
        if hosts.isEmpty { hosts = members }
        members += joiners
    }

    /// Adds `newcomers` across from `across` (members): they meet them and stand with their partners.
    mutating func stand(_ newcomers: [Int], across: [Int]) {
        let partners = members.filter { m in across.contains { opposite.contains(MeetingDraft.key(m, $0)) } }
        let across = members.filter { m in across.contains(m) || across.contains { same.contains(MeetingDraft.key(m, $0)) } && !partners.contains(m) }
        for a in newcomers {
            for b in across { opposite.insert(MeetingDraft.key(a, b)) }
            for p in partners { same.insert(MeetingDraft.key(a, p)) }
        }
        for a in newcomers { for b in newcomers where a < b { same.insert(MeetingDraft.key(a, b)) } }
        members += newcomers
    }

    /// Adds parties that accompany the first side (`begleitet von X`): they meet whom it meets.
    /// A companion named with a member of the meeting as its subject (`Sie brachte X mit`) joins that member's side.
    mutating func accompany(_ mention: MeetingMention, index: Int) {
        mentions.append(index)
        let companions = mention.members.filter { !members.contains($0) }
        // The subject that brings them (`sie`), or a party named in a passive (`Begleitet wurde
        // Bätzing von X`; a pronoun there is left to the hosts), never someone it meets.
        var anchors = (mention.sides.first ?? []).filter { members.contains($0) }
        if anchors.isEmpty {
            anchors = mention.sides.dropFirst().flatMap { $0 }.filter { members.contains($0) && !mention.pronouns.contains($0) }
        }
        if let first = anchors.first { anchors = anchors.filter { !opposite.contains(MeetingDraft.key(first, $0)) } }
        let side = anchors.isEmpty ? hosts : anchors
        guard !side.isEmpty else { return }
        let others = members.filter { m in side.allSatisfy { opposite.contains(MeetingDraft.key(m, $0)) } }
        for a in companions {
            for h in side { same.insert(MeetingDraft.key(a, h)) }
            for o in others { opposite.insert(MeetingDraft.key(a, o)) }
        }
        members += companions
    }

    /// Pairs of opposite sides as meetings: a hub with the most partners and its partners, the
    /// hub's own side joined by members that met the same partners; repeated until every pair is given.
    func sides() -> [(who: [Int], whom: [Int])] {
        var pairs = opposite
        var result: [(who: [Int], whom: [Int])] = []
        while !pairs.isEmpty {
            func partners(_ a: Int) -> [Int] { members.filter { pairs.contains(MeetingDraft.key(a, $0)) } }
            /// How many partners `a` has left, counted without building their list.
            func partnerCount(_ a: Int) -> Int {
                var n = 0
                for b in members where pairs.contains(MeetingDraft.key(a, b)) { n += 1 }
                return n
            }
            var hub = members[0], most = 0
            for m in members {
                let n = partnerCount(m)
                if n > most { hub = m; most = n }
            }
            let whom = partners(hub)
            var who = [hub]
            for m in members where m != hub && !whom.contains(m) && same.contains(MeetingDraft.key(m, hub))
                && whom.allSatisfy({ pairs.contains(MeetingDraft.key(m, $0)) }) {
                who.append(m)
            }
            for a in who { for b in whom { pairs.remove(MeetingDraft.key(a, b)) } }
            result.append((who, whom))
        }
        return result
    }
}

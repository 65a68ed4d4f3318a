/// Turns the participants of a clause into the sides of a meeting.
///
/// Participants joined by `und`, `sowie` or a comma (with titles and adjectives between) form one
/// group; a group keeps the marker of its first member. A host or one-way frame (`empfangen`,
/// `besuchen`) gives two sides: the subject (or the `von` agent of a passive, or of a frame whose
/// agent is the host: `Auf Einladung von X kam Y`) and everyone else.
/// A reciprocal frame (`sich treffen`) makes each unmarked group a side, the `mit`/`bei` partners
/// one side, and splits a single group (`X und Y trafen sich`, `die beiden`, `zwischen X und Y`).
struct SideBuilder {
    let facts: TokenFacts

    /// `mutualClause`: the clause has `sich`/`einander` or the trigger is a noun, so that one
    /// coordinated group of a reciprocal frame meets itself (`X und Y trafen sich`).
    func sides(_ all: [Participant], rule: TriggerRule, passive: Bool, mutualClause: Bool, document: Document) -> [[Int]] {
        let companions = all.filter { $0.marker == .companion }.map(\.entity)
        let participants = all.filter { $0.marker != .companion }
        guard !participants.isEmpty else { return companions.isEmpty ? [] : [companions] }
        var sides = groupSides(participants, rule: rule, passive: passive, mutualClause: mutualClause, document: document)
        sides[0] += companions.filter { !sides[0].contains($0) }
        return sides
    }

    private func groupSides(_ participants: [Participant], rule: TriggerRule, passive: Bool, mutualClause: Bool,
                            document: Document) -> [[Int]] {
        var groups: [[Participant]] = [[participants[0]]]
        for p in participants.dropFirst() {
            let previous = groups[groups.count - 1].last!
            // One phrase for several persons (`sie` for `X und Y`) is one group, unless counted (`die beiden`).
            // A name whose marker differs from the one before and that only a comma joins to it (`X in
            // Shanghai den Bürgermeister der Stadt, Y`: Y is the partner through its apposition's article;
            // `empfing ihn der Bürgermeister, Y`) starts a group.
            let ownMarker = p.marker != previous.marker && !(previous.end..<p.start).contains { facts.has(.coordinator, $0) }
            // In a one-way frame the persons of one counted phrase are one side (`besuchten die vier Gäste X`).
            let sameCount = !rule.reciprocal && p.isCountedGroup && previous.isCountedGroup && p.start == previous.start
            if sameCount || !p.isCountedGroup && !previous.isCountedGroup && (p.start == previous.start || (!ownMarker && linked(previous.end, p.start, document))) {
                groups[groups.count - 1].append(p)
            } else {
                groups.append([p])
            }
        }
        let marker = { (g: [Participant]) in g[0].marker }
        if rule.reciprocal {
            var sides: [[Int]] = []
            var partners: [Int] = []
            // `die beiden trafen sich` splits the counted group; `die beiden trafen sich mit X` keeps it one side.
            let hasPartners = groups.contains { marker($0) == .partner }
            var countedSide: Int?
            for g in groups {
                if marker(g) == .partner {
                    partners += g.map(\.entity)
                } else if hasPartners, g.contains(where: \.isCountedGroup) {
                    if countedSide == nil { sides.append([]); countedSide = sides.count - 1 }
                    sides[countedSide!] += g.map(\.entity)
                } else if marker(g) == .between || g.contains(where: \.isCountedGroup) {
                    sides += g.map { [$0.entity] }
                } else {
                    sides.append(g.map(\.entity))
                }
            }
            if !partners.isEmpty { sides.append(partners) }
            if sides.count == 1, sides[0].count > 1, mutualClause || rule.mutual { sides = sides[0].map { [$0] } }
            return sides
        }
        let hostIndex: Int
        if passive || rule.agentIsHost, let agent = groups.firstIndex(where: { marker($0) == .agent }) {
            hostIndex = agent
        } else if let plain = groups.firstIndex(where: { marker($0) == .plain }) {
            hostIndex = plain
        } else {
            hostIndex = 0
        }
        let who = groups[hostIndex].map(\.entity)
        let whom = groups.enumerated().filter { $0.offset != hostIndex }.flatMap { $0.element.map(\.entity) }
        if whom.isEmpty && who.count > 1 && marker(groups[hostIndex]) == .between {
            return who.map { [$0] }
        }
        return whom.isEmpty ? [who] : [who, whom]
    }

    /// Whether the tokens between two participants join them into one group: a coordinator or
    /// comma, and otherwise only titles, adjectives, articles, parentheses and places.
    private func linked(_ from: Int, _ to: Int, _ document: Document) -> Bool {
        guard to > from, to - from <= 12 else { return false }
        var coordinated = false
        var k = from
        while k < to {
            let token = document.tokens[k]
            let c = facts.classes[k]
            if token.kind == .punctuation {
                let s = document.scalars[token.start]
                if s == "," || s == "–" || s == "—" || s == "/" { coordinated = true } else if !(s == "(" || s == ")" || s == "-") { return false }
                k += 1
                continue
            }
            if c.contains(.coordinator) { coordinated = true; k += 1; continue }
            if facts.mention[k] >= 0 {
                let m = document.mentions[Int(facts.mention[k])]
                if document.entities[m.entity].type == .person { return false }
                k = max(k + 1, m.tokens.upperBound)
                continue
            }
            if c.contains(.preposition), k + 1 < to, facts.mention[k + 1] >= 0 {
                k += 1
                continue
            }
            if c.contains(.article) || c.contains(.possessive) || c.contains(.continuation) {
                k += 1
                continue
            }
            if c.bits != 0 { return false }
            if facts.word[k] >= 0, !lexiconIsRoleOrAdjective(k) { return false }
            k += 1
        }
        return coordinated
    }

    /// Words known to the lexicon may stand between linked names only as titles (role nouns).
    private func lexiconIsRoleOrAdjective(_ k: Int) -> Bool { facts.role[k] >= 0 || facts.group[k] != nil }
}

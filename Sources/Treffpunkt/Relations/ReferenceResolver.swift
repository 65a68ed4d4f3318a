/// Resolves pronouns, role nouns and counted phrases to the persons named before them.
/// A class, built once per document: a finder that keeps it calls its methods without copying its fields.
final class ReferenceResolver {
    /// Person mentions in text order: first token, entity, role of the title before the name.
    private let persons: [(token: Int, entity: Int, role: Int32)]
    private let genders: [Gender?]

    /// The gazetteer offices of the document's persons, and the year whose offices count
    /// (without a date, those still held).
    private let entityFacts: DocumentEntityFacts?
    private let year: Int?
    /// Role nouns written before the names of persons (`FIFA-Präsident Infantino`): the person and
    /// the token, whose parts (`FIFA`) count for the person's scope (`scopes(of:)`).
    private let titles: [(entity: Int, token: Int)]
    private let document: Document

    /// `entityFacts`: the gazetteer offices of the document's persons (none without).
    init(document: Document, facts: TokenFacts, entityFacts: DocumentEntityFacts? = nil) {
        self.entityFacts = entityFacts
        year = document.date?.year
        var persons: [(token: Int, entity: Int, role: Int32)] = []
        var titles: [(entity: Int, token: Int)] = []
        for m in document.mentions where document.entities[m.entity].type == .person {
            let first = m.tokens.lowerBound
            var role: Int32 = -1
            for k in max(0, first - 2)..<min(first + 1, facts.role.count) where facts.role[k] >= 0 {
                role = facts.role[k]
                titles.append((m.entity, k))
            }
            persons.append((first, m.entity, role))
        }
        self.persons = persons.sorted { $0.token < $1.token }
        self.titles = titles
        var genders = [Gender?](repeating: nil, count: document.entities.count)
        for e in genders.indices { genders[e] = document.entities[e].gender }
        self.genders = genders
        self.document = document
    }

    /// The gazetteer offices of a person held at the time.
    private func heldOffices(of e: Int) -> [GazetteerFacts.Office] {
        entityFacts?.offices(of: e).filter { $0.isHeld(in: year) } ?? []
    }

    /// The lowercased words of the entity's offices held at the time (`fifa`) and of the titles
    /// written before its names in the text (`FIFA-Präsident Infantino`).
    private func scopes(of e: Int) -> Set<String> {
        var scopes = Set(heldOffices(of: e).flatMap(\.scope))
        for title in titles where title.entity == e {
            scopes.formUnion(ReferenceResolver.parts(of: title.token, document).map { $0.lowercased() })
        }
        return scopes
    }

    private func lastIndex(before token: Int) -> Int {
        var lo = 0, hi = persons.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if persons[mid].token < token { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    /// The parts of a hyphenated token before its last part (`FIFA` of `FIFA-Chef`).
    static func parts(of token: Int, _ document: Document) -> [String] {
        let t = document.tokens[token]
        guard document.scalars[t.start..<t.end].contains("-") else { return [] }
        let words = document.text(t.start, t.end).split(separator: "-")
        return words.dropLast().map(String.init)
    }

    /// The latest person named with a title of this role before `token` (`der Papst`); for a
    /// compound role noun (`der FIFA-Chef`), first the latest person whose office or title names
    /// its first part (`FIFA`), whatever the role. Without a titled antecedent, and when `fallback`
    /// allows, the person named most often.
    func person(withRole role: Int, before token: Int, excluding: Set<Int> = [], fallback: Bool = false,
                scope: [String] = []) -> Int? {
        if !scope.isEmpty {
            var k = lastIndex(before: token)
            while k >= 0 {
                let e = persons[k].entity
                if !excluding.contains(e) {
                    let scopes = scopes(of: e)
                    if scope.allSatisfy({ scopes.contains($0.lowercased()) }) { return e }
                }
                k -= 1
            }
        }
        var k = lastIndex(before: token)
        while k >= 0 {
            let e = persons[k].entity
            if !excluding.contains(e), persons[k].role == Int32(role) || heldOffices(of: e).contains(where: { $0.role == role }) { return e }
            k -= 1
        }
        return fallback ? protagonist(before: token, excluding: excluding) : nil
    }

    /// The person named most often before `token` (the earliest of equals): whom a role noun
    /// without a titled antecedent most likely means.
    func protagonist(before token: Int, excluding: Set<Int> = []) -> Int? {
        // Counts by entity index (every person's entity is below `genders.count`).
        var counts = [Int](repeating: 0, count: genders.count)
        var best: Int?
        for p in persons.prefix(lastIndex(before: token) + 1) where !excluding.contains(p.entity) {
            counts[p.entity] += 1
            if best == nil || counts[p.entity] > counts[best!] { best = p.entity }
        }
        return best
    }

    /// The latest person before `token` that is not excluded and fits the pronoun's gender.
    func person(before token: Int, excluding: Set<Int>, female: Bool, male: Bool) -> Int? {
        var k = lastIndex(before: token)
        while k >= 0 {
            let e = persons[k].entity
            if !excluding.contains(e) {
                switch genders[e] {
                case .female?: if female { return e }
                case .male?: if male { return e }
                case nil: return e
                }
            }
            k -= 1
        }
        return nil
    }

    /// The persons of the latest `X und Y` (or `X, Y und Z`) before `token`: names joined by a
    /// coordinator or comma with at most four words between them.
    func lastCoordinatedPersons(before token: Int, facts: TokenFacts, document: Document) -> [Int]? {
        var k = lastIndex(before: token)
        var group: [Int] = []
        while k >= 0 {
            let p = persons[k]
            if let last = group.last, let lastToken = persons.first(where: { $0.entity == last && $0.token > p.token })?.token {
                let between = (p.token + 1)..<lastToken
                let joined = between.count <= 6 && between.contains { facts.has(.coordinator, $0) || document.tokens[$0].kind == .punctuation
                    && document.scalars[document.tokens[$0].start] == "," }
                if !joined { break }
            }
            if !group.contains(p.entity) { group.append(p.entity) }
            k -= 1
        }
        return group.count >= 2 ? group.reversed() : nil
    }

    /// The last `count` distinct persons named before `token`, in text order.
    func lastPersons(_ count: Int, before token: Int, excluding: Set<Int> = []) -> [Int] {
        var result: [Int] = []
        var k = lastIndex(before: token)
        while k >= 0 && result.count < count {
            if !result.contains(persons[k].entity) && !excluding.contains(persons[k].entity) { result.append(persons[k].entity) }
            k -= 1
        }
        return result.count == count ? result.reversed() : []
    }

}

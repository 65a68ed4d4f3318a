/// What the meeting rules take from the gazetteers: the city each venue stands for
/// (`venue=place/moskau` of the Kreml) and the role nouns of each person's offices
/// (`role=Ministerpräsident von Bayern@DE` makes `der Ministerpräsident` able to mean him).
public struct GazetteerFacts: Sendable {
    /// Venue id → (city id, city name).
    public private(set) var venues: [String: (id: String, name: String)] = [:]
    /// Person id → role ids of `MeetingLexicon.roles`.
    public private(set) var roles: [String: [Int]] = [:]

    public init() {}

    public init(gazetteer: CompiledGazetteer, lexicon: MeetingLexicon) {
        var names: [String: String] = [:]
        var venueLinks: [(String, String)] = []
        for e in 0..<gazetteer.entryCount {
            let attributes = gazetteer.attributes(ofEntry: e)
            guard !attributes.isEmpty else { continue }
            let id = gazetteer.id(ofEntry: e)
            for a in attributes {
                if a.key == "venue" { venueLinks.append((id, a.value)) }
                if a.key == "role" {
                    for office in a.value.split(separator: "|") {
                        let title = office.prefix { $0 != "@" }
                        for word in title.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                            let scalars = Array(word.unicodeScalars)
                            if let (w, _) = lexicon.table.lookup(scalars, 0..<scalars.count, compoundHead: 2),
                               let r = lexicon.role(of: w), !(roles[id]?.contains(r) ?? false) {
                                roles[id, default: []].append(r)
                            }
                        }
                    }
                }
            }
        }
        if !venueLinks.isEmpty {
            let wanted = Set(venueLinks.map(\.1))
            for e in 0..<gazetteer.entryCount where wanted.contains(gazetteer.id(ofEntry: e)) {
                names[gazetteer.id(ofEntry: e)] = gazetteer.name(ofEntry: e)
            }
            for (venue, city) in venueLinks { venues[venue] = (city, names[city] ?? city) }
        }
    }
}

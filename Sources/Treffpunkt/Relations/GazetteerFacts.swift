import Foundation

/// What the meeting rules take from the gazetteers: the city each venue stands for
/// (`venue=place/moskau` of the Kreml), the adjectives of cities (`adj=Mainzer`) and the role nouns of each person's offices
/// (`role=Ministerpräsident von Bayern@DE` makes `der Ministerpräsident` able to mean him).
public struct GazetteerFacts: Sendable {
    /// Venue id → (city id, city name): the venues of the places gazetteer (`venue=`) and the
    /// organisations housed in their seat's city (`seat=` of a `housed-kind`: the Bundestag in Berlin).
    public private(set) var venues: [String: (id: String, name: String)] = [:]
    /// The organisations among `venues`: a place preposition before them names their city.
    public private(set) var housedOrganizations: Set<String> = []
    /// City or town id → the id of its country (`country=`).
    public private(set) var countryOfCity: [String: String] = [:]
    /// A city's name → (city id, city name): the city of a district named with it (`Duisburg-Bruckhausen`).
    public private(set) var cityNames: [String: (id: String, name: String)] = [:]
    /// An office of a person as a role of `MeetingLexicon.roles`, with its years (nil: open).
    public struct Office: Sendable, Hashable {
        public var role: Int
        public var from: Int?
        public var to: Int?
        /// The lowercased words of the office's title and organisation (`fifa`, `präsident`), which a
        /// compound role noun's first part (`FIFA-Chef`) may name.
        public var scope: [String] = []

        /// Whether the office was held in `year`; without a year, whether it is still held.
        public func isHeld(in year: Int?) -> Bool {
            guard let year else { return to == nil }
            return (from ?? Int.min) <= year && year <= (to ?? Int.max)
        }
    }

    /// Person id → offices.
    public private(set) var roles: [String: [Office]] = [:]
    /// Organisations that are never a side (media and news agencies: sources).
    public private(set) var nonParticipants: Set<String> = []
    /// A city's adjective (`adj=Mainzer`) → (city id, city name): `in der Mainzer Staatskanzlei` names Mainz.
    public private(set) var cityAdjectives: [[Unicode.Scalar]: (id: String, name: String)] = [:]
    /// What `roles`, `nonParticipants` and `housedOrganizations` say of one id, so that an entity is looked up once.
    struct EntityFacts: Sendable {
        var offices: [Office] = []
        var isNonParticipant = false
        /// One of `housedOrganizations`.
        var isHoused = false
    }
    /// The ids of persons and organisations with offices, that are never a side or that are housed, interned as
    /// UTF-8 keys: key `k`'s facts are `factsByKey[k]`. A document's entity is looked up by its
    /// id's bytes, without hashing a `String`; most ids fail at the table's filter.
    private var factKeys = KeyTable()
    private var factsByKey: [EntityFacts] = []

    public init() {}

    public init(gazetteer: CompiledGazetteer, lexicon: MeetingLexicon) {
        var names: [String: String] = [:]
        var venueLinks: [(String, String)] = []
        for e in 0..<gazetteer.entryCount {
            let attributes = gazetteer.attributes(ofEntry: e)
            guard !attributes.isEmpty else { continue }
            let id = gazetteer.id(ofEntry: e)
            let kind = attributes.first { $0.key == "kind" }?.value
            if kind == "city" {
                for a in attributes where a.key == "adj" {
                    for form in a.value.split(separator: "|") where form.first?.isUppercase == true {
                        cityAdjectives[Array(form.unicodeScalars)] = (id, gazetteer.name(ofEntry: e))
                    }
                }
            }
            if kind == "city" || kind == "town" {
                if let country = attributes.first(where: { $0.key == "country" }) { countryOfCity[id] = country.value }
                let name = gazetteer.name(ofEntry: e)
                if cityNames[name] == nil { cityNames[name] = (id, name) }
            }
            let isHoused = gazetteer.type(ofEntry: e) == .organization && kind.map(lexicon.housedKinds.contains) == true
            for a in attributes {
                if a.key == "venue" { venueLinks.append((id, a.value)) }
                if a.key == "seat", isHoused {
                    venueLinks.append((id, a.value))
                    housedOrganizations.insert(id)
                }
                if a.key == "kind", lexicon.nonParticipantKinds.contains(a.value) { nonParticipants.insert(id) }
                if a.key == "role" {
                    for office in a.value.split(separator: "|") {
                        let title = office.prefix { $0 != "@" }
                        let (from, to) = GazetteerFacts.years(office)
                        let scope = office.split(whereSeparator: { " -@:".contains($0) }).map { $0.lowercased() }
                        for word in title.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                            let scalars = Array(word.unicodeScalars)
                            if let (w, _) = lexicon.table.lookup(scalars, 0..<scalars.count, compoundHead: 2), let r = lexicon.role(of: w) {
                                roles[id, default: []].append(Office(role: r, from: from, to: to, scope: scope))
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
        for (id, offices) in roles {
            let k = key(id)
            factsByKey[k].offices = offices
        }
        for id in nonParticipants {
            let k = key(id)
            factsByKey[k].isNonParticipant = true
        }
        for id in housedOrganizations {
            let k = key(id)
            factsByKey[k].isHoused = true
        }
        factKeys.seal()
    }

    /// The index into `factsByKey` of an id, adding it when new.
    private mutating func key(_ id: String) -> Int {
        let k = Int(factKeys.intern(Array(id.utf8)))
        if k == factsByKey.count { factsByKey.append(EntityFacts()) }
        return k
    }

    /// What the gazetteers say of the person or organisation with this id (its offices, whether it
    /// is never a side), or nil when they say nothing. Hashes the id's bytes; most ids fail at the
    /// key table's filter.
    func facts(ofID id: String) -> EntityFacts? {
        guard !factsByKey.isEmpty else { return nil }
        let utf8 = id.utf8
        let k = utf8.withContiguousStorageIfAvailable { factKeys.find($0) } ?? factKeys.find(Array(utf8))
        return k < 0 ? nil : factsByKey[Int(k)]
    }

    /// The years of `OFFICE@COUNTRY:FROM..TO` (`2008..2012`, `2018..`, `2024-03..`).
    static func years(_ office: Substring) -> (Int?, Int?) {
        guard let colon = office.lastIndex(of: ":") else { return (nil, nil) }
        let range = office[office.index(after: colon)...]
        let parts = range.components(separatedBy: "..")
        guard parts.count == 2 else { return (nil, nil) }
        return (Int(parts[0].prefix(4)), Int(parts[1].prefix(4)))
    }
}

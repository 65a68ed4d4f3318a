/// Finds persons, organisations and places that no gazetteer lists, by rule (see `Docs/names.md`):
///
/// - persons after a title or role (`Außenminister Sergej Lawrow`, `Frau Meier`, `Dr. Kurz`) or
///   starting with a listed first name (`Bernd Neuendorf`), with particles (`Ursula von der Leyen`);
/// - organisations with a legal form (`Läpple AG`), after a head noun (`Universität Gießen`,
///   `Institut für Corporate Governance`), compounds such as `Bundesjustizministerium`, and
///   acronyms (`UEFA`);
/// - places after `in`/`aus`/`nach` and words with place endings (`Ingolstadt`, `Schwanitzstraße`).
///
/// One pass over the words of each sentence, with set lookups. Tokens that a gazetteer mention
/// covers are never re-tagged; a found name equal to the name of an entity the document already
/// mentions becomes a mention of that entity, otherwise a new entity `TYPE/~slug`.
public struct NameFinder: Annotator {
    public let rules: NameRules

    public init(configuration: Configuration) throws {
        rules = try NameRules(configuration: configuration)
    }

    public init(rules: NameRules) {
        self.rules = rules
    }

    public func annotate(_ document: inout Document) {
        guard !document.tokens.isEmpty, !document.sentences.isEmpty else { return }
        var scan = NameScan(rules: rules, document: document)
        scan.run()
        add(scan.found, from: scan.words, to: &document)
    }

    /// A new entity found by rule, with the id `TYPE/~slug`; `utf8` is a buffer for the bytes of
    /// its name and id, reused from one entity to the next.
    static func entity(named span: ArraySlice<Unicode.Scalar>, _ type: EntityType, _ gender: Gender?,
                       utf8: inout [UInt8]) -> Entity {
        utf8.removeAll(keepingCapacity: true)
        for s in span { KeyNormalizer.appendUTF8(s.value, to: &utf8) }
        let name = String(decoding: utf8, as: UTF8.self)
        utf8.removeAll(keepingCapacity: true)
        utf8 += type.rawValue.utf8
        utf8 += "/~".utf8
        Slug.append(span, to: &utf8)
        return Entity(id: String(decoding: utf8, as: UTF8.self), type: type, name: name, gender: gender)
    }

    /// Turns found names into entities and mentions; gazetteer mentions inside a found name
    /// (`Hamburg` in `Universität Hamburg`) give way to it.
    private func add(_ found: [NameScan.Found], from words: [NameWord], to document: inout Document) {
        guard !found.isEmpty else { return }
        var removed: [TextSpan] = []
        var utf8: [UInt8] = []
        document.mentions.reserveCapacity(document.mentions.count + found.count)
        // each entity's type and the UTF-8 length of its name: most entities are passed over
        // without reading their names
        var shapes = document.entities.map { EntityShape(type: $0.type, utf8Count: $0.name.utf8.count) }
        for f in found {
            let first = words[f.words.lowerBound], last = words[f.words.upperBound - 1]
            let span = document.scalars[first.start..<last.end]
            let outer = TextSpan(first.start, last.end)
            let covered = f.keepsCoveredEntity
                ? document.mentions.first { outer.contains($0.span) && document.entities[$0.entity].type == f.type }?.entity
                : nil
            // the UTF-8 length first: comparing it costs nothing, decoding a name's code points does
            let utf8Count = span.reduce(0) { $0 + UTF8.width($1) }
            let shape = EntityShape(type: f.type, utf8Count: utf8Count)
            let entity: Int
            if let covered {
                entity = covered
            } else if let known = shapes.indices.first(where: {
                shapes[$0] == shape && document.entities[$0].name.unicodeScalars.elementsEqual(span)
            }) {
                entity = known
            } else {
                entity = document.addEntity(NameFinder.entity(named: span, f.type, f.gender, utf8: &utf8))
                if entity == shapes.count { shapes.append(shape) }
            }
            if f.absorbsCovered { removed.append(TextSpan(first.start, last.end)) }
            document.mentions.append(Mention(start: first.start, end: last.end, entity: entity,
                                             sentence: first.sentence,
                                             tokens: first.tokens.lowerBound..<last.tokens.upperBound,
                                             source: .rule))
        }
        if !removed.isEmpty {
            document.mentions.removeAll { m in
                m.source != .rule && removed.contains { $0.contains(m.span) && $0 != m.span }
            }
        }
    }
}

/// An entity's type and the UTF-8 length of its name, compared before its name.
private struct EntityShape: Equatable {
    var type: EntityType
    var utf8Count: Int
}

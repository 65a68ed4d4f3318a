/// The gazetteer facts of one document's entities, looked up by entity index when a rule asks
/// (`ParticipantFinder` for the names of a meeting clause, `ReferenceResolver` for the candidates
/// of a role noun, `PlaceAndTime` for an organisation after a place preposition), so that a document pays only for the entities its meeting rules look at.
///
/// Only the entities the document has when it is built count: one added later (a group noun's
/// entity) has no offices and is no non-participant.
struct DocumentEntityFacts {
    private let gazetteer: GazetteerFacts
    private let entities: [Entity]

    init(gazetteer: GazetteerFacts, document: Document) {
        self.gazetteer = gazetteer
        entities = document.entities
    }

    /// The gazetteer offices of a person; empty for other entities.
    func offices(of entity: Int) -> [GazetteerFacts.Office] {
        guard entity < entities.count, entities[entity].type == .person else { return [] }
        return gazetteer.facts(ofID: entities[entity].id)?.offices ?? []
    }

    /// Whether an organisation is housed in its seat's city (`im Bundestag`: Berlin).
    func isHoused(_ entity: Int) -> Bool {
        guard entity < entities.count, entities[entity].type == .organization else { return false }
        return gazetteer.facts(ofID: entities[entity].id)?.isHoused ?? false
    }

    /// Whether a person or organisation is never a side (media, news agencies: sources).
    func isNonParticipant(_ entity: Int) -> Bool {
        guard entity < entities.count else { return false }
        let type = entities[entity].type
        guard type == .person || type == .organization else { return false }
        return gazetteer.facts(ofID: entities[entity].id)?.isNonParticipant ?? false
    }
}

import Treffpunkt

/// The mentions of a processed text as (text, entity type, entity id), in text order.
func nameMentions(_ text: String) -> [(text: String, type: EntityType, id: String)] {
    let document = TestSupport.process(text)
    return document.mentions.map { m in
        (document.text(of: m.span), document.entities[m.entity].type, document.entities[m.entity].id)
    }
}

/// Whether the text yields a mention with exactly this text and type.
func finds(_ name: String, _ type: EntityType, in text: String) -> Bool {
    nameMentions(text).contains { $0.text == name && $0.type == type }
}

/// Whether any mention's text equals or contains `name`.
func tagsAnything(_ name: String, in text: String) -> Bool {
    nameMentions(text).contains { $0.text.contains(name) }
}

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

/// The mentions of a text taken as one sentence, whatever the sentence splitter makes of the
/// periods of abbreviations such as `Co.` or `St.` (the name rules must not depend on it).
func nameMentionsInOneSentence(_ text: String) -> [(text: String, type: EntityType)] {
    var document = TestSupport.segment(text)
    document.sentences = [Sentence(start: 0, end: document.scalars.count, tokens: 0..<document.tokens.count)]
    TestSupport.pipeline.entityRecognizer.annotate(&document)
    return document.mentions.map { (document.text(of: $0.span), document.entities[$0.entity].type) }
}

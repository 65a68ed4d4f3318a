/// Encodes the tokens and sentences of a document (`treffpunkt tokenize`).
public struct TokensEncoder: Sendable {
    public var indent: Int?

    public init(indent: Int? = nil) {
        self.indent = indent
    }

    public func encode(_ document: Document) -> [UInt8] {
        var w = JSONWriter(indent: indent, capacity: document.tokens.count * 48 + 64)
        w.beginObject()
        w.field("id", document.id)
        w.key("tokens")
        w.beginArray()
        for t in document.tokens {
            w.beginObject()
            w.field("text", document.text(t.start, t.end))
            w.field("start", t.start)
            w.field("end", t.end)
            w.field("kind", t.kind.name)
            w.endObject()
        }
        w.endArray()
        w.key("sentences")
        w.beginArray()
        for s in document.sentences {
            w.beginObject()
            w.field("start", s.start)
            w.field("end", s.end)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }
}

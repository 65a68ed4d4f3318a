/// Encodes the tokens and sentences of a document (`treffpunkt tokenize`).
public struct TokensEncoder: Sendable {
    public var indent: Int?
    /// Whether hyphenated compounds are written as their parts and hyphens (the surface tokens
    /// of UD German: `US`, `-`, `Präsident`) rather than as the one token the pipeline uses.
    public var splitsCompounds: Bool

    public init(indent: Int? = nil, splitsCompounds: Bool = false) {
        self.indent = indent
        self.splitsCompounds = splitsCompounds
    }

    public func encode(_ document: Document) -> [UInt8] {
        var w = JSONWriter(indent: indent, capacity: document.tokens.count * 48 + 64)
        w.beginObject()
        w.field("id", document.id)
        w.key("tokens")
        w.beginArray()
        for t in document.tokens {
            if splitsCompounds, t.kind == .word || t.kind == .number, !containsSlash(document, t), document.pieces(of: t).count > 1 {
                for piece in document.pieces(of: t) {
                    token(&w, document, piece.span.start, piece.span.end, piece.isSeparator ? .punctuation : t.kind)
                }
            } else {
                token(&w, document, t.start, t.end, t.kind)
            }
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

    /// Whether a token has a slash (`Spa-/Wellness-Bereich`), which UD German keeps whole.
    private func containsSlash(_ document: Document, _ t: Token) -> Bool {
        document.scalars[t.start..<t.end].contains("/")
    }

    private func token(_ w: inout JSONWriter, _ document: Document, _ start: Int, _ end: Int, _ kind: Token.Kind) {
        w.beginObject()
        w.field("text", document.text(start, end))
        w.field("start", start)
        w.field("end", end)
        w.field("kind", kind.name)
        w.endObject()
    }
}

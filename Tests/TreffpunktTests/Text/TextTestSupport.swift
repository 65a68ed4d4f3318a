import Treffpunkt

/// Short views of the tokens and sentences of a text, for the tokenizer and splitter tests.
enum TextTestSupport {
    /// The texts of the tokens.
    static func tokens(_ text: String) -> [String] {
        let document = TestSupport.segment(text)
        return document.tokens.map { document.text(of: $0) }
    }

    /// "text/kind" of every token.
    static func kinds(_ text: String) -> [String] {
        let document = TestSupport.segment(text)
        return document.tokens.map { "\(document.text(of: $0))/\($0.kind.name)" }
    }

    /// The kind of the token with this text.
    static func kind(of token: String, in text: String) -> Token.Kind? {
        let document = TestSupport.segment(text)
        return document.tokens.first { document.text(of: $0) == token }?.kind
    }

    /// The texts of the sentences.
    static func sentences(_ text: String) -> [String] {
        let document = TestSupport.segment(text)
        return document.sentences.map { document.text(of: $0.span) }
    }
}

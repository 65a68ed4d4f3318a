/// A sentence: its code point span and the range of its tokens in `Document.tokens`.
public struct Sentence: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>

    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }

    public var span: TextSpan { TextSpan(start, end) }
}

/// A temporal expression of the text with its TIMEX3 value (`2021-12-15`, `XXXX-12-15`,
/// `2021-W50`, `2021-12-15T15:00`).
public struct TimeExpression: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var value: String
    /// The index of the sentence in `Document.sentences`.
    public var sentence: Int
    /// The range of tokens the expression covers.
    public var tokens: Range<Int>
    /// A short note on how the value was reached when it needed more than the text
    /// (for example "year fixed by weekday"), otherwise nil.
    public var note: String?

    public init(start: Int, end: Int, value: String, sentence: Int, tokens: Range<Int>, note: String? = nil) {
        self.start = start
        self.end = end
        self.value = value
        self.sentence = sentence
        self.tokens = tokens
        self.note = note
    }

    public var span: TextSpan { TextSpan(start, end) }
}

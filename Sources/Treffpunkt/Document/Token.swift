/// A token: a word, number or mark of the text, with its code point span and kind.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable, CaseIterable {
        /// Letters, also hyphenated compounds (`US-Außenministerin`) and elisions.
        case word
        /// Digits, also with decimal or thousands separators (`2,5`, `320.000`).
        case number
        /// A number with its period (`15.` in `15. Dezember`).
        case ordinal
        /// An abbreviation with its period (`Dr.`, `z.B.`, `u.a.`).
        case abbreviation
        case punctuation
        /// Symbols and emoticons (`%`, `€`, `:-)`).
        case symbol
        case url
        case email
        /// Remnants of HTML or XML markup (`< /p>`, `<br/>`, `&nbsp;`).
        case markup

        public var name: String {
            switch self {
            case .word: "word"
            case .number: "number"
            case .ordinal: "ordinal"
            case .abbreviation: "abbreviation"
            case .punctuation: "punctuation"
            case .symbol: "symbol"
            case .url: "url"
            case .email: "email"
            case .markup: "markup"
            }
        }
    }

    public var start: Int
    public var end: Int
    public var kind: Kind

    public init(start: Int, end: Int, kind: Kind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    public var span: TextSpan { TextSpan(start, end) }
}

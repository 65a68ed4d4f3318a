/// Cuts a document into tokens: ICU's word break iteration, refined for German in one linear pass.
///
/// ICU finds the word segments (any script); the pass over them joins what German conventions
/// (UD German, EmpiriST) keep together and ICU cuts apart: hyphenated compounds
/// (`US-Außenministerin`), ordinals with their period (`15.` in `15. Dezember`), abbreviations
/// (`Dr.`, `z.B.`), initials (`J.`), URLs, e-mail addresses, markup remnants (`< /p>`, `&nbsp;`),
/// emoticons (`:-)`) and runs of punctuation (`...`, `?!`, `''`). Quotes and brackets stay
/// tokens of their own. Offsets are code points of the original text.
///
/// Not thread-safe (it owns an ICU iterator): one per thread, see `Pipeline.Worker`.
public final class Tokenizer {
    public let rules: TokenizerRules
    private let words: BreakIterator
    private let boundaryBuffer: UnsafeMutableBufferPointer<Int32>
    /// Scratch space for the text ICU reads, kept across documents.
    private var wordBreakText = WordBreakText()

    public init(rules: TokenizerRules) throws {
        self.rules = rules
        words = try BreakIterator(.word, locale: "de")
        boundaryBuffer = .allocate(capacity: 4096)
    }

    deinit {
        boundaryBuffer.deallocate()
        wordBreakText.deallocate()
    }

    public func annotate(_ document: inout Document) {
        let utf16 = UTF16Text(document.scalars)
        document.tokens = tokens(of: utf16)
    }

    /// The tokens of a text given in UTF-16.
    public func tokens(of utf16: UTF16Text) -> [Token] {
        // ICU's word boundaries over the text with its runs of letters and digits shortened
        // (`WordBreakText`): the same boundaries for a third of ICU's work.
        utf16.units.withUnsafeBufferPointer { units in
            CharacterClass.table.withUnsafeBufferPointer { classes in
                wordBreakText.load(units)
                var stream = BoundaryStream(words, text: wordBreakText, units: units, buffer: boundaryBuffer)
                var pass = TokenPass(units: units, classes: classes, rules: rules, utf16: utf16)
                pass.run(&stream)
                return pass.tokens
            }
        }
    }
}

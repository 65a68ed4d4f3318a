/// Hard-wrapped text: prose broken into lines of about the same width (news agency texts,
/// e-mails, text files wrapped at 70–80 columns), where a single line end is a space, not the end
/// of a headline.
///
/// A text counts as hard-wrapped when at least one of its line ends between two non-blank lines
/// falls certainly inside a sentence (the line ends in a comma, a hyphen or a word of
/// `continuations.txt`, or the next line starts in lower case); the longest of those lines gives
/// the wrap width, which must lie between 40 and 132; at most one line in twenty may be longer
/// than the width by more than an eighth; and either a third of the line ends are certain, or
/// two thirds are certain or full (the next line's first word would not have fitted). In such a text, a line end is soft when
/// the first word of the next line would not have fitted on the line: a line that stops short
/// is still a headline or the end of a paragraph.
enum LineWrap {
    /// The wrap width of the pass's text, or nil when the text is not hard-wrapped. One pass over
    /// the code points.
    static func width(of pass: SentencePass) -> Int? {
        let scalars = pass.scalars
        let n = scalars.count
        var lengths: [Int] = []
        // Each line end between two non-blank lines: the line's length and whether it certainly
        // goes on; the length of the next line's first word.
        var inner: [(length: Int, certain: Bool, nextWord: Int)] = []
        var certain = 0
        var width = 0
        // The previous line, when it was not blank: its start and its end without trailing spaces.
        var previous: (start: Int, end: Int)? = nil
        var lineStart = 0
        var i = 0
        while true {
            var next = i + 1
            if i < n {
                let v = scalars[i].value
                if v == 0x0D {
                    if i + 1 < n, scalars[i + 1].value == 0x0A { next = i + 2 }
                } else if !(v == 0x0A || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029) {
                    i += 1
                    continue
                }
            }
            var end = i
            while end > lineStart, pass.cls(end - 1).hasAny(.space) { end -= 1 }
            var first = lineStart
            while first < end, pass.cls(first).hasAny(.space) { first += 1 }
            if first < end {
                lengths.append(end - lineStart)
                if let line = previous {
                    let goesOn = endsInsideSentence(line.end, nextLineAt: first, in: pass)
                    var wordEnd = first
                    while wordEnd < end, wordEnd - first < 64, !pass.cls(wordEnd).hasAny(.space) { wordEnd += 1 }
                    inner.append((line.end - line.start, goesOn, wordEnd - first))
                    if goesOn {
                        certain += 1
                        width = max(width, line.end - line.start)
                    }
                }
                previous = (lineStart, end)
            } else {
                previous = nil
            }
            if i >= n { break }
            lineStart = next
            i = next
        }
        guard certain >= 1, width >= 40, width <= 132 else { return nil }
        let limit = width + width / 8
        var long = 0
        for length in lengths where length > limit { long += 1 }
        guard long * 20 <= lengths.count else { return nil }
        if certain * 3 >= inner.count { return width }
        var full = 0
        for line in inner where line.certain || line.length + 1 + line.nextWord > width { full += 1 }
        return full * 3 >= inner.count * 2 ? width : nil
    }

    /// Whether a line that ends (without trailing spaces) at `end` certainly goes on in the next
    /// line, whose first character is at `first`.
    static func endsInsideSentence(_ end: Int, nextLineAt first: Int, in pass: SentencePass) -> Bool {
        if pass.cls(first).hasAny(.lower) { return true }
        let last = pass.scalars[end - 1].value
        if last == 0x2C || pass.cls(end - 1).hasAny(.hyphen) { return true }
        var start = end
        while start > 0, end - start < 32, pass.cls(start - 1).hasAny([.letter, .mark]) { start -= 1 }
        return start < end && pass.listed(Token(start: start, end: end, kind: .word), in: pass.rules.continuations) != nil
    }

    /// Whether the line end between token `last` and token `next` is soft in a text wrapped at
    /// `width`: the line with `next`'s first word (up to the next space) would be too long.
    static func isSoftBreak(after last: Token, before next: Token, width: Int, in pass: SentencePass) -> Bool {
        var lineStart = last.end
        while lineStart > 0, last.end - lineStart <= width, !pass.cls(lineStart - 1).hasAny(.newline) { lineStart -= 1 }
        var wordEnd = next.start
        while wordEnd < pass.scalars.count, wordEnd - next.start <= width, !pass.cls(wordEnd).hasAny(.space) { wordEnd += 1 }
        return (last.end - lineStart) + 1 + (wordEnd - next.start) > width
    }
}

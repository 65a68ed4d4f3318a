/// The single pass over a text's UTF-16 units that turns ICU's word segments into tokens.
///
/// A cursor moves through the text; at each token start the first unit's class picks a rule,
/// the rule extends the token over ICU segments or raw units, and the cursor moves to its end.
/// Every rule reads ahead a bounded distance or consumes what it reads, so the pass is linear in
/// the length of the text whatever its shape (one long line, one long "word").
struct TokenPass {
    let u: UnsafeBufferPointer<UInt16>
    let cls: UnsafeBufferPointer<CharacterClass>
    let rules: TokenizerRules
    let utf16: UTF16Text
    let n: Int
    var tokens: [Token] = []
    /// UTF-16 span of the last token emitted.
    private var lastStart = -1
    private var lastEnd = -1
    private var lastKind = Token.Kind.punctuation
    /// No e-mail address starts before this offset (the end of the last failed search).
    var noEmailBefore = 0
    /// Whether a single quotation mark (`'`, `‘`, `‚`) has opened and not yet closed.
    var singleQuoteOpen = false

    /// The longest word the ordinal rules look up, in UTF-16 units.
    private static let maxCueLength = 40

    init(units: UnsafeBufferPointer<UInt16>, classes: UnsafeBufferPointer<CharacterClass>, rules: TokenizerRules, utf16: UTF16Text) {
        u = units
        cls = classes
        self.rules = rules
        self.utf16 = utf16
        n = units.count
        tokens.reserveCapacity(n / 5 + 1)
    }

    @inline(__always) func c(_ i: Int) -> CharacterClass { cls[Int(u[i])] }
    @inline(__always) func unit(_ i: Int) -> UInt16 { i < n ? u[i] : 0 }
    @inline(__always) func has(_ i: Int, _ k: CharacterClass) -> Bool { i < n && cls[Int(u[i])].hasAny(k) }

    /// The class of the character at `i`, decoding a surrogate pair.
    @inline(__always)
    private func scalarClass(_ i: Int) -> CharacterClass {
        let k = c(i)
        guard k.hasAny(.surrogate) else { return k }
        let hi = u[i]
        if hi >= 0xD800 && hi < 0xDC00 && i + 1 < n {
            let lo = u[i + 1]
            if lo >= 0xDC00 && lo < 0xE000 {
                let v = 0x10000 + ((UInt32(hi) - 0xD800) << 10) + (UInt32(lo) - 0xDC00)
                if let s = Unicode.Scalar(v) { return CharacterClass.of(scalar: s) }
            }
        }
        return .symbol
    }

    @inline(__always)
    mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
        if utf16.isBMP {
            tokens.append(Token(start: start, end: end, kind: kind))
        } else {
            tokens.append(Token(start: utf16.codePoint(at: start), end: utf16.codePoint(at: end), kind: kind))
        }
        lastStart = start
        lastEnd = end
        lastKind = kind
    }

    mutating func run(_ stream: inout BoundaryStream) {
        var p = 0
        while p < n {
            let k = c(p)
            if k.hasAny(.space) {
                p += 1
                continue
            }
            let b = stream.boundary(after: p)
            if k.hasAny(.letter), b == n || c(b).hasAny(.space), !containsPeriod(p, b) {
                // The common case: a word that a space ends and no rule can extend.
                emit(p, b, .word)
                p = b
            } else if k.hasAny(.wordCharacter) {
                p = word(p, b, &stream)
            } else if k.hasAny(.surrogate) {
                let sk = scalarClass(p)
                if sk.hasAny(.wordCharacter) {
                    p = word(p, b, &stream)
                } else {
                    emit(p, b, sk.hasAny(.punctuation) ? .punctuation : .symbol)
                    p = b
                }
            } else {
                p = mark(p, b, k, &stream)
            }
        }
    }

    // MARK: Words, numbers, compounds

    /// Whether `text[p..<b]` has a period (ICU joins `z.B`, `www.zeit.de`, `Ende.Der`).
    @inline(__always)
    private func containsPeriod(_ p: Int, _ b: Int) -> Bool {
        var i = p
        while i < b {
            if u[i] == 0x2E { return true }
            i += 1
        }
        return false
    }

    /// A token that starts with a letter, digit or mark at `p`; ICU's segment ends at `b`.
    mutating func word(_ p: Int, _ b: Int, _ stream: inout BoundaryStream) -> Int {
        let first = u[p]
        // URLs: http://, https://, ftp://, www.
        if first | 0x20 == 0x68 || first | 0x20 == 0x77 || first | 0x20 == 0x66, let end = urlStart(p, b) {
            emit(p, end, .url)
            return end
        }
        // E-mail addresses: ICU stops at `@`, `.`, `-`, `+`, `%` inside them.
        if b < n, p >= noEmailBefore, first < 0x80 {
            let x = u[b]
            let joiner = x == 0x2E || x == 0x2D || x == 0x2B || x == 0x25 || x == 0x5F  // . - + % _
            if x == 0x40 || joiner && b + 1 < n && u[b + 1] < 0x80 && has(b + 1, [.letter, .digit]) {
                if let end = email(p) {
                    emit(p, end, .email)
                    return end
                }
            }
        }
        return wordBody(p, scanFrom: p, b, &stream)
    }

    /// The rest of the word rule: dotted segments, compounds, final period, genitive apostrophe.
    mutating func wordBody(_ p: Int, scanFrom: Int, _ b: Int, _ stream: inout BoundaryStream) -> Int {
        // One scan over ICU's segment: the union of its classes, and its internal periods.
        var union: CharacterClass = []
        var dots = 0, maxPart = 0, partStart = scanFrom
        var i = scanFrom
        while i < b {
            let x = u[i]
            union = CharacterClass(rawValue: union.rawValue | cls[Int(x)].rawValue)
            if x == 0x2E {  // "." joined by ICU between letters or digits
                let part = i - partStart
                if part > 0, i + 1 < b {
                    if partStart == p && dots == 0, part >= 2, union.hasAny(.letter), c(i + 1).hasAny(.upper),
                       rules.abbreviationTable.value(u, p, i + 1) != nil {
                        // "Dr.Müller": an abbreviation without its space.
                        emit(p, i + 1, .abbreviation)
                        return i + 1
                    }
                    if part >= 2, c(i - 1).hasAny(.lower), c(i + 1).hasAny(.upper) {
                        // "Ende.Der": a sentence end without its space.
                        emit(p, i, .word)
                        return i
                    }
                }
                dots += 1
                maxPart = max(maxPart, part)
                partStart = i + 1
            }
            i += 1
        }
        maxPart = max(maxPart, b - partStart)
        let hasLetter = union.hasAny(.letter)
        let hasLower = union.hasAny(.lower)
        let hasVowel = union.hasAny(.vowel)
        var end = b
        var kind: Token.Kind = hasLetter ? .word : .number
        // A domain such as spiegel.de (a URL with its path, when one follows).
        if dots > 0, hasLetter, rules.domains.value(u, partStart, b) != nil {
            var e = b
            if unit(e) == 0x2F { e = urlEnd(p) }  // "/"
            let isEmail = UnsafeBufferPointer(rebasing: u[p..<e]).contains(0x40)  // "@"
            emit(p, e, isEmail ? .email : .url)
            return e
        }
        // Hyphenated compounds: US-Außenministerin, Spa-/Wellness-Bereich, Ein- (und Ausgang).
        var compound = false
        while end < n, c(end).hasAny(.hyphen) {
            if has(end + 1, .wordCharacter) {
                if has(end + 1, .letter) { kind = .word }
                end = stream.boundary(after: end + 1)
                compound = true
            } else if unit(end + 1) == 0x2F, has(end + 2, .wordCharacter) {
                if has(end + 2, .letter) { kind = .word }
                end = stream.boundary(after: end + 2)
                compound = true
            } else {
                if hasLetter, end + 1 == n || c(end + 1).hasAny(.space) || u[end + 1] == 0x2C {
                    end += 1  // a truncated compound keeps its hyphen: "Ein- und Ausgang"
                    compound = true
                }
                break
            }
        }
        if compound {
            emit(p, end, kind)
            return end
        }
        // The period after a word or number.
        if end < n, u[end] == 0x2E, unit(end + 1) != 0x2E {
            if kind.equals(.number) {
                if ordinalFollows(p, end, digits: end - p) {
                    emit(p, end + 1, .ordinal)
                    return end + 1
                }
            } else if isAbbreviation(p, end, dots: dots, maxPart: maxPart, hasLower: hasLower, hasVowel: hasVowel) {
                emit(p, end + 1, .abbreviation)
                return end + 1
            } else if end - p <= 5, isRoman(p, end), ordinalFollows(p, end, digits: 9, afterName: lastKind.equals(.word) && lastEnd < p && lastStart >= 0 && c(lastStart).hasAny(.upper)) {
                // Roman numerals after a name: Ludwig XIV., Johannes Paul II.
                emit(p, end + 1, .ordinal)
                return end + 1
            }
        }
        // The apostrophe of a genitive: Thomas', Marx'.
        if kind.equals(.word), end < n, u[end] == 0x27 || u[end] == 0x2019, !singleQuoteOpen, !has(end + 1, .wordCharacter),
           unit(end + 1) != 0x27, unit(end + 1) != 0x2019 {
            switch u[end - 1] {
            case 0x73, 0x78, 0x7A, 0xDF, 0x53, 0x58, 0x5A:  // s x z ß S X Z
                emit(p, end + 1, .word)
                return end + 1
            default: break
            }
        }
        emit(p, end, kind)
        return end
    }

    /// Whether `text[p..<end]` is written in Roman numeral letters (I V X L C D M).
    @inline(__always)
    private func isRoman(_ p: Int, _ end: Int) -> Bool {
        for i in p..<end {
            switch u[i] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: continue
            default: return false
            }
        }
        return true
    }

    /// Whether `text[p..<end]` followed by its period is an abbreviation: listed, a single
    /// letter (initials, `z. B.`), short parts joined by periods (`u.a.`, `M.A.`), or a short word
    /// without vowels (`bzw.`, `Mrd.`, `Nr.`).
    @inline(__always)
    private func isAbbreviation(_ p: Int, _ end: Int, dots: Int, maxPart: Int, hasLower: Bool, hasVowel: Bool) -> Bool {
        if rules.abbreviationTable.value(u, p, end + 1) != nil { return true }
        let length = end - p
        if length == 1 { return true }
        if dots > 0 && maxPart <= 2 { return true }
        if dots == 0 && hasLower && !hasVowel && length <= 5 { return true }
        return false
    }

    /// Whether the number `text[p..<end]` and the period at `end` form an ordinal, judged by the
    /// words around it (`am 15. Dezember`, `der 2. Weltkrieg`) against a sentence end
    /// (`im Jahr 1997. Die …`).
    @inline(__always)
    private func ordinalFollows(_ p: Int, _ end: Int, digits: Int, afterName: Bool = false) -> Bool {
        // An enumeration at the start of a sentence: "… erreicht. 2. Die Kosten …".
        if digits <= 2, !afterName, lastStart < 0 || (lastKind.equals(.punctuation) && c(lastEnd - 1).hasAny(.terminal)) {
            return true
        }
        // Spaces and one line end (hard-wrapped text: "am 1.<line end>Januar"); a blank line ends it.
        var q = end + 1
        var lineEnds = 0
        while q < n, c(q).hasAny(.space) {
            if c(q).hasAny(.newline) {
                if u[q] == 0x0D, q + 1 < n, u[q + 1] == 0x0A { q += 1 }
                lineEnds += 1
                if lineEnds > 1 { return false }
            }
            q += 1
        }
        guard q < n else { return false }
        let k = c(q)
        if k.hasAny(.lower) { return true }
        if k.hasAny(.digit) { return digits <= 2 }
        switch u[q] {
        case 0x2C, 0x3B, 0x29, 0x2F, 0x2D, 0x2013: return true  // , ; ) / - –
        default: break
        }
        guard k.hasAny(.upper) else { return false }
        var r = q + 1
        while r < n, r - q <= Self.maxCueLength, c(r).hasAny(.letter) { r += 1 }
        switch rules.ordinalCues.value(u, q, r) {
        case .after?: return true
        case .notAfter?: return false
        default: break
        }
        if afterName { return true }
        if lastEnd <= p, lastStart >= 0, rules.ordinalCues.value(u, lastStart, lastEnd) == .before {
            return true
        }
        return false
    }
}

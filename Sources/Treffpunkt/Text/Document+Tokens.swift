import ICUBridge

/// The pieces of a token: its parts and the hyphens or slashes between them.
public struct TokenPiece: Hashable, Sendable {
    public var span: TextSpan
    /// Whether the piece is a hyphen or slash between parts rather than a part.
    public var isSeparator: Bool
}

extension Token.Kind {
    /// Equality as one integer comparison, for hot loops (where the synthesized `==` of the enum
    /// may go through its protocol witness).
    @inline(__always)
    public func equals(_ other: Token.Kind) -> Bool { rawValue == other.rawValue }
}

extension Document {
    /// The parts of a hyphenated compound, without the hyphens: `US` and `Außenministerin` of
    /// `US-Außenministerin`, `Spa` `Wellness` `Bereich` of `Spa-/Wellness-Bereich`. Any other
    /// token is its own single part.
    public func parts(of token: Token) -> [TextSpan] {
        pieces(of: token).filter { !$0.isSeparator }.map(\.span)
    }

    /// The parts of the token at `index` in `tokens` (see `parts(of:)`).
    public func parts(ofTokenAt index: Int) -> [TextSpan] { parts(of: tokens[index]) }

    /// The parts of a token and the hyphens and slashes between them, in text order. Tokens
    /// other than words and numbers, and number ranges such as `2013-2014`, are one piece.
    public func pieces(of token: Token) -> [TokenPiece] {
        let whole = [TokenPiece(span: token.span, isSeparator: false)]
        guard token.kind.equals(.word) || token.kind.equals(.number), token.end - token.start > 1 else { return whole }
        var pieces: [TokenPiece] = []
        var partStart = token.start
        var i = token.start
        var hasDigitPartsOnly = true
        while i < token.end {
            let v = scalars[i].value
            let isSeparator = v == 0x2D || v == 0x2010 || v == 0x2011 || (v == 0x2F && !pieces.isEmpty && i == partStart)
            if isSeparator {
                if i > partStart {
                    pieces.append(TokenPiece(span: TextSpan(partStart, i), isSeparator: false))
                }
                pieces.append(TokenPiece(span: TextSpan(i, i + 1), isSeparator: true))
                partStart = i + 1
            } else if scalars[i].properties.numericType != .decimal {
                hasDigitPartsOnly = false
            }
            i += 1
        }
        if pieces.isEmpty { return whole }
        if partStart < token.end {
            pieces.append(TokenPiece(span: TextSpan(partStart, token.end), isSeparator: false))
        }
        if hasDigitPartsOnly { return whole }
        return pieces
    }

    /// The text of a token in Unicode normalisation form C, for matching against lists: the
    /// original text when it is already NFC (always when it has no code point from U+0300 on).
    public func normalizedText(of token: Token) -> String { normalizedText(token.start, token.end) }

    /// The NFC form of the text of a code point range.
    public func normalizedText(_ start: Int, _ end: Int) -> String {
        var simple = true
        for i in start..<end where scalars[i].value >= 0x300 {
            simple = false
            break
        }
        let original = text(start, end)
        if simple { return original }
        return NFC.normalize(original)
    }
}

/// Unicode normalisation form C through ICU.
public enum NFC {
    /// The NFC form of a string (the string itself when ICU fails, which it does not for valid text).
    public static func normalize(_ text: String) -> String {
        let units = Array(text.utf16)
        let alreadyNFC = units.withUnsafeBufferPointer { tp_is_nfc($0.baseAddress, Int32($0.count)) != 0 }
        if alreadyNFC { return text }
        let capacity = units.count * 3 + 16
        var out = [UInt16](repeating: 0, count: capacity)
        let n = units.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                tp_normalize_nfc(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity))
            }
        }
        guard n >= 0 else { return text }
        return String(decoding: out[0..<Int(n)], as: UTF16.self)
    }
}

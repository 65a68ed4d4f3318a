/// One text and its stand-off annotation layers.
///
/// Every span in every layer is a pair of Unicode code point offsets into `scalars`, the original
/// text exactly as the user gave it (end exclusive). Stages add layers; no stage changes the text.
public struct Document: Sendable {
    /// The caller's identifier (file name, JSON Lines `id`).
    public var id: String
    /// The original text as code points; all offsets index this array.
    public let scalars: [Unicode.Scalar]
    /// The publication date that anchors relative dates, when known.
    public var date: CalendarDate?
    /// Further fields of a JSON Lines record, carried through untouched (raw JSON text per key).
    public var meta: [(key: String, json: String)] = []

    public var tokens: [Token] = []
    public var sentences: [Sentence] = []
    public var entities: [Entity] = []
    public var mentions: [Mention] = []
    /// Mentions that point to an entity without naming it: place adjectives and demonyms
    /// (`russischen Beamten`, `Minsker`, `Russen` → place/russland) and names inside hyphenated
    /// compounds (`NATO-Osterweiterung` → NATO). Kept apart from `mentions`, and so out of the
    /// contract's entity mentions, because they do not name the entity itself (GermEval calls them
    /// LOCderiv and LOCpart, not LOC). Their `source` says which kind each is.
    public var derivedMentions: [Mention] = []
    public var times: [TimeExpression] = []
    public var meetings: [Meeting] = []
    /// Problems found in the input that did not stop processing (shown on stderr by the CLI).
    public var warnings: [String] = []
    /// Position of each entity id in `entities`.
    private var entityIndex: [String: Int] = [:]

    public init(id: String, text: String, date: CalendarDate? = nil) {
        self.id = id
        self.scalars = Document.scalars(of: text)
        self.date = date
    }

    /// The code points of a text, decoded from its UTF-8 in one pass (eight ASCII bytes at a
    /// time where it can) straight into the array.
    private static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { result, initialized in
                let count = utf8.count
                var i = 0
                var n = 0
                while i < count {
                    if i + 8 <= count, let base = utf8.baseAddress,
                       UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        for k in 0..<8 { result[n + k] = Unicode.Scalar(utf8[i + k]) }
                        i += 8
                        n += 8
                        continue
                    }
                    let b = UInt32(utf8[i])
                    var v: UInt32
                    if b < 0x80 {
                        v = b
                        i += 1
                    } else if b < 0xE0 {
                        v = (b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b < 0xF0 {
                        v = (b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    result[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                }
                initialized = n
            }
        }
    }

    public init(id: String, scalars: [Unicode.Scalar], date: CalendarDate? = nil) {
        self.id = id
        self.scalars = scalars
        self.date = date
    }

    /// The index of the entity with this id in `entities`, adding it when it is new.
    public mutating func addEntity(_ entity: Entity) -> Int {
        // one hash of the id: the default subscript finds the entry or inserts the next index
        let next = entities.count
        let i = Document.read(&entityIndex[entity.id, default: next])
        if i == next { entities.append(entity) }
        return i
    }

    /// The value behind an inout access (for a dictionary's find-or-insert in one lookup).
    private static func read(_ value: inout Int) -> Int { value }

    /// Makes room for `count` entities in all, so that adding them one by one does not grow the
    /// entity index again and again (a speed hint; it changes no layer).
    public mutating func reserveEntityCapacity(_ count: Int) {
        entities.reserveCapacity(count)
        entityIndex.reserveCapacity(count)
    }

    /// The index of the entity with this id, if the document mentions it.
    public func entity(withID id: String) -> Int? { entityIndex[id] }

    /// The index of the sentence that contains a token.
    public func sentence(containingToken token: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].tokens.lowerBound <= token { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The original text.
    public var text: String { String(String.UnicodeScalarView(scalars)) }

    /// The original text of a code point range.
    public func text(_ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
            var n = 0
            for s in scalars[start..<end] { n = UTF8Encoding.write(s.value, to: buffer, at: n) }
            return n
        }
    }

    /// The original text of a token.
    public func text(of token: Token) -> String { text(token.start, token.end) }

    /// The original text of a span.
    public func text(of span: TextSpan) -> String { text(span.start, span.end) }
}

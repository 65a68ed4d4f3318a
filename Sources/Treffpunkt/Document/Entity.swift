/// The kinds of named things Treffpunkt knows.
public enum EntityType: String, Sendable, CaseIterable, Codable {
    case person
    case organization
    case place
    case topic
}

/// A named thing mentioned in a document, identified by a stable id such as
/// `person/karen-donfried` (from a gazetteer) or `person/~bernd-neuendorf` (found by rule).
public struct Entity: Hashable, Sendable {
    public var id: String
    public var type: EntityType
    /// The canonical name.
    public var name: String
    public var gender: Gender?

    public init(id: String, type: EntityType, name: String, gender: Gender? = nil) {
        self.id = id
        self.type = type
        self.name = name
        self.gender = gender
    }

    /// Whether the entity comes from rules rather than a gazetteer.
    public var isFoundByRule: Bool { id.contains("/~") }
}

public enum Gender: String, Sendable, Codable {
    case female
    case male
}

/// One mention of an entity in the text.
public struct Mention: Hashable, Sendable {
    public enum Source: UInt8, Sendable {
        /// A gazetteer name, alias or generated variant.
        case gazetteer
        /// A rule for names beyond the gazetteers.
        case rule
        /// A short name, pronoun or role noun resolved to an earlier mention.
        case coreference
        /// A place adjective (`russischen`, `Minsker`); kept in `Document.derivedMentions`.
        case adjective
        /// Inhabitants of a place (`Russen`); kept in `Document.derivedMentions`.
        case demonym
        /// A name as part of a hyphenated compound (`NATO-Osterweiterung`); kept in
        /// `Document.derivedMentions`.
        case compoundPart
    }

    public var start: Int
    public var end: Int
    /// The index of the mentioned entity in `Document.entities`.
    public var entity: Int
    /// The index of the sentence in `Document.sentences`.
    public var sentence: Int
    /// The range of tokens the mention covers (a part of a hyphenated compound lies in one token).
    public var tokens: Range<Int>
    public var source: Source

    public init(start: Int, end: Int, entity: Int, sentence: Int, tokens: Range<Int>, source: Source) {
        self.start = start
        self.end = end
        self.entity = entity
        self.sentence = sentence
        self.tokens = tokens
        self.source = source
    }

    public var span: TextSpan { TextSpan(start, end) }
}

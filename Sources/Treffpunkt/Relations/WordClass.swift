/// The classes a word of the meeting rules can belong to. Each class is named in the data files
/// (`Gazetteers/rules/meetings/*.tsv`, first column) by its `rawValue`; see `Docs/rules.md`.
public enum WordClass: String, Sendable, CaseIterable {
    // function-words.tsv
    case article
    case genitiveArticle = "genitive-article"
    case objectArticle = "object-article"
    case possessive
    case preposition
    case partnerPreposition = "partner-preposition"
    case agentPreposition = "agent-preposition"
    case betweenPreposition = "between-preposition"
    case placePreposition = "place-preposition"
    case coordinator
    case subordinator
    case relativePronoun = "relative-pronoun"
    case reflexive
    case reporting
    case passiveAuxiliary = "passive-auxiliary"
    case continuation
    // status-cues.tsv
    case planned
    case cancelled
    case negation
    case negatingArticle = "negating-article"
    case past
    // topic-cues.tsv
    case topicAfter = "topic-after"
    case topicVerb = "topic-verb"
    case topicFrame = "topic-frame"
    case topicStatement = "topic-statement"
    case topicEnd = "topic-end"
    case topicListStart = "topic-list-start"
    // pronouns.tsv
    case male
    case female
    case plural
    case possessiveMale = "possessive-male"
    case possessiveFemale = "possessive-female"
    case possessivePlural = "possessive-plural"
    case both
    case three
    case four
    case company

    var bit: UInt64 { 1 << UInt64(WordClass.allCases.firstIndex(of: self)!) }
}

/// A set of word classes.
public struct WordClasses: Sendable, Hashable {
    public var bits: UInt64 = 0
    public init() {}
    @inline(__always) public func contains(_ c: WordClass) -> Bool { bits & c.bit != 0 }
    @inline(__always) public mutating func insert(_ c: WordClass) { bits |= c.bit }
    @inline(__always) public func containsAny(_ cs: WordClasses) -> Bool { bits & cs.bits != 0 }
    public init(_ classes: [WordClass]) { for c in classes { insert(c) } }
}

/// The classes a word of the meeting rules can belong to. Each class is named in the data files
/// (`Gazetteers/rules/meetings/*.tsv`, first column) by its `name`; see `Docs/rules.md`.
///
/// Cases are numbered in declaration order; the number is the class's bit in `WordClasses`.
public enum WordClass: UInt8, Sendable, CaseIterable {
    // function-words.tsv
    case article
    case genitiveArticle
    case objectArticle
    case possessive
    case preposition
    case partnerPreposition
    case agentPreposition
    case betweenPreposition
    case placePreposition
    case coordinator
    case subordinator
    case relativePronoun
    case reflexive
    case reporting
    case passiveAuxiliary
    case continuation
    case companionAdverb
    // status-cues.tsv
    case planned
    case cancelled
    case negation
    case negatingArticle
    case past
    case cancelVerb
    case cancelParticle
    case perfectAuxiliary
    case participle
    // topic-cues.tsv
    case topicAfter
    case topicVerb
    case topicFrame
    case topicStatement
    case topicEnd
    case topicListStart
    case topicHead
    case topicTail
    // pronouns.tsv
    case male
    case female
    case plural
    case possessiveMale
    case possessiveFemale
    case possessivePlural
    case both
    case three
    case four
    case company
    // function-words.tsv, added later (the numbering follows declaration order)
    case anaphoricDeterminer
    // topic-cues.tsv, added later
    case topicBare
    // pronouns.tsv, added later
    case guest
    // status-cues.tsv, added later
    case refusalVerb
    // topic-cues.tsv, added later
    case topicOpener
    case topicOpenerEnd
    // function-words.tsv, added later
    case contractedPreposition
    // status-cues.tsv, added later
    case sinceTime
    // function-words.tsv, added later
    case repetition
    // function-words.tsv and status-cues.tsv, added later
    case infinitiveParticle
    case announcement
    // function-words.tsv, added later
    case resumption
    // function-words.tsv, added later
    case housingPreposition
    // function-words.tsv, added later
    case leader
    // status-cues.tsv, added later
    case cancelAct
    case meetingDate
    // pronouns.tsv, added later
    case bodyPossessive
    // status-cues.tsv, added later
    case adjournment

    /// The class's name in the data files, in declaration order.
    private static let names: [String] = [
        "article",
        "genitive-article",
        "object-article",
        "possessive",
        "preposition",
        "partner-preposition",
        "agent-preposition",
        "between-preposition",
        "place-preposition",
        "coordinator",
        "subordinator",
        "relative-pronoun",
        "reflexive",
        "reporting",
        "passive-auxiliary",
        "continuation",
        "companion-adverb",
        "planned",
        "cancelled",
        "negation",
        "negating-article",
        "past",
        "cancel-verb",
        "cancel-particle",
        "perfect-auxiliary",
        "participle",
        "topic-after",
        "topic-verb",
        "topic-frame",
        "topic-statement",
        "topic-end",
        "topic-list-start",
        "topic-head",
        "topic-tail",
        "male",
        "female",
        "plural",
        "possessive-male",
        "possessive-female",
        "possessive-plural",
        "both",
        "three",
        "four",
        "company",
        "anaphoric-determiner",
        "topic-bare",
        "guest",
        "refusal-verb",
        "topic-opener",
        "topic-opener-end",
        "contracted-preposition",
        "since-time",
        "repetition",
        "infinitive-particle",
        "announcement",
        "resumption",
        "housing-preposition",
        "leader",
        "cancel-act",
        "meeting-date",
        "body-possessive",
        "adjournment",
    ]

    /// The name used in the data files.
    public var name: String { WordClass.names[Int(rawValue)] }

    /// The class named `name` in a data file.
    public init?(name: String) {
        guard let i = WordClass.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(i))
    }

    @inline(__always) var bit: UInt64 { 1 << UInt64(rawValue) }
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

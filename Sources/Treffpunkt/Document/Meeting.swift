/// Whether a meeting took place, is to take place, or was called off.
public enum MeetingStatus: String, Sendable, Codable {
    case occurred
    case planned
    case cancelled
}

/// A meeting between two sides, merged from all the sentences of a document that speak of it.
public struct Meeting: Hashable, Sendable {
    /// A topic of the meeting: a span of the text and the entities inside it.
    public struct Topic: Hashable, Sendable {
        public var start: Int
        public var end: Int
        /// Indexes into `Document.entities`.
        public var entities: [Int]

        public init(start: Int, end: Int, entities: [Int]) {
            self.start = start
            self.end = end
            self.entities = entities
        }
    }

    /// A passage that speaks of the meeting and the rule that recognised it there.
    public struct Evidence: Hashable, Sendable {
        public var sentence: Int
        public var start: Int
        public var end: Int
        public var rule: String

        public init(sentence: Int, start: Int, end: Int, rule: String) {
            self.sentence = sentence
            self.start = start
            self.end = end
            self.rule = rule
        }
    }

    /// Indexes into `Document.entities`: the visiting or initiating side.
    public var who: [Int]
    /// Indexes into `Document.entities`: the hosting or partner side.
    public var whom: [Int]
    /// Index into `Document.entities` of the place, when the text says.
    public var place: Int?
    /// Index into `Document.entities` of the venue (Kreml) when `place` is the venue's city (Moskau).
    public var venue: Int?
    /// Index into `Document.times` of the meeting's date, when the text says.
    public var time: Int?
    public var about: [Topic]
    public var status: MeetingStatus
    public var evidence: [Evidence]

    /// The date part of a TIMEX3 value (`2012-04-16` of `2012-04-16T09:00`): a meeting's `when`.
    public static func day(of value: String) -> String {
        guard let t = value.firstIndex(of: "T"), value.distance(from: value.startIndex, to: t) >= 7 else { return value }
        return String(value[..<t])
    }

    public init(who: [Int], whom: [Int], place: Int? = nil, time: Int? = nil, about: [Topic] = [],
                status: MeetingStatus, evidence: [Evidence]) {
        self.who = who
        self.whom = whom
        self.place = place
        self.time = time
        self.about = about
        self.status = status
        self.evidence = evidence
    }
}

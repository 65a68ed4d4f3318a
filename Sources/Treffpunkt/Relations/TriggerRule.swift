/// A word or phrase that speaks of a meeting (or of a contact that is not one), with the frame
/// that tells how its arguments become the meeting's sides. One line of `triggers.tsv`.
public struct TriggerRule: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A verb form; matches words written in lower case (or at the start of a sentence).
        case verb
        /// A noun form; matches capitalised words, also as the last part of a compound.
        case noun
        /// A fixed phrase (`an einen Tisch`, `zu Gast`).
        case phrase
        /// A contact that is no meeting (`Telefonat`, `Videokonferenz`, `Brief`): its clause yields
        /// no meeting and later references (`das Gespräch`) that point to it are dropped.
        case nonMeeting = "non-meeting"
        /// A phrase by which more parties join the meeting just mentioned (`mit von der Partie`).
        case join
        /// A phrase by which parties accompany the first side of the meeting just mentioned
        /// (`begleitet von`, `in Begleitung von`).
        case companion
    }

    /// The rule name shown in the evidence of every meeting it finds.
    public var name: String
    public var kind: Kind
    /// The participants of one coordinated group (`X und Y trafen sich`) may be the two sides.
    public var reciprocal = false
    /// Coordinated subjects meet each other with the verb alone, without `sich`
    /// (`Weselsky und Seiler verhandelten`); other reciprocal verbs need `sich` for that.
    public var mutual = false
    /// A separable verb's particle that must follow in the clause (`kam … zusammen`).
    public var particle: Int?
    /// Word ids of further prepositions that mark the partner side in this frame (`treffen auf`).
    public var partners: [Int] = []
    /// Fires only when one of these word ids (prepositions) appears in the clause (`sprechen mit`).
    public var requires: [Int] = []
    /// The sentence subject is the host (`empfangen`): the subject's side is `who`.
    public var subjectIsHost = false
    /// The rule is a participle that needs a form of `werden` to be passive (`empfangen worden`).
    public var passiveParticiple = false
    /// Marks the meeting as planned by itself (`eingeladen`, `angesetzt`).
    public var planned = false
    /// Names a party that holds a series of meetings (`eine Reihe von Gesprächen`): the parties
    /// named alone in the next sentences (`Als Erster kam X`) each meet it.
    public var series = false
    /// A join word whose parties, joining a reception (`empfangen`), stand with the hosts
    /// (`Später stieß der Minister hinzu`).
    public var joinsHosts = false

    /// The `von` agent is the host whatever the voice (`Auf Einladung von X kam Y`).
    public var agentIsHost = false

    /// The frame's object may be the place (`besuchte die Gemeinde Lindenau`).
    public var placeObject = false

    /// A written contact (`Brief`) that no later meeting noun refers to: `bei dem Treffen` after it
    /// still means the meeting told before.
    public var written = false

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}

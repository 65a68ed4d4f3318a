/// One passage that speaks of a meeting (or of a contact that is none), before document merging.
struct MeetingMention {
    enum Kind {
        /// Names two or more sides.
        case meeting
        /// Names one side only (`Nach ihrem Besuch in Moskau`): joins a meeting of that side.
        case partial
        /// Names no side (`Bei diesem Treffen`, `Thema des Gesprächs`): joins the nearest meeting.
        case reference
        /// A phone call, video conference or letter: no meeting, and references to it are no meetings.
        case nonMeeting
    }

    var kind: Kind
    var rule: Int
    var sentence: Int
    var trigger: Int
    /// The clause's token range.
    var clause: Range<Int>
    /// Entity indexes per side; the first side is `who`.
    var sides: [[Int]] = []
    var place: Int?
    var time: Int?
    var status: MeetingStatus = .occurred
    /// Whether a cue in the text (not only a date) fixed the status.
    var statusFromCue = false
    /// The clause is in a past tense (`traf`, `ist … empfangen worden`).
    var isPast = false
    /// Members found through a pronoun rather than a name.
    var pronouns: [Int] = []
    /// The clause names the parties of the latest meeting as a whole (`die Runde`).
    var isCompany = false
    /// The meeting word follows a determiner that points back (`des Treffens`, `bei diesem Gespräch`).
    var pointsBack = false
    /// The persons of the previous sentence's coordinated subject (`X und Y haben …`), for a
    /// mention that points back and names no side, or only a party that joins (`An dem Treffen nahm auch Z teil`).
    var previousSubject: [Int] = []

    /// Every side is one party of a coordinated group that meets itself (`X und Y kamen zusammen`,
    /// `zwischen X und Y`): no side is the host or the partner of the others.
    var isSymmetric = false

    /// Members named by a name in the clause (not by a pronoun or a role noun).
    var named: [Int] = []
    /// The meeting noun's genitive names a party no name stands for (`ein Treffen aller Netzbetreiber`).
    var hasUnnamedParty = false
    /// The mention's frame is a reception (`empfangen`, `Audienz`): its first side is the host.
    var isReception = false
    /// The mention tells a meeting of the parties just met once more (`ein weiteres Gespräch`, `erneut`).
    var repeats = false

    /// The members of all sides, side by side: a single side's own array, otherwise one array
    /// allocated at its final size.
    var members: [Int] {
        if sides.count == 1 { return sides[0] }
        var all: [Int] = []
        all.reserveCapacity(sides.reduce(0) { $0 + $1.count })
        for side in sides { all.append(contentsOf: side) }
        return all
    }
}

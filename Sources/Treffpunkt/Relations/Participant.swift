/// A person, organisation or group named in a meeting clause, with how the clause attaches it.
struct Participant {
    enum Marker {
        /// Subject or other unmarked noun phrase.
        case plain
        /// After `mit`, `bei` or an object article (`den`, `dem`): the partner side.
        case partner
        /// After `von`: the agent of a passive (`wurde von X empfangen`).
        case agent
        /// After `zwischen`: the members are the sides.
        case between
        /// After another preposition (`bezüglich der NATO`, `für die Ukraine`): no side.
        case excluded
        /// After `gemeinsam mit`, `zusammen mit`: on the side of the clause's subject.
        case companion
    }

    var entity: Int
    /// First and end token of the phrase in the text.
    var start: Int
    var end: Int
    var marker: Marker
    /// Several persons behind one phrase (`die beiden`), each a side of a reciprocal meeting.
    var isCountedGroup = false
    /// Found through a pronoun rather than a name.
    var isPronoun = false
}

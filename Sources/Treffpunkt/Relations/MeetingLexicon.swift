/// The meeting rules of the data folder (`Gazetteers/rules/meetings/`), compiled for lookup on
/// token scalars: trigger words and phrases with their frames, function words, status and topic
/// cues, pronouns, role nouns and group nouns. Built once, shared by all threads.
public struct MeetingLexicon: Sendable {
    /// What a multi-word phrase stands for.
    public enum PhraseTarget: Sendable, Hashable {
        case trigger(Int)
        case wordClass(WordClass)
        case group(Int)
    }

    public struct Phrase: Sendable, Hashable {
        public var words: [Int]
        public var target: PhraseTarget
    }

    /// A noun for a group of people that can be a side of a meeting (`Delegation`, `Kabinett`).
    public struct GroupNoun: Sendable, Hashable {
        public var id: String
        public var name: String
        /// The name and id take the genitive complement (`Delegation des Freistaats`).
        public var takesGenitive: Bool
    }

    /// The tables, built once and shared by every copy of the lexicon (each rule finder keeps one
    /// per document), so that a copy counts one reference instead of one per table.
    private final class Storage: Sendable {
        let tables: MeetingLexiconTables
        init(_ tables: MeetingLexiconTables) { self.tables = tables }
    }
    private let storage: Storage

    public var table: WordTable { storage.tables.table }
    public var rules: [TriggerRule] { storage.tables.rules }
    public var groups: [GroupNoun] { storage.tables.groups }
    public var roles: [String] { storage.tables.roles }
    public var phrases: [Phrase] { storage.tables.phrases }
    /// Gazetteer `kind=` values of organisations that are no sides (`media`, `news-agency`).
    public var nonParticipantKinds: Set<String> { storage.tables.nonParticipantKinds }
    /// Organisation kinds (gazetteer `kind=`) housed in their seat's city (`participants.tsv`: housed-kind).
    public var housedKinds: Set<String> { storage.tables.housedKinds }
    var classes: [WordClasses] { storage.tables.classes }
    var triggers: [[Int]] { storage.tables.triggers }
    var role: [Int32] { storage.tables.role }
    var group: [Int32] { storage.tables.group }
    var phrasesByFirstWord: [[Int]] { storage.tables.phrasesByFirstWord }
    /// The tables above per word id in one record each, for the per-token pass (`TokenFacts`).
    var words: [LexiconWord] { storage.tables.words }
    /// Phrase indexes by first word, one run per word (`LexiconWord.phrases`).
    var phraseStarts: [Int32] { storage.tables.phraseStarts }
    /// The words of all phrases one after another; phrase `p` is `phraseWords[phraseWordStarts[p]..<phraseWordStarts[p + 1]]`.
    var phraseWords: [Int32] { storage.tables.phraseWords }
    var phraseWordStarts: [Int32] { storage.tables.phraseWordStarts }
    /// Trigger rules by word, one run per word (`LexiconWord.triggers`).
    var wordTriggers: [WordTrigger] { storage.tables.wordTriggers }

    static let folder = "rules/meetings/"

    /// Loads every rule file; throws `TreffpunktError.invalidData` listing every error by file and line.
    public init(configuration: Configuration) throws {
        storage = Storage(try MeetingLexiconTables(configuration: configuration))
    }

    // MARK: Lookup

    /// The word id of a token, compound suffixes included.
    @inline(__always)
    public func wordID(_ scalars: [Unicode.Scalar], _ token: Token, scratch: inout [UInt32]) -> (id: Int, isWhole: Bool)? {
        table.lookup(scalars, token.start..<token.end, compoundHead: 3, scratch: &scratch)
    }

    public func classes(of id: Int) -> WordClasses { classes[id] }
    public func triggers(of id: Int) -> [Int] { triggers[id] }
    public func role(of id: Int) -> Int? { role[id] < 0 ? nil : Int(role[id]) }
    public func group(of id: Int) -> Int? { group[id] < 0 ? nil : Int(group[id]) }
    public func phrases(startingWith id: Int) -> [Int] { phrasesByFirstWord[id] }

    /// The id of a word of the rules (for code that names a word the data defines).
    public func id(of word: String) -> Int? {
        let scalars = Array(word.unicodeScalars)
        return table.lookup(scalars, 0..<scalars.count)
    }
}

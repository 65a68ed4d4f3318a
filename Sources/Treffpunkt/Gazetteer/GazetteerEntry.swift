/// One entry of a gazetteer as read from its source file, before compilation.
public struct GazetteerEntry: Sendable, Hashable {
    /// How the entry's names must be written in the text to match.
    public enum CaseRule: UInt8, Sendable {
        /// All-caps acronyms also match in title case (`NATO`, `Nato`); other words need the
        /// first letter's case as written (`Merkel`, not `merkel`).
        case standard
        /// Only the capitalisation as written (`Kurz`, not `kurz` or `KURZ`); never a single
        /// capitalised word at the start of a sentence.
        case exact
        /// Any capitalisation (spaCy token patterns on `LOWER`).
        case insensitive
    }

    /// `TYPE/slug`, such as `place/moskau`.
    public var id: String
    public var type: EntityType
    /// The canonical name.
    public var name: String
    /// Further names, matched like the name.
    public var aliases: [String]
    /// The optional `KEY=VALUE` columns in file order (keys may repeat only where the format says).
    public var attributes: [Attribute]
    /// The source file and line of the entry.
    public var file: String
    public var line: Int
    /// `FILE:LINE` of the entry's source line.
    public var origin: String { "\(file):\(line)" }
    public var caseRule: CaseRule
    /// Whether the entry's long names may also match with one typo (curated gazetteers only;
    /// imported spaCy and plain TSV lists match exactly).
    public var allowsFuzzy: Bool

    public struct Attribute: Sendable, Hashable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public init(id: String, type: EntityType, name: String, aliases: [String] = [], attributes: [Attribute] = [],
                file: String, line: Int, caseRule: CaseRule = .standard, allowsFuzzy: Bool = false) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.file = file
        self.line = line
        self.caseRule = caseRule
        self.allowsFuzzy = allowsFuzzy
    }

    /// The `|`-separated values of every column with this key.
    public func values(_ key: String) -> [String] {
        attributes.filter { $0.key == key }.flatMap { a in
            a.value.split(separator: "|").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
        }
    }
}

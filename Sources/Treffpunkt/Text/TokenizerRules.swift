/// The data the tokenizer and sentence splitter read from `Gazetteers/rules/` (formats in
/// `Docs/tokenizer.md` and each file's header):
///
/// * `abbreviations.txt`: abbreviations that keep their period, optionally marked `final`
///   when they often end a sentence (`usw.`, `etc.`);
/// * `ordinals.txt`: the words around a number and a period that make it an ordinal
///   (`am 15. Dezember`) or a sentence end (`im Jahr 2015. Die …`);
/// * `emoticons.txt`: emoticons kept as one token;
/// * `domains.txt`: top-level domains that make `spiegel.de` a URL;
/// * `elisions.txt`: elided words after an apostrophe (`'s`), kept as one token;
/// * `sentence-starters.txt`: capitalised words that open a sentence after a word without
///   punctuation (`… teuer Wir sind …`) or after a semicolon, with an optional condition;
/// * `continuations.txt`: words that never end a sentence, so a line ending in one goes on;
/// * `boilerplate.txt`: lines of web pages that stand alone as a sentence.
public struct TokenizerRules: Sendable {
    /// What the rules know about an abbreviation.
    public struct Abbreviation: Sendable, Hashable {
        /// Whether it often ends a sentence, so that a capitalised word after it starts a new one.
        public var canEndSentence: Bool
    }

    /// The role a word plays next to a number with a period.
    public enum OrdinalCue: UInt8, Sendable {
        /// Before the number: `am 15.`, `der 2.`; the number is an ordinal.
        case before
        /// After the period: `15. Dezember`, `19. Jahrhundert`; the number is an ordinal.
        case after
        /// After the period: a word that starts sentences and never follows an ordinal (`Die`).
        case notAfter
    }

    /// Abbreviations with their final period, as written (`Dr.`, `z.B.`).
    public let abbreviations: Set<String>
    public let abbreviationTable: UnitSequenceTable<Abbreviation>
    public let ordinalCues: UnitSequenceTable<OrdinalCue>
    public let emoticons: UnitSequenceTable<Bool>
    public let domains: UnitSequenceTable<Bool>
    /// When a capitalised word of `sentence-starters.txt` opens a sentence.
    /// The raw values are the file's spellings.
    public enum StarterCondition: String, Sendable {
        /// Right after a word without punctuation (`… teuer Wir sind …`) and after a semicolon.
        case always = ""
        /// As `always`, but after a word only when a lower-case word follows: the word also
        /// opens titles and names (`Die Linke`), but not before a verb (`… durchgeführt Das wird …`).
        case beforeLower = "before-lower"
        /// Only after a semicolon: the word is often capitalised inside a sentence too (`Sie`, `Ein`).
        case afterSemicolon = "after-semicolon"
    }

    /// Capitalised words that start a sentence even without a final mark before them (`Ich`).
    public let sentenceStarters: UnitSequenceTable<StarterCondition>
    /// Words that never end a sentence, so that a line ending in one goes on (`mit`, `der`).
    public let continuations: UnitSequenceTable<Bool>
    /// Elided words with their leading apostrophe (`'s`, `'ne`).
    public let elisions: UnitSequenceTable<Bool>
    /// Boilerplate lines, as written (compared after trimming spaces).
    public let boilerplate: UnitSequenceTable<Bool>

    public init(configuration: Configuration) throws {
        var errors: [String] = []
        var abbreviations = Set<String>()
        var abbreviationTable = UnitSequenceTable<Abbreviation>()
        let abbreviationFile = try DataFile(path: configuration.dataPath("rules/abbreviations.txt"))
        for line in abbreviationFile.lines {
            let fields = line.fields
            let form = String(fields[0])
            var info = Abbreviation(canEndSentence: false)
            for flag in fields.dropFirst() where !flag.isEmpty {
                if flag == "final" {
                    info.canEndSentence = true
                } else {
                    errors.append(abbreviationFile.error(line.number, "unknown flag \"\(flag)\" (known: final)"))
                }
            }
            guard form.hasSuffix("."), !form.hasPrefix("."), form.count > 1 else {
                errors.append(abbreviationFile.error(line.number, "\"\(form)\" is not an abbreviation ending in a period"))
                continue
            }
            abbreviations.insert(form)
            let parts = form.split(separator: " ")
            if parts.count == 1 {
                abbreviationTable.insert(form, info)
            } else {
                for (i, part) in parts.enumerated() {
                    guard part.hasSuffix(".") else {
                        errors.append(abbreviationFile.error(line.number, "each part of \"\(form)\" must end in a period"))
                        break
                    }
                    // Only the last part can end a sentence ("v. Chr." but not "v.").
                    let isLast = i == parts.count - 1
                    let known = abbreviationTable.value(String(part))?.canEndSentence ?? false
                    abbreviationTable.insert(String(part), Abbreviation(canEndSentence: known || (isLast && info.canEndSentence)))
                }
            }
        }

        var ordinalCues = UnitSequenceTable<OrdinalCue>()
        let ordinalFile = try DataFile(path: configuration.dataPath("rules/ordinals.txt"))
        for line in ordinalFile.lines {
            let fields = line.fields
            guard fields.count == 2, !fields[1].isEmpty else {
                errors.append(ordinalFile.error(line.number, "expected ROLE<TAB>WORD"))
                continue
            }
            let cue: OrdinalCue
            switch fields[0] {
            case "before": cue = .before
            case "after": cue = .after
            case "not-after": cue = .notAfter
            default:
                errors.append(ordinalFile.error(line.number, "unknown role \"\(fields[0])\" (known: before, after, not-after)"))
                continue
            }
            ordinalCues.insert(String(fields[1]), cue)
        }

        func wordList(_ name: String) throws -> UnitSequenceTable<Bool> {
            let file = try DataFile(path: configuration.dataPath("rules/\(name)"))
            var table = UnitSequenceTable<Bool>()
            for line in file.lines {
                let entry = line.text.trimmingSpaces
                if entry.contains("\t") {
                    errors.append(file.error(line.number, "one entry per line, without tabs"))
                    continue
                }
                table.insert(String(entry), true)
            }
            return table
        }
        emoticons = try wordList("emoticons.txt")
        domains = try wordList("domains.txt")
        boilerplate = try wordList("boilerplate.txt")
        var sentenceStarters = UnitSequenceTable<StarterCondition>()
        let starterFile = try DataFile(path: configuration.dataPath("rules/sentence-starters.txt"))
        for line in starterFile.lines {
            let fields = line.fields
            let word = fields[0]
            guard let condition = StarterCondition(rawValue: String(fields.count > 1 ? fields[1] : "")) else {
                errors.append(starterFile.error(line.number, "unknown condition \"\(fields[1])\" (known: before-lower, after-semicolon)"))
                continue
            }
            guard fields.count <= 2, !word.isEmpty, word.first?.isUppercase == true else {
                errors.append(starterFile.error(line.number, "expected a capitalised WORD[<TAB>CONDITION]"))
                continue
            }
            sentenceStarters.insert(String(word), condition)
        }
        self.sentenceStarters = sentenceStarters
        continuations = try wordList("continuations.txt")
        var elisions = try wordList("elisions.txt")
        for line in try DataFile(path: configuration.dataPath("rules/elisions.txt")).lines where line.text.hasPrefix("'") {
            elisions.insert("\u{2019}" + line.text.trimmingSpaces.dropFirst(), true)
        }
        self.elisions = elisions
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
        self.abbreviations = abbreviations
        self.abbreviationTable = abbreviationTable
        self.ordinalCues = ordinalCues
    }

    /// Rules with the given abbreviations and nothing else (for tests and tools).
    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
        var table = UnitSequenceTable<Abbreviation>()
        for a in abbreviations { table.insert(a, Abbreviation(canEndSentence: false)) }
        abbreviationTable = table
        ordinalCues = UnitSequenceTable()
        emoticons = UnitSequenceTable()
        domains = UnitSequenceTable()
        boilerplate = UnitSequenceTable()
        elisions = UnitSequenceTable()
        sentenceStarters = UnitSequenceTable()
        continuations = UnitSequenceTable()
    }
}

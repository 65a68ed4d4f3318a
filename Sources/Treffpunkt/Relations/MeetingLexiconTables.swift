/// The tables of the meeting lexicon as loaded from the data files: what `MeetingLexicon` shares
/// by reference among its copies. See `MeetingLexicon` for the lookups.
struct MeetingLexiconTables: Sendable {
    typealias PhraseTarget = MeetingLexicon.PhraseTarget
    typealias Phrase = MeetingLexicon.Phrase
    typealias GroupNoun = MeetingLexicon.GroupNoun

    private(set) var table = WordTable()
    private(set) var rules: [TriggerRule] = []
    private(set) var groups: [GroupNoun] = []
    private(set) var roles: [String] = []
    private(set) var phrases: [Phrase] = []
    /// Gazetteer `kind=` values of organisations that are no sides (`media`, `news-agency`).
    private(set) var nonParticipantKinds: Set<String> = []
    /// Organisation kinds (gazetteer `kind=`) housed in their seat's city (`participants.tsv`: housed-kind).
    private(set) var housedKinds: Set<String> = []
    private(set) var classes: [WordClasses] = []
    private(set) var triggers: [[Int]] = []
    private(set) var role: [Int32] = []
    private(set) var group: [Int32] = []
    private(set) var phrasesByFirstWord: [[Int]] = []
    /// The tables above per word id in one record each, for the per-token pass (`TokenFacts`).
    private(set) var words: [LexiconWord] = []
    /// Phrase indexes by first word, one run per word (`LexiconWord.phrases`).
    private(set) var phraseStarts: [Int32] = []
    /// The words of all phrases one after another; phrase `p` is `phraseWords[phraseWordStarts[p]..<phraseWordStarts[p + 1]]`.
    private(set) var phraseWords: [Int32] = []
    private(set) var phraseWordStarts: [Int32] = [0]
    /// Trigger rules by word, one run per word (`LexiconWord.triggers`).
    private(set) var wordTriggers: [WordTrigger] = []

    /// Loads every rule file; throws `TreffpunktError.invalidData` listing every error by file and line.
    init(configuration: Configuration) throws {
        var errors: [String] = []
        func file(_ name: String) -> DataFile? {
            let path = configuration.dataPath(MeetingLexicon.folder + name)
            do { return try DataFile(path: path) } catch {
                errors.append("\(error)")
                return nil
            }
        }
        for name in ["function-words.tsv", "status-cues.tsv", "topic-cues.tsv", "pronouns.tsv"] {
            if let f = file(name) { loadClasses(f, &errors) }
        }
        if let f = file("role-nouns.tsv") { loadRoles(f, &errors) }
        if let f = file("groups.tsv") { loadGroups(f, &errors) }
        if let f = file("triggers.tsv") { loadTriggers(f, &errors) }
        if let f = file("participants.tsv") {
            for line in f.lines {
                let fields = line.fields
                guard fields.count == 2, fields[0] == "non-participant-kind" || fields[0] == "housed-kind" else {
                    errors.append(f.error(line.number, "expected non-participant-kind or housed-kind<TAB>KIND, KIND …"))
                    continue
                }
                for kind in MeetingLexiconTables.forms(fields[1]) {
                    if fields[0] == "housed-kind" { housedKinds.insert(String(kind)) } else { nonParticipantKinds.insert(String(kind)) }
                }
            }
        }
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
        compileWords()
    }

    /// Fills `words`, `phraseStarts`, `phraseWords` and `wordTriggers` from the tables loaded.
    private mutating func compileWords() {
        for p in phrases {
            phraseWords += p.words.map { Int32($0) }
            phraseWordStarts.append(Int32(phraseWords.count))
        }
        for id in classes.indices {
            var word = LexiconWord(classes: classes[id], role: role[id], group: group[id])
            let firstPhrase = Int32(phraseStarts.count)
            phraseStarts += phrasesByFirstWord[id].map { Int32($0) }
            for p in phrasesByFirstWord[id] { word.secondWords |= 1 << UInt64(phrases[p].words[1] & 63) }
            word.phrases = firstPhrase..<Int32(phraseStarts.count)
            let firstTrigger = Int32(wordTriggers.count)
            for r in triggers[id] { wordTriggers.append(WordTrigger(rule: Int32(r), kind: rules[r].kind)) }
            word.triggers = firstTrigger..<Int32(wordTriggers.count)
            words.append(word)
        }
    }

    // MARK: Loading

    /// Adds a word or phrase form; returns the word id of a single word, nil for a phrase.
    private mutating func addForm(_ raw: Substring, phraseTarget: PhraseTarget) -> Int? {
        var form = raw.trimmingSpaces
        let suffix = form.first == "*"
        if suffix { form = form.dropFirst() }
        let parts = form.split(separator: " ")
        if parts.count > 1 {
            let ids = parts.map { word(String($0), suffix: false) }
            phrases.append(Phrase(words: ids, target: phraseTarget))
            phrasesByFirstWord[ids[0]].append(phrases.count - 1)
            return nil
        }
        return word(String(form), suffix: suffix)
    }

    private mutating func word(_ text: String, suffix: Bool) -> Int {
        let id = table.insert(text, asSuffix: suffix)
        while classes.count <= id {
            classes.append(WordClasses())
            triggers.append([])
            role.append(-1)
            group.append(-1)
            phrasesByFirstWord.append([])
        }
        return id
    }

    private static func forms(_ field: Substring) -> [Substring] {
        field.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    private mutating func loadClasses(_ file: DataFile, _ errors: inout [String]) {
        for line in file.lines {
            let fields = line.fields
            guard fields.count == 2 else {
                errors.append(file.error(line.number, "expected CLASS<TAB>FORMS, found \(fields.count) field(s)"))
                continue
            }
            guard let c = WordClass(name: String(fields[0])) else {
                let known = WordClass.allCases.map(\.name).joined(separator: ", ")
                errors.append(file.error(line.number, "unknown word class '\(fields[0])' (known: \(known))"))
                continue
            }
            for form in MeetingLexiconTables.forms(fields[1]) {
                if let id = addForm(form, phraseTarget: .wordClass(c)) { classes[id].insert(c) }
            }
        }
    }

    private mutating func loadRoles(_ file: DataFile, _ errors: inout [String]) {
        for line in file.lines {
            let fields = line.fields
            guard fields.count == 2, !fields[0].isEmpty else {
                errors.append(file.error(line.number, "expected ROLE<TAB>FORMS"))
                continue
            }
            let r = Int32(roles.count)
            roles.append(String(fields[0]))
            for form in MeetingLexiconTables.forms(fields[1]) {
                guard !form.contains(" ") else {
                    errors.append(file.error(line.number, "a role noun is one word: '\(form)'"))
                    continue
                }
                if let id = addForm(form, phraseTarget: .wordClass(.plural)) { role[id] = r }
            }
        }
    }

    private mutating func loadGroups(_ file: DataFile, _ errors: inout [String]) {
        for line in file.lines {
            let fields = line.fields
            guard fields.count >= 3, fields[0].hasPrefix("organization/~"), !fields[1].isEmpty else {
                errors.append(file.error(line.number, "expected organization/~ID<TAB>NAME<TAB>FORMS[<TAB>genitive=name]"))
                continue
            }
            var takesGenitive = false
            for option in fields.dropFirst(3) where !option.isEmpty {
                if option == "genitive=name" { takesGenitive = true } else {
                    errors.append(file.error(line.number, "unknown option '\(option)' (known: genitive=name)"))
                }
            }
            let g = groups.count
            groups.append(GroupNoun(id: String(fields[0]), name: String(fields[1]), takesGenitive: takesGenitive))
            for form in MeetingLexiconTables.forms(fields[2]) {
                if let id = addForm(form, phraseTarget: .group(g)) { group[id] = Int32(g) }
            }
        }
    }

    private mutating func loadTriggers(_ file: DataFile, _ errors: inout [String]) {
        for line in file.lines {
            let fields = line.fields
            guard fields.count >= 3 else {
                errors.append(file.error(line.number, "expected RULE<TAB>KIND<TAB>FORMS[<TAB>OPTIONS]"))
                continue
            }
            guard let kind = TriggerRule.Kind(rawValue: String(fields[1])) else {
                errors.append(file.error(line.number, "unknown kind '\(fields[1])' (known: verb, noun, phrase, non-meeting, join, companion)"))
                continue
            }
            var rule = TriggerRule(name: String(fields[0]), kind: kind)
            let options = fields.count > 3 ? fields[3].split(separator: " ") : []
            for option in options {
                let parts = option.split(separator: "=", maxSplits: 1)
                switch (parts[0], parts.count) {
                case ("reciprocal", 1): rule.reciprocal = true
                case ("host", 1): rule.subjectIsHost = true
                case ("passive", 1): rule.passiveParticiple = true
                case ("planned", 1): rule.planned = true
                case ("series", 1): rule.series = true
                case ("host-side", 1): rule.joinsHosts = true
                case ("written", 1): rule.written = true
                case ("mutual", 1): rule.mutual = true
                case ("place-object", 1): rule.placeObject = true
                case ("agent-host", 1): rule.agentIsHost = true
                case ("particle", 2): rule.particle = word(String(parts[1]), suffix: false)
                case ("partner", 2):
                    rule.partners = parts[1].split(separator: "|").map { word(String($0), suffix: false) }
                case ("requires", 2):
                    rule.requires = parts[1].split(separator: "|").map { word(String($0), suffix: false) }
                default:
                    errors.append(file.error(line.number,
                        "unknown option '\(option)' (known: reciprocal, mutual, host, passive, planned, series, host-side, place-object, agent-host, written, particle=WORD, partner=WORD|WORD, requires=WORD|WORD)"))
                }
            }
            let r = rules.count
            rules.append(rule)
            let forms = MeetingLexiconTables.forms(fields[2])
            if forms.isEmpty { errors.append(file.error(line.number, "no forms")) }
            for form in forms {
                if (kind == .verb || kind == .noun) && form.contains(" ") {
                    errors.append(file.error(line.number, "'\(form)' has several words; use kind phrase"))
                    continue
                }
                if let id = addForm(form, phraseTarget: .trigger(r)) { triggers[id].append(r) }
            }
        }
    }
}

/// The words, phrases and settings of the temporal tagger, read from `rules/time/*.tsv`
/// (formats in `Docs/time.md` and each file's header).
public final class TimeLexicon: Sendable {
    /// A phrase of one or more words and its meaning.
    public struct Entry: Sendable, Hashable {
        /// The lower-cased words after the first one.
        public var rest: [String]
        public var meaning: TimeWord
    }

    /// Entries by their lower-cased first word, longest phrases first.
    public let entries: [String: [Entry]]
    /// Endings of regular past forms ("-te", "-ten").
    public let pastSuffixes: [String]
    public let participlePrefixes: [String]
    public let separablePrefixes: [String]
    public let participleEndings: [String]
    /// Endings of words that may be finite verbs in the present tense ("-t", "-en").
    public let verbEndings: [String]
    /// Years a weekday may fix when there is no publication date.
    public let weekdayYearWindow: ClosedRange<Int>
    public let twoDigitYearPivot: Int
    public let yearRange: ClosedRange<Int>
    /// The years a number after an acronym may be (`WM 2006`); others are codes (`ICE 1045`).
    public let acronymYearRange: ClosedRange<Int>
    public let decadeCentury: Int
    /// Every word of `entries` (first and later words of the phrases) as code point keys.
    let wordIndex: TimeKeyTable
    /// Letters and case of Latin-1, for the scan of the atoms.
    let latin1Letters = TimeLatin1Letters()
    /// By key id + 1 (0: a word without entries): what the grammar asks of the word.
    let infos: [TimeWordInfo]
    /// By key id + 1: the entries that start with the word, their later words as key ids.
    let phrases: [[Phrase]]
    /// The season and decade codes of `TimeWordInfo`.
    let codes: [String]
    /// The affix lists of `tense.tsv` as code points, or nil when one of them holds a character
    /// that code points cannot compare (then `characterAffixes` serve).
    let scalarAffixes: TimeAffixes<UInt32>?
    let characterAffixes: TimeAffixes<Character>

    /// An entry whose later words are key ids of `wordIndex`.
    struct Phrase: Sendable {
        var rest: [Int32]
        var meaning: TimeWord
    }

    /// Reads every file of `rules/time/` in the data folder; throws with every error found.
    public init(configuration: Configuration) throws {
        var errors: [String] = []
        var entries: [String: [Entry]] = [:]
        var pastSuffixes: [String] = [], participlePrefixes: [String] = []
        var separablePrefixes: [String] = [], participleEndings: [String] = [], verbEndings: [String] = []
        var weekdayYearWindow = 2016...2026, yearRange = 1000...2099, acronymYearRange = 1900...2099
        var twoDigitYearPivot = 50, decadeCentury = 19
        func add(_ form: String, _ meaning: TimeWord) {
            var words = TimeLexicon.words(of: form)
            guard !words.isEmpty else { return }
            var m = meaning
            if case .month(let n, _) = meaning, words.count == 2, words[1] == "." { m = .month(n, abbreviated: true) }
            let first = words.removeFirst()
            let entry = Entry(rest: words, meaning: m)
            if entries[first]?.contains(entry) != true { entries[first, default: []].append(entry) }
        }
        func load(_ name: String, _ parse: (DataFile, DataFile.Line, [Substring]) throws -> Void) {
            do {
                let file = try DataFile(path: configuration.dataPath("rules/time/" + name))
                for line in file.lines {
                    do { try parse(file, line, line.fields) } catch let e as LexiconError {
                        errors.append(file.error(line.number, e.message))
                    } catch {
                        errors.append(file.error(line.number, "\(error)"))
                    }
                }
            } catch {
                errors.append("\(error)")
            }
        }
        func int(_ s: Substring, _ range: ClosedRange<Int>) throws -> Int {
            let t = s.hasPrefix("+") ? s.dropFirst() : s
            guard let n = Int(t), range.contains(n) else {
                throw LexiconError(message: "'\(s)' is not a number in \(range.lowerBound)…\(range.upperBound)")
            }
            return n
        }
        func simple(_ name: String, _ meaning: (Substring) throws -> TimeWord) {
            load(name) { _, _, fields in
                guard fields.count == 2 else { throw LexiconError(message: "expected VALUE<TAB>FORM|FORM|…") }
                let m = try meaning(fields[0])
                for form in fields[1].split(separator: "|") { add(String(form), m) }
            }
        }
        var dayPartForms: [String] = []
        var weekdayForms: [(String, Int)] = []
        simple("months.tsv") { .month(try int($0, 1...12), abbreviated: false) }
        simple("weekdays.tsv") { .weekday(try int($0, 1...7)) }
        simple("dayparts.tsv") { code in
            guard ["MO", "MI", "AF", "EV", "NI"].contains(code) else { throw LexiconError(message: "unknown day part '\(code)'") }
            return .dayPart
        }
        simple("deictic.tsv") { .deictic(try int($0, -7...7)) }
        simple("modifiers.tsv") { .modifier(try int($0, -3...3)) }
        simple("units.tsv") { u in
            let plural = u.hasSuffix("s")
            guard let unit = TimeUnit(rawValue: String(plural ? u.dropLast() : u)) else {
                throw LexiconError(message: "unknown unit '\(u)'")
            }
            return .unit(unit, plural: plural)
        }
        simple("numbers.tsv") { .number(try int($0, 1...1000)) }
        simple("ordinals.tsv") { .ordinal(try int($0, 1...4)) }
        simple("boundaries.tsv") { b in
            guard ["START", "MID", "END"].contains(b) else { throw LexiconError(message: "unknown boundary '\(b)'") }
            return .boundary
        }
        simple("seasons.tsv") { s in
            guard ["SP", "SU", "FA", "WI"].contains(s) else { throw LexiconError(message: "unknown season '\(s)'") }
            return .season(String(s))
        }
        simple("decades.tsv") { d in
            guard d.count == 3, Int(d) != nil else { throw LexiconError(message: "a decade is three digits, like 199") }
            return .decade(String(d))
        }
        simple("anaphora.tsv") { .anaphora(try int($0, -30...30)) }
        simple("holidays.tsv") { rule in
            guard let r = TimeLexicon.holidayRule(rule) else { throw LexiconError(message: "unknown holiday rule '\(rule)'") }
            return .holiday(r)
        }
        load("periods.tsv") { _, _, fields in
            guard fields.count == 3, let unit = TimeUnit(rawValue: String(fields[0])) else {
                throw LexiconError(message: "expected UNIT<TAB>OFFSET<TAB>FORM|FORM|…")
            }
            let offset = try int(fields[1], -10...10)
            for form in fields[2].split(separator: "|") { add(String(form), .period(unit, offset: offset)) }
        }
        for file in ["context.tsv", "tense.tsv"] {
            load(file) { _, _, fields in
                guard fields.count == 2 else { throw LexiconError(message: "expected ROLE<TAB>FORM|FORM|…") }
                let forms = fields[1].split(separator: "|").map(String.init)
                switch fields[0] {
                case "past-suffix": pastSuffixes += forms
                case "participle-prefix": participlePrefixes += forms
                case "separable-prefix": separablePrefixes += forms
                case "participle-ending": participleEndings += forms
                case "verb-ending": verbEndings += forms
                default:
                    guard let role = TimeRole(rawValue: String(fields[0])) else {
                        throw LexiconError(message: "unknown role '\(fields[0])'")
                    }
                    for form in forms { add(form, .role(role)) }
                }
            }
        }
        load("settings.tsv") { _, _, fields in
            switch fields[0] {
            case "weekday-year-window", "year-range", "acronym-year-range":
                guard fields.count == 3 else { throw LexiconError(message: "expected NAME<TAB>FROM<TAB>TO") }
                let a = try int(fields[1], 1...9999), b = try int(fields[2], a...9999)
                switch fields[0] {
                case "year-range": yearRange = a...b
                case "acronym-year-range": acronymYearRange = a...b
                default: weekdayYearWindow = a...b
                }
            case "two-digit-year-pivot":
                guard fields.count == 2 else { throw LexiconError(message: "expected NAME<TAB>VALUE") }
                twoDigitYearPivot = try int(fields[1], 0...100)
            case "decade-century":
                guard fields.count == 2 else { throw LexiconError(message: "expected NAME<TAB>VALUE") }
                decadeCentury = try int(fields[1], 10...99)
            default:
                throw LexiconError(message: "unknown setting '\(fields[0])'")
            }
        }
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }

        // Weekday and day-part compounds: "Mittwochnachmittag", "Freitagabend".
        for (key, list) in entries {
            for e in list where e.rest.isEmpty {
                if case .weekday(let w) = e.meaning { weekdayForms.append((key, w)) }
                if case .dayPart = e.meaning { dayPartForms.append(key) }
            }
        }
        for (weekday, w) in weekdayForms where !weekday.hasSuffix("s") {
            for part in dayPartForms { add(weekday + part, .weekdayPart(w)) }
        }
        for key in entries.keys { entries[key]!.sort { $0.rest.count > $1.rest.count } }
        self.entries = entries
        self.pastSuffixes = pastSuffixes
        self.participlePrefixes = participlePrefixes
        self.separablePrefixes = separablePrefixes
        self.participleEndings = participleEndings
        self.verbEndings = verbEndings
        self.weekdayYearWindow = weekdayYearWindow
        self.yearRange = yearRange
        self.acronymYearRange = acronymYearRange
        self.twoDigitYearPivot = twoDigitYearPivot
        self.decadeCentury = decadeCentury
        var index = TimeKeyTable()
        let firstWords = Array(entries.keys)
        for word in firstWords { _ = index.intern(TimeLexicon.units(word)) }
        for word in firstWords {
            for e in entries[word]! { for w in e.rest { _ = index.intern(TimeLexicon.units(w)) } }
        }
        var infos = [TimeWordInfo](repeating: TimeWordInfo(), count: index.count + 1)
        var phrases = [[Phrase]](repeating: [], count: index.count + 1)
        var codes: [String] = []
        for word in firstWords {
            let list = entries[word]!
            let id = Int(index.find(TimeLexicon.units(word))) + 1
            infos[id] = TimeWordInfo(entries: list, codes: &codes)
            phrases[id] = list.map { e in
                Phrase(rest: e.rest.map { index.find(TimeLexicon.units($0)) }, meaning: e.meaning)
            }
        }
        index.seal(facts: infos.map(\.atomFacts))
        wordIndex = index
        self.infos = infos
        self.phrases = phrases
        self.codes = codes
        let lists = [pastSuffixes, participlePrefixes, separablePrefixes, participleEndings, verbEndings]
        characterAffixes = TimeAffixes(lists.map { $0.map { Array($0) } })
        scalarAffixes = lists.allSatisfy { $0.allSatisfy(TimeAffixes<UInt32>.isPlain) }
            ? TimeAffixes(lists.map { $0.map { $0.unicodeScalars.map(\.value) } }) : nil
    }

    /// The meanings of a single lower-cased word.
    public func meanings(of word: String) -> [Entry] { entries[word] ?? [] }

    /// The key of a word of `entries` in `wordIndex`: its code point values.
    static func units(_ word: String) -> [UInt32] { word.unicodeScalars.map(\.value) }

    /// Splits a form the way the tagger splits text: runs of letters, runs of digits, single marks.
    static func words(of form: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var currentIsDigit = false
        for s in form.unicodeScalars {
            let isSpace = s.properties.isWhitespace
            let isLetter = s.properties.isAlphabetic
            let isDigit = ("0"..."9").contains(s)
            if !current.isEmpty && (isSpace || !(isLetter || isDigit) || isDigit != currentIsDigit) {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
            if isSpace { continue }
            if isLetter || isDigit {
                current.append(LetterCase.lowercase(s))
                currentIsDigit = isDigit
            } else {
                result.append(String(s))
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    static func holidayRule(_ s: Substring) -> HolidayRule? {
        if s.hasPrefix("easter") {
            let rest = s.dropFirst("easter".count)
            let t = rest.hasPrefix("+") ? rest.dropFirst() : rest
            return Int(t).map { HolidayRule.easter(offset: $0) }
        }
        if let lt = s.firstIndex(of: "<") {
            // MM-DD<WD or MM-DD<WD-K: the weekday on or before the day, K weeks earlier.
            let day = s[..<lt].split(separator: "-").compactMap { Int($0) }
            let rest = s[s.index(after: lt)...].split(separator: "-").compactMap { Int($0) }
            guard day.count == 2, CalendarDate(year: 2000, month: day[0], day: day[1]) != nil,
                  (1...2).contains(rest.count), (1...7).contains(rest[0]) else { return nil }
            let weeks = rest.count == 2 ? rest[1] : 0
            guard (0...8).contains(weeks) else { return nil }
            return .weekdayBefore(month: day[0], day: day[1], weekday: rest[0], weeks: weeks)
        }
        let parts = s.split(separator: "-").compactMap { Int($0) }
        if parts.count == 2, CalendarDate(year: 2000, month: parts[0], day: parts[1]) != nil {
            return .fixed(month: parts[0], day: parts[1])
        }
        if parts.count == 3, (1...12).contains(parts[0]), (1...7).contains(parts[1]), (1...5).contains(parts[2]) {
            return .nthWeekday(month: parts[0], weekday: parts[1], n: parts[2])
        }
        return nil
    }
}

struct LexiconError: Error {
    var message: String
}

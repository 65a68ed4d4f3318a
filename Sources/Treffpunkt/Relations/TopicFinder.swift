/// Finds what meetings were about: phrases after topic cues (`über`, `es ging um`, `Thema waren`),
/// objects of discussion verbs (`besprachen`, `… zu diskutieren`), frames (`stand … im
/// Mittelpunkt`) and participants' statements (`betonte, dass …`), in the sentences of a meeting,
/// in the sentence right after any of them, and in the next sentences that name one of its parties.
/// A class, built once per document: its methods, passed around and partially applied, share
/// its arrays without copying them.
final class TopicFinder {
    let lexicon: MeetingLexicon
    let facts: TokenFacts
    let document: Document
    /// Per sentence, whether it speaks of some meeting or contact (read by index, not hashed).
    private let isBusy: [Bool]

    /// How many sentences after its last mention a meeting's statements may follow.
    static let window = 3

    /// `busy`: the sentences that speak of some meeting or contact.
    init(lexicon: MeetingLexicon, facts: TokenFacts, document: Document, busy: Set<Int>) {
        self.lexicon = lexicon
        self.facts = facts
        self.document = document
        var isBusy = [Bool](repeating: false, count: document.sentences.count)
        for s in busy where s >= 0 && s < isBusy.count { isBusy[s] = true }
        self.isBusy = isBusy
    }

    func topics(for draft: MeetingDraft, evidenceSentences: Set<Int>, mentions: [MeetingMention]) -> [Meeting.Topic] {
        var sentences = evidenceSentences.sorted()
        if let first = sentences.first, let last = sentences.last {
            var s = first + 1
            while s < document.sentences.count && s <= last + TopicFinder.window {
                if !evidenceSentences.contains(s) {
                    if isBusy[s] && s > last { break }
                    if !isBusy[s] && (evidenceSentences.contains(s - 1) || s == last + 1 || namesMember(draft, sentence: s)) { sentences.append(s) }
                }
                s += 1
            }
        }
        var ranges: [Range<Int>] = []
        // Only the sentences of a meeting are read for topics, so their spans are found here.
        // A statement (`betonte, dass …`) counts in a sentence of the meeting or one that names a member;
        // a sentence that only follows a mention (`Ein Sprecher betonte, …`) gives topics by cues alone.
        for s in sentences {
            let statements = evidenceSentences.contains(s) || namesMember(draft, sentence: s)
            ranges += findSpans(in: document.sentences[s].tokens, statements: statements)
        }
        // The sentence that leads to the meeting may name the dispute it is about (`Im Streit der
        // Betriebsräte um X schaltet sich die Gewerkschaft ein. Y hat Z zu einem Treffen eingeladen.`).
        if let first = sentences.first, first > 0, !isBusy[first - 1], !PlaceAndTime.paragraphBreak(after: first - 1, document) {
            ranges += findSpans(in: document.sentences[first - 1].tokens, statements: false, lead: true)
        }
        ranges = ranges.filter { r in !ranges.contains { $0 != r && $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound } }
        // A meeting has few topic spans: repeated ones are found by searching an array.
        var seen: [Range<Int>] = []
        var result: [Meeting.Topic] = []
        for r in ranges.flatMap(coordinatedParts) where !seen.contains(r) {
            seen.append(r)
            var entities: [Int] = []
            for k in r where facts.mention[k] >= 0 {
                let e = document.mentions[Int(facts.mention[k])].entity
                if !entities.contains(e) { entities.append(e) }
            }
            result.append(Meeting.Topic(start: document.tokens[r.lowerBound].start, end: document.tokens[r.upperBound - 1].end,
                                        entities: entities))
        }
        return result
    }

    /// Whether an article or possessive stands at `i`.
    private func isDetermined(_ i: Int) -> Bool { facts.has(.article, i) || facts.has(.possessive, i) }

    /// `den Ausbau der Stromtrassen und die Förderung der Wasserstoffwirtschaft`, `über A und über B`:
    /// noun phrases joined by a coordinator before an article, a possessive or a preposition with
    /// its article are separate topics; `Frieden und Sicherheit` and `zwischen A und der B` stay one.
    private func coordinatedParts(_ r: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = r.lowerBound
        var k = r.lowerBound + 1
        while k + 1 < r.upperBound {
            let n = k + 1
            var next: Int?
            if facts.has(.coordinator, k), !(start..<k).contains(where: { facts.has(.betweenPreposition, $0) }) {
                if isDetermined(n) { next = n }
                else if facts.has(.preposition, n), n + 1 < r.upperBound, isDetermined(n + 1) || facts.has(.topicAfter, n) { next = n + 1 }
            }
            if let next, next < r.upperBound, k > start {
                parts.append(start..<k)
                start = next
                k = next + 1
                continue
            }
            k += 1
        }
        parts.append(start..<r.upperBound)
        return parts
    }

    private func namesMember(_ draft: MeetingDraft, sentence s: Int) -> Bool {
        document.sentences[s].tokens.contains { k in
            facts.mention[k] >= 0 && draft.contains(document.mentions[Int(facts.mention[k])].entity)
        }
    }

    // MARK: Spans

    private func isPunctuation(_ k: Int, _ marks: String) -> Bool {
        let t = document.tokens[k]
        return t.kind == .punctuation && marks.unicodeScalars.contains(document.scalars[t.start])
    }

    /// A quotation mark or apostrophe token (`CharacterClass.quote`).
    private func isQuote(_ k: Int) -> Bool {
        let t = document.tokens[k]
        return t.kind == .punctuation && CharacterClass.of(scalar: document.scalars[t.start]).contains(.quote)
    }

    private func isLower(_ k: Int) -> Bool {
        let t = document.tokens[k]
        return t.kind == .word && LetterCase.isLowercase(document.scalars[t.start])
    }

    private func isCapitalised(_ k: Int) -> Bool {
        let t = document.tokens[k]
        return t.kind == .word && LetterCase.isUppercase(document.scalars[t.start])
    }

    /// `lead`: only cues that are nouns (`Streit um`, `Thema war`), not prepositions or verbs.
    private func findSpans(in sentence: Range<Int>, statements: Bool = true, lead: Bool = false) -> [Range<Int>] {
        var result: [Range<Int>] = []
        func add(_ r: Range<Int>?) {
            if let r = r.flatMap({ complemented($0, sentence) }), !r.isEmpty, r.contains(where: isCapitalised), !isDenied(r, sentence) {
                result.append(r)
            }
        }
        /// Whether the cue run of class `cls` that ends at `i` has a noun (`Streit`, `Thema`), as a lead sentence needs.
        func hasNoun(endingAt i: Int, _ cls: WordClass) -> Bool {
            var k = i
            while k >= sentence.lowerBound && facts.has(cls, k) {
                if isCapitalised(k) && !facts.has(.preposition, k) { return true }
                k -= 1
            }
            return false
        }
        for i in sentence {
            let c = facts.classes[i]
            let runEnds = i + 1 >= sentence.upperBound
            if lead {
                if c.contains(.topicAfter), runEnds || !facts.has(.topicAfter, i + 1), hasNoun(endingAt: i, .topicAfter) {
                    add(forward(from: i + 1, sentence))
                }
                if c.contains(.topicOpener), runEnds || !facts.has(.topicOpener, i + 1), hasNoun(endingAt: i, .topicOpener) {
                    var k = i + 1
                    while k < min(sentence.upperBound, i + 12), !facts.has(.topicOpenerEnd, k), document.tokens[k].kind != .punctuation { k += 1 }
                    if k < min(sentence.upperBound, i + 12), facts.has(.topicOpenerEnd, k) { add(forward(from: k + 1, sentence)) }
                }
                continue
            }
            if c.contains(.topicAfter), runEnds || !facts.has(.topicAfter, i + 1) {
                add(forward(from: i + 1, sentence))
            }
            if c.contains(.topicOpener), runEnds || !facts.has(.topicOpener, i + 1) {
                // "ging es nach Angaben des Ministeriums um X": the topic follows the opener's closing word.
                var k = i + 1
                while k < min(sentence.upperBound, i + 12), !facts.has(.topicOpenerEnd, k), document.tokens[k].kind != .punctuation { k += 1 }
                if k < min(sentence.upperBound, i + 12), facts.has(.topicOpenerEnd, k) { add(forward(from: k + 1, sentence)) }
            }
            if c.contains(.topicVerb), runEnds || !facts.has(.topicVerb, i + 1) {
                if runEnds || document.tokens[i + 1].kind == .punctuation {
                    add(backward(before: i, sentence))
                } else {
                    add(forward(from: skipParties(i + 1, sentence), sentence))
                }
            }
            if c.contains(.topicHead), !c.contains(.topicAfter), i + 1 < sentence.upperBound, !facts.has(.topicAfter, i + 1) {
                // "Themen der Unterredung waren …": the topic follows the copula after the head noun.
                var k = i + 1
                while k < min(sentence.upperBound, i + 7), !facts.has(.topicEnd, k) { k += 1 }
                if k < min(sentence.upperBound, i + 7) { add(forward(from: k + 1, sentence)) }
            }
            if c.contains(.topicListStart), !result.isEmpty, result[result.count - 1].upperBound <= i {
                add(forward(from: i + 1, sentence))
            }
            if c.contains(.topicFrame), i == sentence.lowerBound || !facts.has(.topicFrame, i - 1) {
                add(frame(at: i, sentence))
            }
            if statements, c.contains(.topicStatement), runEnds || !facts.has(.topicStatement, i + 1) {
                // "betonte, dass …" and "betonte Donfried, dass …": the parties, a comma and the
                // conjunction come before the statement.
                var k = skipParties(i + 1, sentence)
                if k < sentence.upperBound, isPunctuation(k, ",") { k += 1 }
                if k < sentence.upperBound, facts.has(.subordinator, k) { k += 1 }
                let begin = skipParties(k, sentence)
                // "forderte China auf, …", "bekräftigte, Russland werde …": a particle or auxiliary
                // right after the parties shows a clause whose start was taken for a party: no topic.
                if begin < sentence.upperBound, isLower(begin), facts.has(.topicEnd, begin) || facts.has(.topicTail, begin) { continue }
                var span = forward(from: begin, sentence, clauses: true)
                // "betonte, dass …, und dass …": each dass-clause is a topic.
                while let s = span {
                    add(s)
                    let next = s.upperBound
                    guard next + 1 < sentence.upperBound, facts.has(.coordinator, next), facts.has(.subordinator, next + 1) else { break }
                    span = forward(from: next + 2, sentence, clauses: true)
                }
            }
        }
        return result
    }

    /// Whether the stretch of the sentence around a topic (between marks) denies it: `Der Streit um X
    /// sei kein Thema gewesen`, `spreche man nicht über X`.
    private func isDenied(_ r: Range<Int>, _ sentence: Range<Int>) -> Bool {
        func isBreak(_ k: Int) -> Bool { isPunctuation(k, ",;:–—()") }
        var k = r.lowerBound - 1
        while k >= sentence.lowerBound && !isBreak(k) {
            if facts.has(.negation, k) || facts.has(.negatingArticle, k) { return true }
            k -= 1
        }
        k = r.upperBound
        while k < sentence.upperBound && !isBreak(k) {
            if facts.has(.negation, k) || facts.has(.negatingArticle, k) { return true }
            k += 1
        }
        return false
    }

    /// A topic phrase that says what it is about: a bare head (`die Frage`) gives way to the
    /// question clause after it (`die Frage stehen, wie …` → `wie …`) or is dropped; a mere
    /// quantity (`27 Monate`) is dropped.
    private func complemented(_ r: Range<Int>, _ sentence: Range<Int>) -> Range<Int>? {
        var head = r.lowerBound
        while head < r.upperBound, facts.has(.article, head) || facts.has(.possessive, head) { head += 1 }
        let words = r.upperBound - head
        if words >= 1, words <= 2, document.tokens[head].kind == .number { return nil }
        guard words == 1, facts.has(.topicBare, head) else { return r }
        var k = r.upperBound
        while k < min(sentence.upperBound, r.upperBound + 3), facts.has(.topicEnd, k) { k += 1 }
        guard k + 1 < sentence.upperBound, isPunctuation(k, ","), facts.has(.subordinator, k + 1),
              !facts.has(.relativePronoun, k + 1) else { return nil }
        return forward(from: k + 1, sentence, clauses: true)
    }

    /// Skips the participants, pronouns and particles right after a verb (`besprachen sie auch …`).
    private func skipParties(_ start: Int, _ sentence: Range<Int>) -> Int {
        var k = start
        while k < sentence.upperBound {
            if facts.mention[k] >= 0, document.entities[document.mentions[Int(facts.mention[k])].entity].type != .topic {
                k = max(k + 1, document.mentions[Int(facts.mention[k])].tokens.upperBound)
            } else if facts.has(.male, k) || facts.has(.female, k) || facts.has(.plural, k) || facts.has(.reflexive, k)
                        || facts.has(.coordinator, k) || facts.has(.both, k) || isQuote(k) {
                k += 1
            } else if isLower(k), k + 1 < sentence.upperBound, facts.classes[k].bits == 0, facts.has(.article, k + 1) || isPunctuation(k + 1, "\"„“”«»") {
                k += 1  // an adverb such as "auch"
            } else {
                break
            }
        }
        return k
    }

    /// The topic phrase from `start`: up to the end of its noun phrases, with lists after `:`.
    private func forward(from start: Int, _ sentence: Range<Int>, clauses: Bool = false) -> Range<Int>? {
        var k = start
        while k < sentence.upperBound, isQuote(k) { k += 1 }
        let begin = k
        let limit = min(sentence.upperBound, begin + (clauses ? 40 : 25))
        while k < limit {
            let token = document.tokens[k]
            if token.kind == .punctuation {
                let s = document.scalars[token.start]
                if s == "," && k + 1 < limit {
                    let n = k + 1
                    // Lists (`, die Lage …`) and questions after a noun (`die Frage, wie …`) go on.
                    if facts.has(.article, n) || facts.has(.possessive, n) || (clauses && facts.has(.subordinator, n))
                        || (k > begin && isCapitalised(k - 1) && facts.has(.subordinator, n) && !facts.has(.relativePronoun, n)) {
                        k += 1
                        continue
                    }
                }
                if s == "-" || s == "/" { k += 1; continue }
                break
            }
            if k > begin && (facts.has(.topicEnd, k) || facts.has(.reporting, k)) && !clauses { break }
            // "um X schaltet sich Y ein": the clause's verb before `sich` ends the topic.
            if k > begin + 1, facts.has(.reflexive, k), !clauses, isLower(k - 1), facts.classes[k - 1].bits == 0 {
                k -= 1
                break
            }
            if k > begin, facts.has(.coordinator, k), k + 2 < limit, isLower(k + 1),
               !facts.has(.article, k + 1), !facts.has(.possessive, k + 1), !facts.has(.preposition, k + 1),
               facts.has(.article, k + 2) || facts.has(.possessive, k + 2) {
                break
            }
            k += 1
        }
        var end = k
        while end > begin, isLower(end - 1) && (isParticiple(end - 1) || facts.has(.topicEnd, end - 1) || facts.has(.topicTail, end - 1)
                                            || facts.has(.preposition, end - 1)) {
            end -= 1
        }
        return begin < end ? begin..<end : nil
    }

    private func isParticiple(_ k: Int) -> Bool {
        let t = document.tokens[k]
        let s = document.scalars[t.start..<t.end]
        guard s.count > 4, s.first == "g", s.dropFirst().first == "e" else { return false }
        return s.last == "t" || (s.last == "n" && s.dropLast().last == "e")
    }

    /// `Moskaus Vorschläge zur europäischen Sicherheit zu diskutieren`: the phrase before a
    /// clause-final discussion verb, back to the clause's start.
    private func backward(before verb: Int, _ sentence: Range<Int>) -> Range<Int>? {
        var end = verb
        if end > sentence.lowerBound, isLower(end - 1), facts.has(.topicEnd, end - 1) { end -= 1 }
        var k = end
        while k > sentence.lowerBound {
            let p = k - 1
            if document.tokens[p].kind == .punctuation || facts.has(.subordinator, p) || facts.has(.topicEnd, p) { break }
            if facts.mention[p] >= 0, document.entities[document.mentions[Int(facts.mention[p])].entity].type == .person { break }
            k -= 1
        }
        return k < end ? k..<end : nil
    }

    /// `stand laut Kreml die Frage im Mittelpunkt, wie …` and `Im Mittelpunkt stand …`.
    private func frame(at start: Int, _ sentence: Range<Int>) -> Range<Int>? {
        var end = start
        while end < sentence.upperBound, facts.has(.topicFrame, end) { end += 1 }
        if start == sentence.lowerBound || document.tokens[start - 1].kind == .punctuation {
            // "Im Zentrum (des Gesprächs) stand X": the topic follows the verb.
            var k = end
            while k < min(sentence.upperBound, end + 5), !facts.has(.topicEnd, k) { k += 1 }
            return forward(from: k < sentence.upperBound && facts.has(.topicEnd, k) ? k + 1 : end + 1, sentence)
        }
        if end + 1 < sentence.upperBound, isPunctuation(end, ","), facts.has(.subordinator, end + 1) {
            return forward(from: end + 1, sentence, clauses: true)
        }
        var k = start
        while k > sentence.lowerBound, !facts.has(.topicEnd, k - 1), document.tokens[k - 1].kind != .punctuation { k -= 1 }
        while k < start, facts.has(.reporting, k) || facts.mention[k] >= 0 { k += 1 }
        return k < start ? k..<start : nil
    }
}

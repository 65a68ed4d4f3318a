/// Finds where and when a meeting mention took place: a place named after a place preposition
/// (`in Moskau`, `im Vatikan`) and the temporal expression nearest the trigger, in the clause
/// first, then in the sentence.
struct PlaceAndTime {
    let facts: TokenFacts
    /// Tells the organisations housed in their seat's city (`im Bundestag`), which a housing
    /// preposition makes the meeting's place (its venue). Nil: none is.
    var entityFacts: DocumentEntityFacts? = nil

    /// The place named in the trigger's clause, else in the sentence's other clauses that are not
    /// relative clauses (`Obama, der aus Genf kam, …`).
    /// `object`: the frame's object may be the place (`besuchte die Gemeinde Lindenau`).
    func place(trigger: Int, clause: Range<Int>, clauses: [Range<Int>], document: Document, object: Bool = false) -> Int? {
        if let p = place(in: clause, trigger: trigger, document) { return p }
        if object, let p = place(in: clause, trigger: trigger, document, object: true) { return p }
        var best: (distance: Int, entity: Int)?
        // Not a relative clause, nor a clause that reports (`…, wie ein Sprecher in Kiew mitteilte`).
        for c in clauses where c != clause && !isRelative(c) && !c.contains(where: { facts.has(.reporting, $0) }) {
            if let p = place(in: c, trigger: trigger, document) {
                let distance = abs(c.lowerBound - trigger)
                if best == nil || distance < best!.distance { best = (distance, p) }
            }
        }
        return best?.entity
    }

    /// The place named after a place preposition in `range` nearest to token `nearest`.
    func place(in range: Range<Int>, nearest: Int, document: Document) -> Int? {
        place(in: range, trigger: nearest, document)
    }

    /// For a meeting whose sentences name no place: the nearest place after a place preposition
    /// in the sentences before (at most `window`), the latest in the nearest sentence.
    func placeBefore(sentence: Int, window: Int, document: Document) -> Int? {
        var s = sentence - 1
        while s >= 0 && s >= sentence - window && !PlaceAndTime.paragraphBreak(after: s, document) {
            let tokens = document.sentences[s].tokens
            if let p = place(in: tokens, trigger: tokens.upperBound, document, topicsFrom: tokens.lowerBound) { return p }
            s -= 1
        }
        return nil
    }

    /// Whether a blank line separates sentence `s` from the next: context does not carry over.
    static func paragraphBreak(after s: Int, _ document: Document) -> Bool {
        guard s + 1 < document.sentences.count else { return false }
        return document.lineBreaks(in: document.sentences[s].end..<document.sentences[s + 1].start) >= 2
    }

    /// Whether a paragraph break lies between two sentences.
    static func paragraphBreak(between a: Int, and b: Int, _ document: Document) -> Bool {
        let (x, y) = a < b ? (a, b) : (b, a)
        return (x..<y).contains { paragraphBreak(after: $0, document) }
    }

    private func isRelative(_ clause: Range<Int>) -> Bool {
        clause.count > 2 && facts.has(.relativePronoun, clause.lowerBound + 1) && !facts.has(.article, clause.lowerBound + 2)
    }

    /// `object`: a place with no preposition before it counts too (`hat die Gemeinde Lindenau besucht`).
    /// A place inside a topic (`sprachen über die Lage im Indopazifik`) is none; so is a place after a
    /// `topic-frame` (`Im Mittelpunkt … stand die Lage der Kirche in Österreich`) or after a
    /// `topic-after`, `topic-verb` or `topic-opener` word behind `topicsFrom` (the trigger; the
    /// sentence's start for a sentence before the meeting: `berieten über die Lage in der Ukraine`).
    private func place(in range: Range<Int>, trigger: Int, _ document: Document, object: Bool = false, topicsFrom: Int? = nil) -> Int? {
        var best: (distance: Int, entity: Int)?
        let from = topicsFrom ?? trigger
        let topic = range.first { k in
            facts.has(.topicFrame, k)
                || k >= from && (facts.has(.topicAfter, k) || facts.has(.topicVerb, k) || facts.has(.topicOpener, k)) && !facts.has(.continuation, k)
        } ?? range.upperBound
        var i = range.lowerBound
        while i < range.upperBound {
            let m = facts.mention[i]
            guard m >= 0 else { i += 1; continue }
            let mention = document.mentions[Int(m)]
            defer { i = max(i + 1, mention.tokens.upperBound) }
            guard mention.tokens.lowerBound < topic else { continue }
            let isHoused = entityFacts?.isHoused(mention.entity) ?? false
            guard document.entities[mention.entity].type == .place || isHoused else { continue }
            let first = mention.tokens.lowerBound
            var k = first - 1
            var steps = 0
            var preposition = false
            var otherPreposition = false
            while k >= range.lowerBound && steps < 4 {
                if facts.has(.placePreposition, k) { preposition = true; break }
                if facts.has(.preposition, k) { otherPreposition = true; break }
                // An object's article opens its noun phrase (`die Gemeinde Lindenau`).
                if object && facts.has(.article, k) { break }
                let t = document.tokens[k]
                if t.kind == .punctuation { break }
                k -= 1
                steps += 1
            }
            guard preposition || (object && !otherPreposition && !isHoused) else { continue }
            if preposition && (isInsideTopic(preposition: k, range, document) || isHoused && !facts.has(.housingPreposition, k)) { continue }
            let distance = abs(first - trigger)
            if best == nil || distance < best!.distance { best = (distance, mention.entity) }
        }
        return best?.entity
    }

    /// Whether the place preposition at `k` follows a topic cue and the noun phrase after it
    /// (`über die Lage im …`, `über den Krieg in …`): the place belongs to the topic.
    private func isInsideTopic(preposition k: Int, _ range: Range<Int>, _ document: Document) -> Bool {
        var j = k - 1
        while j >= range.lowerBound && j >= k - PlaceAndTime.topicReach {
            if facts.has(.topicAfter, j) { return true }
            if facts.has(.placePreposition, j) || facts.mention[j] >= 0 || facts.has(.topicEnd, j) { return false }
            if document.tokens[j].kind == .punctuation { return false }
            j -= 1
        }
        return false
    }

    /// How many words back from a place preposition a topic cue may stand (`über die aktuelle Lage im`).
    static let topicReach = 4

    /// A date after `seit` (`das erste Gespräch seit ihrem Amtsantritt im Juni`): a point of reference, no meeting date.
    func isReferenceTime(_ t: Int, _ document: Document) -> Bool {
        let first = document.times[t].tokens.lowerBound
        var k = first
        while k >= max(0, first - 4) {
            if facts.has(.sinceTime, k) { return true }
            if k < first, document.tokens[k].kind == .punctuation { return false }
            k -= 1
        }
        return false
    }

    /// Whether the clause tells an agent cancelling the meeting: nil if not, true for a verb whose
    /// particle closes the clause (`sagte … ab`), false for a participle (`abgesagt`).
    private func cancelAct(in clause: Range<Int>, document: Document) -> Bool? {
        for k in clause where facts.has(.cancelAct, k) {
            if StatusFinder.isSplitCancelVerb(k, clause: clause, facts: facts, tokens: document.tokens) { return true }
            if facts.has(.cancelled, k) { return false }
        }
        return nil
    }

    /// Whether a date starting at token `first` in a cancelling clause is the act's date.
    private func isActTime(_ first: Int, trigger: Int, split: Bool) -> Bool {
        var k = first - 1
        // The date's own preposition and article (`für den 11. Januar`, `am Donnerstag`).
        while k >= 0 && k >= first - 2 {
            if facts.has(.meetingDate, k) { return false }
            k -= 1
        }
        return split || !(first - trigger >= 1 && first - trigger <= 2)
    }

    /// Whether a TIMEX3 value names a day, month or year (`2021-12-15`, `XXXX-12-15`, `2022-03`).
    static func isDate(_ value: String) -> Bool {
        let u = Array(value.utf8)
        guard u.count >= 7, u[4] == UInt8(ascii: "-") else { return false }
        let year = u[0..<4].allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "X") }
        return year && u[5] >= 48 && u[5] <= 57 && u[6] >= 48 && u[6] <= 57
    }

    /// The meeting's date: the date nearest the trigger in its clause, else in its sentence. In a
    /// clause that tells an agent cancelling it (`sagte das Treffen am Dienstagabend ab`), a date
    /// is when it was called off, unless after a `meeting-date` word (`für Donnerstag`) or, with a
    /// participle (`Das Treffen am Donnerstag wurde abgesagt`), right after the meeting noun.
    func time(trigger: Int, clause: Range<Int>, sentence: Int, document: Document) -> Int? {
        var best: (inClause: Bool, distance: Int, index: Int)?
        let tokens = document.sentences[sentence].tokens
        let act = cancelAct(in: clause, document: document)
        // Times are read by index, so a time outside the sentence costs no copy of its strings.
        for t in document.times.indices {
            let span = document.times[t].tokens
            guard span.upperBound > tokens.lowerBound && span.lowerBound < tokens.upperBound,
                  PlaceAndTime.isDate(document.times[t].value), !isReferenceTime(t, document) else { continue }
            let inClause = clause.contains(span.lowerBound)
            if inClause, let act, isActTime(span.lowerBound, trigger: trigger, split: act) { continue }
            let distance = abs(span.lowerBound - trigger)
            if let b = best, b.inClause && !inClause || (b.inClause == inClause && b.distance <= distance) { continue }
            best = (inClause, distance, t)
        }
        return best?.index
    }
}

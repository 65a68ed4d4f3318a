/// The persons of a sentence's coordinated subject: two or more person names that open the
/// sentence, joined by commas and a coordinator (`Scholz und Macron haben …`, `Kanzler Scholz,
/// Macron und Meloni …`), each optionally after an article or role nouns (with a word before a
/// role noun: `Der Wiener Bürgermeister X`), and the first token
/// after them. Nil when the sentence opens otherwise, when a party is no person or when fewer than
/// two distinct persons are named.
enum CoordinatedSubject {
    static func persons(of sentence: Range<Int>, facts: TokenFacts, document: Document) -> (persons: [Int], end: Int)? {
        var persons: [Int] = []
        var coordinated = false
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            // Articles and role nouns, and a word right before a role noun (`Der Wiener Bürgermeister X`).
            while k < sentence.upperBound, facts.mention[k] < 0,
                  facts.role[k] >= 0 || facts.has(.article, k) || isAttribute(k, of: sentence, facts: facts, document: document) { k += 1 }
            guard k < sentence.upperBound, facts.mention[k] >= 0 else { return nil }
            let mention = document.mentions[Int(facts.mention[k])]
            guard document.entities[mention.entity].type == .person, mention.tokens.lowerBound == k else { return nil }
            if !persons.contains(mention.entity) { persons.append(mention.entity) }
            k = mention.tokens.upperBound
            guard k < sentence.upperBound else { return nil }
            if facts.has(.coordinator, k) {
                coordinated = true
            } else if !isComma(k, document) {
                break
            } else if coordinated {
                // "X und Y, die …": the subject ends before the comma.
                break
            }
            k += 1
        }
        return coordinated && persons.count >= 2 ? (persons, k) : nil
    }

    /// A word right before a role noun (`Wiener`, `bayerische`): the role's attribute.
    private static func isAttribute(_ k: Int, of sentence: Range<Int>, facts: TokenFacts, document: Document) -> Bool {
        k + 1 < sentence.upperBound && document.tokens[k].kind == .word && facts.role[k + 1] >= 0 && facts.mention[k + 1] < 0
    }

    private static func isComma(_ token: Int, _ document: Document) -> Bool {
        let t = document.tokens[token]
        return t.kind == .punctuation && document.scalars[t.start] == ","
    }
}

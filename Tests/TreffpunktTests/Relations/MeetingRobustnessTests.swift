import Testing
@testable import Treffpunkt

/// Scrambled and broken input through the whole pipeline: the builder must not crash and every
/// meeting must keep the contract's invariants.
@Suite struct MeetingRobustnessTests {
    static let sentences = [
        "Am Mittwoch traf sich Karen Donfried in Moskau mit Dmitri Kosak und Sergej Rjabkow.",
        "Bei diesem Treffen ging es um die Lage an der Grenze der Ukraine: Gas, Truppen und Sanktionen.",
        "Die beiden Präsidenten führten im Kreml ein Gespräch, das nicht abgesagt wurde.",
        "Eine Reihe von Gesprächen hat der Bundespräsident eröffnet; als Erster kam Sebastian Kurz.",
        "Ein Telefonat mit Emmanuel Macron fand statt, zwischen Olaf Scholz und ihm gab es kein Treffen.",
        "( beide CDU ) , mit von der Partie – und , , sowie „zwischen“ : einschließlich der Delegation des",
    ]

    /// A small deterministic generator (xorshift), so that a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    @Test func scrambledTextKeepsTheInvariants() {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
        let words = Self.sentences.joined(separator: " ").split(separator: " ").map(String.init)
        for _ in 0..<400 {
            let count = 5 + generator.next(60)
            let text = (0..<count).map { _ in words[generator.next(words.count)] }.joined(separator: generator.next(4) == 0 ? "\n\n" : " ")
            let doc = TestSupport.process(text, date: generator.next(2) == 0 ? "2021-12-17" : nil)
            for m in doc.meetings {
                #expect(!m.who.isEmpty && !m.whom.isEmpty, "\(text)")
                #expect(Set(m.who).isDisjoint(with: m.whom), "\(text)")
                #expect(!m.evidence.isEmpty, "\(text)")
                for e in m.evidence { #expect(0 <= e.start && e.start < e.end && e.end <= doc.scalars.count) }
                for t in m.about { #expect(0 <= t.start && t.start < t.end && t.end <= doc.scalars.count) }
                #expect(m.place.map { doc.entities[$0].type == .place } ?? true)
            }
        }
    }

    @Test func emptyAndMarkOnlyTextGiveNoMeetings() {
        for text in ["", " ", "\n\n", ".", "–", "„“", "treffen", "Treffen.", "mit und zwischen"] {
            #expect(TestSupport.process(text).meetings.isEmpty, "\(text)")
        }
    }

    /// A mention that runs over a sentence boundary (a faulty upstream stage) starts before the
    /// clause that holds its end: the builder must not form a range backwards from it.
    @Test func mentionAcrossASentenceBoundaryDoesNotCrash() {
        let text = "Gestern sprach Anna Weber. Müller traf am Montag in Bonn den Minister Peter Krause."
        let doc = MeetingFixture.run(text, names: [
            MeetingFixture.person("anna-weber-mueller", "Weber. Müller"),
            MeetingFixture.person("peter-krause", "Peter Krause"),
        ])
        for m in doc.meetings {
            #expect(Set(m.who).isDisjoint(with: m.whom))
        }
        #expect(doc.mentions.contains { doc.sentence(containingToken: $0.tokens.lowerBound) != doc.sentence(containingToken: $0.tokens.upperBound - 1) })
    }
}

import Testing
@testable import Treffpunkt

/// Parties that stand for organisations (`Für CDU und CSU nahm X teil, die SPD war durch Y vertreten`).
struct MeetingRepresentationTests {
    private typealias F = MeetingFixture

    /// Representatives named in one sentence (`…, die SPD war durch X vertreten`), and a gapped
    /// clause after a join clause that repeats its preposition (`…, für die SPD X`).
    @Test(arguments: [
        "Die Spitzen von Union und SPD haben am Dienstag lange beraten. Für CDU und CSU nahmen Friedrich Merz und Markus Söder teil, die SPD war durch Lars Klingbeil und Bärbel Bas vertreten.",
        "Der Koalitionsausschuss hat am Dienstag im Kanzleramt getagt. Für die Union nahmen Friedrich Merz und Markus Söder teil, für die SPD Lars Klingbeil und Bärbel Bas.",
    ])
    func representativesOfPartiesMeetEachOther(text: String) {
        let doc = TestSupport.process(text)
        #expect(F.pairs(doc) == ["baerbel-bas+friedrich-merz", "baerbel-bas+markus-soeder", "friedrich-merz+lars-klingbeil", "lars-klingbeil+markus-soeder"])
    }

    @Test func theRoundOfRepresentativesMeetingAgainIsAPlannedMeeting() {
        let text = "Die Spitzen von Union und SPD haben am Dienstag beraten. Für die Union nahmen Friedrich Merz und Markus Söder teil, die SPD war durch Lars Klingbeil vertreten. Die Runde will im Dezember erneut zusammenkommen."
        let doc = TestSupport.process(text, date: "2025-11-20")
        #expect(doc.meetings.count == 2)
        #expect(doc.meetings.map(\.status) == [.occurred, .planned])
        #expect(F.pairs(doc) == ["friedrich-merz+lars-klingbeil", "lars-klingbeil+markus-soeder"])
    }

    @Test func aClauseWithAnotherPrepositionAfterAJoinClauseDoesNotJoin() {
        let text = "Der Koalitionsausschuss hat am Dienstag im Kanzleramt getagt. Für die Union nahmen Friedrich Merz und Markus Söder teil, trotz Kritik von Lars Klingbeil."
        let doc = TestSupport.process(text)
        #expect(!F.pairs(doc).contains("friedrich-merz+lars-klingbeil"))
    }

    @Test func aBodyWhoseSessionAPersonJoinsStaysASide() {
        let text = "Am Dienstag ist eine Sitzung des Ministerrats angesetzt, an der auch Ursula von der Leyen teilnehmen soll."
        let doc = TestSupport.process(text)
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.allSatisfy { m in (m.who + m.whom).contains { doc.entities[$0].id == "person/ursula-von-der-leyen" } })
    }

    @Test func aCommaAfterAClauseFinalParticleOpensAClause() {
        let text = "Für die Union nahm Friedrich Merz teil, die SPD war durch Lars Klingbeil vertreten."
        #expect(wordClauses(text) == 2)
    }

    @Test func anAppositionAfterANameStaysInItsClause() {
        let text = "Merz traf am Montag Macron, den Präsidenten Frankreichs."
        #expect(wordClauses(text) == 1)
    }

    @Test func aRelativeClauseAfterAClauseFinalParticipleIsItsOwnClause() {
        #expect(wordClauses("Merz hat am Montag den Minister getroffen, der die Reform verantwortet.") == 2)
    }

    /// The clauses of the first sentence that hold more than the closing full stop.
    private func wordClauses(_ text: String) -> Int {
        let document = TestSupport.segment(text)
        let facts = TokenFacts(document: document, lexicon: MeetingFixture.builder.lexicon)
        return ClauseSplitter(document: document, facts: facts).clauses(of: document.sentences[0]).filter { $0.count > 1 }.count
    }

    /// An organisation after `von` that follows an article and a common noun is that noun's
    /// attribute (`das Stahlwerk von Thyssenkrupp`), no side; an agent after a day still is.
    @Test func theOwnerOfAVisitedSiteIsNoSide() {
        let site = TestSupport.process("Mona Neubaur hat am Dienstag das Stahlwerk von Thyssenkrupp besucht und traf Betriebsratschef Serkan Aydemir.")
        #expect(!F.pairs(site).contains { $0.contains("thyssenkrupp") })
        let agent = TestSupport.process("Friedrich Merz wurde am Montag von der Deutschen Bahn empfangen.")
        #expect(agent.meetings.count == 1)
    }
}

import Testing
@testable import Treffpunkt

@Suite("Name coreference")
struct CoreferenceTests {
    @Test func lastNameAndGenitive() {
        let text = "Karin Wendtland reiste an. Wendtlands Sprecher sagte, Wendtland sei zufrieden."
        let document = TestSupport.process(text)
        let ids = Set(document.mentions.map { document.entities[$0.entity].id })
        #expect(ids == ["person/~karin-wendtland"])
        #expect(document.mentions.map { document.text(of: $0.span) } == ["Karin Wendtland", "Wendtlands", "Wendtland"])
        #expect(document.mentions.filter { $0.source == .coreference }.count == 2)
    }

    @Test func lastNameWithParticles() {
        let found = nameMentions("Alexander Van der Bellen sprach. Danach sagte Van der Bellen nichts.")
        #expect(found.map(\.text) == ["Alexander Van der Bellen", "Van der Bellen"])
        #expect(Set(found.map(\.id)).count == 1)
    }

    @Test func aTitledLastNameJoinsTheFullName() {
        let found = nameMentions("Jutta Pfeilsticker kam. Später dankte Frau Pfeilsticker allen.")
        #expect(found.count == 2)
        #expect(Set(found.map(\.id)) == ["person/~jutta-pfeilsticker"])
    }

    @Test func sharedLastNamesStayUnlinked() {
        let found = nameMentions("Jutta Brenneisen und Klaus Brenneisen kamen. Brenneisen sprach.")
        #expect(!found.contains { $0.text == "Brenneisen" })
    }

    @Test func acronymInParentheses() {
        let text = "Das Bundesamt für Wasserwirtschaft (BAWW) warnte. Das BAWW rät zur Vorsicht."
        let found = nameMentions(text)
        #expect(found.map(\.text) == ["Bundesamt für Wasserwirtschaft", "BAWW", "BAWW"])
        #expect(Set(found.map(\.id)) == ["organization/~bundesamt-fuer-wasserwirtschaft"])
        let document = TestSupport.process(text)
        #expect(document.mentions.filter { $0.source == .coreference }.count == 2)
    }

    @Test func aLastNameInsideACompoundIsNotLinked() {
        let found = nameMentions("Karin Wendtland kam. Die Wendtland-Doktrin gilt.")
        #expect(found.count == 1)
    }
}

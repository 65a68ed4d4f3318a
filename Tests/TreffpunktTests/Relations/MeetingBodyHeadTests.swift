import Testing
@testable import Treffpunkt

/// A body met as a whole whose head the next sentence names (`traf den Betriebsrat des Werks.
/// Dessen Vorsitzende, X, …`): X is the other side.
@Suite struct MeetingBodyHeadTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names + [F.person("birgit-steinborn", "Birgit Steinborn", "Steinborn", gender: .female),
                                                 F.org("betriebsrat", "Betriebsrat des Werks")]

    @Test func theHeadNamedNextMeetsTheSubject() {
        let doc = F.run("Am Mittwoch besuchte Habeck ein Werk in Berlin. Anschließend traf Habeck den Betriebsrat der Fabrik. Dessen Vorsitzende, Birgit Steinborn, forderte mehr Unterstützung.",
                        names: Self.names, times: [("Am Mittwoch", "2024-11-20")], date: "2024-11-21")
        #expect(F.pairs(doc) == ["birgit-steinborn+robert-habeck"])
    }

    @Test func theHeadStandsForABodyNamedAsAnOrganization() {
        let doc = F.run("Anschließend traf Habeck den Betriebsrat des Werks. Dessen Vorsitzende, Birgit Steinborn, forderte mehr Unterstützung.",
                        names: Self.names)
        #expect(F.pairs(doc) == ["birgit-steinborn+robert-habeck"])
    }

    @Test func aSentenceOpeningOtherwiseAddsNoOne() {
        let doc = F.run("Anschließend traf Habeck den Betriebsrat der Fabrik. Die Vorsitzende Birgit Steinborn forderte mehr Unterstützung.",
                        names: Self.names)
        #expect(!F.pairs(doc).contains("birgit-steinborn+robert-habeck"))
    }
}

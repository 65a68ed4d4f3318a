import Testing
@testable import Treffpunkt

@Suite struct MeetingNounTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func gespraecheOfXWithY() {
        let doc = F.run("Für den Mittag sind Gespräche Obamas mit Angela Merkel angesetzt.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama"])
        #expect(doc.meetings.first?.status == .planned)
    }

    @Test func treffenZwischenXUndY() {
        let doc = F.run("Das Treffen zwischen Merkel und Obama fand in Genf statt.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama"])
        #expect(doc.meetings.first.map { doc.entities[$0.place!].id } == "place/genf")
    }

    @Test func compoundNounsEndInATrigger() {
        let doc = F.run("Obama und Merkel haben ihr Gipfeltreffen in Genf begonnen.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+barack-obama"])
        #expect(doc.meetings.first?.evidence.first?.rule == "treffen")
    }

    @Test func audienzBeiAsHost() {
        let doc = F.run("Zu einer Audienz ist Merkel am Samstag bei Gauck in Berlin gewesen.", names: Self.names)
        #expect(F.pairs(doc) == ["angela-merkel+joachim-gauck"])
    }

    @Test func zuGastHabenAndZuGastSeinBei() {
        let host = F.run("Gauck hat am Sonntag Obama in Berlin zu Gast.", names: Self.names)
        #expect(F.pairs(host) == ["barack-obama+joachim-gauck"])
        #expect(host.meetings.first?.evidence.first?.rule == "zu-gast-haben")
        let guest = F.run("Obama ist am Sonntag bei Gauck in Berlin zu Gast.", names: Self.names)
        #expect(guest.meetings.first?.evidence.first?.rule == "zu-gast-bei")
    }

    @Test func aPlaceAfterAPrepositionIsWhere() {
        let doc = F.run("Merkel traf Obama, der aus Genf kam, in Berlin.", names: Self.names)
        #expect(doc.meetings.first.map { doc.entities[$0.place!].id } == "place/berlin")
    }

    @Test func aPartyInParenthesesOrACompoundIsNoSide() {
        let names = Self.names + [F.org("cdu", "CDU"), F.org("dfb", "DFB")]
        let doc = F.run("DFB-Präsident Gauck traf Angela Merkel (CDU) in Berlin.", names: names)
        #expect(F.pairs(doc) == ["angela-merkel+joachim-gauck"])
    }

    @Test func aGroupNounBecomesAGroupEntity() {
        let doc = F.run("Am Montag empfängt Gauck eine Delegation des Freistaats in Berlin.", names: Self.names)
        #expect(F.pairs(doc) == ["joachim-gauck+~delegation-des-freistaats"])
        #expect(doc.entities.contains { $0.id == "organization/~delegation-des-freistaats" && $0.name == "Delegation des Freistaats" })
        #expect(doc.mentions.contains { doc.text($0.start, $0.end) == "Delegation des Freistaats" })
    }

    @Test func membersOfOneDelegationAreNeverPaired() {
        let doc = F.run("Merkel und Gauck empfangen am Samstag Obama in Berlin.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+joachim-gauck", "angela-merkel+barack-obama"])
    }

    @Test func aSwissNachtessenIsAMeal() {
        let doc = F.run("Am Abend ist ein Nachtessen von Scholz mit Obama vorgesehen.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
        #expect(doc.meetings.first?.status == .planned)
    }
}

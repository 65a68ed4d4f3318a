import Testing
@testable import Treffpunkt

@Suite struct MeetingStatusTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names

    @Test func aSplitSagteAbCancelsAndIsNoReportingVerb() {
        let doc = F.run("Scholz sagte das Treffen mit Obama am Dienstag kurzfristig ab.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
        #expect(doc.meetings.first?.status == .cancelled)
        let report = F.run("Scholz traf am Dienstag Obama und sagte, er lehne die Pläne ab.", names: Self.names)
        #expect(report.meetings.first?.status == .occurred)
    }

    @Test func anInvitationIsAPlannedMeeting() {
        for text in ["Scholz hat Obama für Montag nach Berlin geladen.", "Scholz lud Obama für Montag nach Berlin ein."] {
            let doc = F.run(text, names: Self.names)
            #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"], "\(text)")
            #expect(doc.meetings.first?.status == .planned, "\(text)")
        }
    }

    @Test func aPlanWordInsideTheTopicLeavesTheMeetingOccurred() {
        let doc = F.run("Scholz sprach mit Obama über die kommende Wahl.", names: Self.names)
        #expect(doc.meetings.first?.status == .occurred)
        let plan = F.run("Scholz will mit Obama über die Wahl sprechen.", names: Self.names)
        #expect(plan.meetings.first?.status == .planned)
    }

    @Test func modalVerbsMakeAMeetingPlanned() {
        for sentence in ["Merkel will am Freitag Obama in Berlin treffen.", "Merkel soll Obama in Berlin empfangen.",
                         "Merkel wird Obama in Berlin treffen.", "Ein Treffen von Merkel mit Obama ist geplant."] {
            let doc = F.run(sentence, names: Self.names)
            #expect(doc.meetings.first?.status == .planned, "\(sentence)")
        }
    }

    @Test func aDateAfterThePublicationDateMakesItPlanned() {
        let doc = F.run("Am Freitag empfängt Gauck Obama in Berlin.", names: Self.names, times: [("Am Freitag", "2021-11-12")], date: "2021-11-11")
        #expect(doc.meetings.first?.status == .planned)
        let past = F.run("Am Montag empfing Gauck Obama in Berlin.", names: Self.names, times: [("Am Montag", "2021-11-08")], date: "2021-11-11")
        #expect(past.meetings.first?.status == .occurred)
    }

    @Test func aPastTenseKeepsAMeetingOccurredWhateverTheDate() {
        let doc = F.run("Am Freitag traf Gauck Obama in Berlin.", names: Self.names, times: [("Am Freitag", "2021-11-12")], date: "2021-11-11")
        #expect(doc.meetings.first?.status == .occurred)
    }

    @Test func aPerfectTenseKeepsAMeetingOccurredWhateverTheDate() {
        for text in ["Am Freitag hat Gauck Obama in Berlin empfangen.", "Am Freitag sind Gauck und Obama in Berlin zusammengekommen."] {
            let doc = F.run(text, names: Self.names, times: [("Am Freitag", "2021-11-12")], date: "2021-11-11")
            #expect(doc.meetings.first?.status == .occurred, "\(text)")
        }
        let plan = F.run("Am Freitag hat Gauck angekündigt, Obama zu empfangen.", names: Self.names,
                         times: [("Am Freitag", "2021-11-12")], date: "2021-11-11")
        #expect(plan.meetings.allSatisfy { $0.status == .planned })
    }

    @Test func aPlannedReturnVisitIsASecondMeeting() {
        let doc = F.run("Gauck hat Obama in Berlin empfangen. Im Frühjahr soll Gauck Obama in Washington besuchen.", names: Self.names)
        #expect(doc.meetings.map(\.status) == [.occurred, .planned])
        let one = F.run("Gauck traf Obama in Berlin. Das Treffen von Gauck mit Obama dauerte zwei Stunden.", names: Self.names)
        #expect(one.meetings.count == 1)
    }

    @Test func cancelledAndPostponedMeetings() {
        for sentence in ["Das Treffen von Merkel mit Obama wurde abgesagt.", "Merkels Begegnung mit Obama ist verschoben worden.",
                         "Das geplante Gespräch zwischen Merkel und Obama fällt aus.", "Ein Treffen zwischen Merkel und Obama kam nicht zustande."] {
            let doc = F.run(sentence, names: Self.names)
            #expect(doc.meetings.first?.status == .cancelled, "\(sentence)")
        }
    }

    @Test func negatedMeetingsAreNone() {
        #expect(F.run("Merkel traf Obama in Berlin nicht.", names: Self.names).meetings.isEmpty)
        #expect(F.run("Zwischen Merkel und Obama gab es kein Treffen.", names: Self.names).meetings.isEmpty)
        #expect(F.run("Obama war noch nie bei Merkel zu Gast.", names: Self.names).meetings.isEmpty)
    }

    @Test func callsVideoConferencesAndLettersAreNoMeetings() {
        for sentence in ["In einem Telefonat mit Obama sprach Merkel mit ihm über die Lage.",
                         "Merkel und Obama berieten in einer Videokonferenz mit Gauck.",
                         "In einem Brief an Obama bedankte sich Merkel für das Gespräch mit Gauck."] {
            #expect(F.run(sentence, names: Self.names).meetings.isEmpty, "\(sentence)")
        }
    }

    @Test func aReferenceToACallIsNoMeeting() {
        let doc = F.run("Merkel telefonierte am Montag mit Obama. Das Gespräch sei freundlich gewesen, sagte Merkel.", names: Self.names)
        #expect(doc.meetings.isEmpty)
    }

    @Test func aSplitFielAusCancels() {
        let doc = F.run("Ein geplantes Treffen von Scholz mit Obama fiel wegen einer Debatte im Bundestag aus.", names: Self.names)
        #expect(F.pairs(doc) == ["barack-obama+olaf-scholz"])
        #expect(doc.meetings.first?.status == .cancelled)
    }

    @Test func aRefusedMeetingIsNone() {
        #expect(F.run("Ein Gespräch mit Obama, um das Merkel gebeten hatte, lehnte Scholz ab.", names: Self.names).meetings.isEmpty)
        #expect(F.run("Scholz lehnte ein Treffen mit Obama am Dienstag ab.", names: Self.names).meetings.isEmpty)
        #expect(F.run("Ein Treffen von Scholz mit Obama wurde abgelehnt.", names: Self.names).meetings.isEmpty)
        #expect(F.run("Ein Treffen von Scholz mit Obama ist nach Angaben der Partei ausgeschlossen.", names: Self.names).meetings.isEmpty)
        // A refusal in another clause leaves the meeting standing.
        #expect(F.run("Scholz traf Obama, lehnte aber dessen Vorschlag ab.", names: Self.names).meetings.count == 1)
    }

    @Test func anInfinitiveClauseMeetsTheGoverningSubjectAndTakesItsAnnouncement() {
        let plan = F.run("Scholz kündigte an, im Herbst nach Genf zu reisen, um dort Obama zu treffen.", names: Self.names)
        #expect(F.pairs(plan) == ["barack-obama+olaf-scholz"])
        #expect(plan.meetings.first?.status == .planned)
        let trip = F.run("Scholz reiste am Montag nach Genf, um dort Obama zu treffen.", names: Self.names)
        #expect(F.pairs(trip) == ["barack-obama+olaf-scholz"])
        #expect(trip.meetings.first?.status == .occurred)
    }
}

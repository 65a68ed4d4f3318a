import Testing
@testable import Treffpunkt

@Suite struct MeetingVerbTests {
    typealias F = MeetingFixture

    @Test func reflexiveTreffenWithMitAndApposition() {
        let doc = F.run("Am Mittwoch, dem 15. Dezember, traf sich die stellvertretende US-Außenministerin Karen Donfried in Moskau mit hochrangigen russischen Beamten – dem stellvertretenden Stabschef Dmitry Kozak und dem stellvertretenden russischen Außenminister Sergej Rjabkow.",
                        names: [F.person("karen-donfried", "Karen Donfried"), F.person("dmitry-kozak", "Dmitry Kozak"),
                                F.person("sergej-rjabkow", "Sergej Rjabkow"), F.place("moskau", "Moskau")],
                        times: [("Am Mittwoch, dem 15. Dezember", "XXXX-12-15")])
        #expect(F.pairs(doc) == ["dmitry-kozak+karen-donfried", "karen-donfried+sergej-rjabkow"])
        #expect(doc.meetings.count == 1)
        let m = doc.meetings[0]
        #expect(m.place.map { doc.entities[$0].id } == "place/moskau")
        #expect(m.time.map { doc.times[$0].value } == "XXXX-12-15")
        #expect(m.status == .occurred)
        #expect(m.evidence.first?.rule == "sich-treffen-mit")
    }
}

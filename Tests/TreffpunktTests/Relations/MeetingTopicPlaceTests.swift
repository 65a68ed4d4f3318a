import Testing
@testable import Treffpunkt

/// A place inside what a meeting was about (`über die Lage in der Ukraine`, `Im Mittelpunkt stand
/// die Lage in Moskau`) is not where it took place.
@Suite struct MeetingTopicPlaceTests {
    typealias F = MeetingFixture
    static let names = MeetingVerbTests.names + [F.place("ukraine", "Ukraine")]

    @Test func aPlaceInTheTopicIsNotWhere() {
        let doc = F.run("Scholz und Obama berieten am Montag über die Lage in der Ukraine.", names: Self.names)
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.place == nil)
        let before = F.run("Scholz und Obama berieten am Montag in Genf über die Lage in der Ukraine.", names: Self.names)
        #expect(before.meetings.first.flatMap { $0.place }.map { before.entities[$0].id } == "place/genf")
    }

    @Test func aPlaceAfterATopicFrameIsNotWhere() {
        let doc = F.run("Obama hat am Mittwoch Scholz empfangen. Im Mittelpunkt des Gesprächs stand die Lage der Kirche in Moskau.", names: Self.names)
        #expect(doc.meetings.count == 1)
        #expect(doc.meetings.first?.place == nil)
    }
}

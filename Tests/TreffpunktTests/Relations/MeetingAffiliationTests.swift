import Testing
@testable import Treffpunkt

/// Persons named with a title compound of their organisation (`GDL-Chef X`, `IG-Metall-Chefin Y`)
/// speak for it: their organisations do not meet on top of them, and they do not meet their own.
@Suite struct MeetingAffiliationTests {
    typealias F = MeetingFixture
    static let names = [F.person("claus-weselsky", "Claus Weselsky", "Weselsky"), F.person("martin-seiler", "Martin Seiler", "Seiler"),
                        F.person("christiane-benner", "Christiane Benner", "Benner", gender: .female),
                        F.person("stefan-wolf", "Stefan Wolf", "Wolf"), F.person("olaf-scholz", "Olaf Scholz", "Scholz"),
                        F.org("gdl", "GDL"), F.org("deutsche-bahn", "Deutsche Bahn", "Deutschen Bahn"), F.org("ig-metall", "IG Metall"),
                        F.org("gesamtmetall", "Gesamtmetall"), F.place("berlin", "Berlin"),
                        F.org("borussia-dortmund", "Borussia Dortmunds", "Borussia Dortmund")]

    @Test func organizationsWhosePeopleMeetAreNoPairOfTheirOwn() {
        let doc = F.run("Die Gespräche zwischen der GDL und der Deutschen Bahn haben am Montag in Berlin begonnen. GDL-Chef Claus Weselsky traf dabei Bahn-Personalvorstand Martin Seiler.",
                        names: Self.names, times: [("am Montag", "2024-01-08")], date: "2024-01-09")
        #expect(F.pairs(doc) == ["claus-weselsky+martin-seiler"])
    }

    @Test func aPersonDoesNotMeetItsOwnOrganization() {
        let doc = F.run("IG-Metall-Chefin Christiane Benner und Gesamtmetall-Präsident Stefan Wolf sind am Mittwoch zusammengekommen. Benner sagte nach dem Treffen, die IG Metall sei zu Kompromissen bereit.",
                        names: Self.names, times: [("am Mittwoch", "2024-04-24")], date: "2024-04-25")
        #expect(F.pairs(doc) == ["christiane-benner+stefan-wolf"])
    }

    @Test func organizationsMeetWhenNoOneSpeaksForThem() {
        let doc = F.run("Die Gespräche zwischen der GDL und der Deutschen Bahn haben am Montag in Berlin begonnen. Scholz traf dabei Martin Seiler.",
                        names: Self.names, times: [("am Montag", "2024-01-08")], date: "2024-01-09")
        #expect(F.pairs(doc).contains("deutsche-bahn+gdl"))
    }

    @Test func anOrganizationNamedBeforeTheTitleIsThePersons() {
        let doc = F.run("Borussia Dortmunds Geschäftsführer Claus Weselsky hat sich am Mittwoch mit Seiler zu einem Gespräch getroffen.",
                        names: Self.names, times: [("am Mittwoch", "2024-08-21")], date: "2024-08-22")
        #expect(F.pairs(doc) == ["claus-weselsky+martin-seiler"])
    }
}

import Testing
@testable import Treffpunkt

@Suite struct GazetteerReaderTests {
    func read(_ text: String, path: String = "g.tsv") -> (entries: [GazetteerEntry], errors: [String]) {
        var entries: [GazetteerEntry] = []
        var errors: [String] = []
        GazetteerReader.read(bytes: Array(text.utf8), path: path, into: &entries, errors: &errors)
        return (entries, errors + GazetteerReader.duplicateIDErrors(entries))
    }

    @Test func treffpunktFormat() {
        let (entries, errors) = read("# Kommentar\n\nperson/karen-donfried\tKaren Donfried\tDonfried\tgender=f\trole=Staatssekretärin@US:2021..\n")
        #expect(errors.isEmpty)
        #expect(entries.count == 1)
        #expect(entries[0].id == "person/karen-donfried")
        #expect(entries[0].type == .person)
        #expect(entries[0].aliases == ["Donfried"])
        #expect(entries[0].values("gender") == ["f"])
        #expect(entries[0].origin == "g.tsv:3")
    }

    @Test func everyErrorNamesFileAndLine() {
        let text = """
        person/a\tA\t-
        Person/b\tB\t-
        place/c\t\t-
        place/d\tD
        place/e\tE\tX||Y
        place/f\tF\t-\tfarbe=rot
        place/g\tG\t-\tgender=x
        place/h\tH\t-\tcase=exact\tcase=exact
        place/i\tI\t-\tvenue=moskau
        person/a\tA2\t-
        place/j\tJ\t-\tkeinwert
        """
        let (_, errors) = read(text)
        #expect(errors == [
            "g.tsv:2: id \"Person/b\": type must be person, organization, place or topic",
            "g.tsv:3: empty name",
            "g.tsv:4: expected ID<TAB>NAME<TAB>ALIASES, found 2 field(s)",
            "g.tsv:5: empty alias (write - for no aliases)",
            "g.tsv:6: unknown key \"farbe\" (known: adj, ambiguous, capital-of, case, country, demonym, example, gender, geonames, iso, kind, orig, population, qid, role, seat, venue)",
            "g.tsv:7: gender must be f or m, not \"x\"",
            "g.tsv:8: key \"case\" given twice",
            "g.tsv:9: venue must be a place id (place/…), not \"moskau\"",
            "g.tsv:11: column \"keinwert\" is not KEY=VALUE",
            "g.tsv:10: id person/a already defined at g.tsv:1",
        ])
    }

    @Test func aGazetteerWithErrorsIsRefusedAsAWhole() throws {
        let path = "/tmp/treffpunkt-reader-test-\(Int.random(in: 0..<1_000_000)).tsv"
        let text = "place/moskau\tMoskau\t-\nplace/x y\tX\t-\nplace/z\tZ\n"
        #expect(writeFile(path, text))
        defer { removeFile(path) }
        #expect {
            try GazetteerReader.read(files: [path])
        } throws: { error in
            "\(error)" == """
            \(path):2: id "place/x y": the part after / must be lowercase ASCII letters, digits and hyphens
            \(path):3: expected ID<TAB>NAME<TAB>ALIASES, found 2 field(s)
            """
        }
    }

    @Test func unreadableFile() {
        #expect(throws: TreffpunktError.self) { try GazetteerReader.read(files: ["/nonexistent/g.tsv"]) }
    }

    @Test func plainTSVIsDetected() {
        let (entries, errors) = read("E0000001\tPER\tAnna Schmidt\nE0000002\tLOC\tNeustadt\nE0000003\tORG\tSchmidt AG\nE0000004\tMISC\tX\n")
        #expect(errors.isEmpty)
        #expect(entries.map(\.id) == ["person/E0000001", "place/E0000002", "organization/E0000003", "topic/E0000004"])
        #expect(entries.map(\.name) == ["Anna Schmidt", "Neustadt", "Schmidt AG", "X"])
        #expect(entries.allSatisfy { !$0.allowsFuzzy })
        let bad = read("E1\tPER\tAnna\nE2\tPER\n")
        #expect(bad.errors == ["g.tsv:2: expected id<TAB>type<TAB>name (3 fields), found 2"])
    }

    @Test func spacyPatterns() {
        let text = """
        {"label": "PERSON", "pattern": "Karen Donfried", "id": "donfried"}
        {"label": "PERSON", "pattern": [{"LOWER": "donfried"}], "id": "donfried"}
        {"label": "GPE", "pattern": [{"ORTH": "Neu"}, {"TEXT": "Delhi"}]}
        {"label": "EVENT", "pattern": "Olympische Spiele"}

        {"label": "ORG", "pattern": [{"POS": "NOUN"}]}
        kein json
        {"pattern": "X"}
        """
        let (entries, errors) = read(text, path: "p.jsonl")
        #expect(entries.map(\.id) == ["person/donfried", "place/neu-delhi", "topic/olympische-spiele"])
        #expect(entries[0].aliases == ["donfried"])
        #expect(entries[0].caseRule == .insensitive)
        #expect(entries[1].caseRule == .standard)
        #expect(entries[1].name == "Neu Delhi")
        #expect(errors.count == 3)
        #expect(errors[0].hasPrefix("p.jsonl:6: token pattern"))
        #expect(errors[1] == "p.jsonl:7: not a JSON object")
        #expect(errors[2] == "p.jsonl:8: no \"label\" string")
    }
}

@Suite struct SpacyPatternLineTests {
    @Test func stringObjects() {
        let line = Array(#"{"label": "PER", "pattern": "Jürgen \"Kalle\" M\u00fcller \ud83d\ude00", "id":"E1"}"#.utf8)
        #expect(SpacyPatternReader.stringMembers(of: line[...]) == ["label": "PER", "pattern": "Jürgen \"Kalle\" Müller 😀", "id": "E1"])
        #expect(SpacyPatternReader.stringMembers(of: Array("{}".utf8)[...]) == [:])
    }

    @Test func anythingElseIsLeftToTheFullParser() {
        for text in [#"{"label": "PER", "pattern": [{"LOWER": "x"}]}"#, #"{"id": 7}"#, #"{"a": "b""#, #"{"a": "\ud83d"}"#, "[]", #"{"a": "b"} x"#] {
            #expect(SpacyPatternReader.stringMembers(of: Array(text.utf8)[...]) == nil, "\(text)")
        }
    }
}

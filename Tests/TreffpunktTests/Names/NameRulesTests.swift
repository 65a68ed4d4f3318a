import Testing
@testable import Treffpunkt

@Suite("Name rule data")
struct NameRulesTests {
    @Test func theBuiltInListsLoad() throws {
        let rules = try NameRules(configuration: TestSupport.configuration)
        #expect(rules.firstNames.count > 500)
        #expect(rules.roles.count > 50)
    }

    @Test func badLinesNameFileAndLine() {
        let file = DataFile(path: "first-names.tsv", text: "# names\nAnna\tf\nBernd\tx\nCarla Maria\tf\nanna\tf\n")
        var errors: [String] = []
        _ = try? NameRules.lexicon(file, values: ["f": 1, "m": 2], errors: &errors)
        #expect(errors.count == 3)
        #expect(errors[0].hasPrefix("first-names.tsv:3:"))
        #expect(errors[1].hasPrefix("first-names.tsv:4:"))
        #expect(errors[2] == "first-names.tsv:5: \"anna\" is listed twice")
    }

    @Test func aMissingFolderIsAClearError() {
        #expect(throws: TreffpunktError.self) {
            try NameRules(configuration: Configuration(dataDirectory: "/nonexistent"))
        }
    }

    @Test func lexiconFindsSuffixes() {
        var lexicon = NameLexicon()
        lexicon.insert("minister")
        let word = Array("Außenministerin".unicodeScalars)
        #expect(lexicon.longestSuffix(of: word, 0..<word.count) == nil)
        lexicon.insert("Ministerin")
        #expect(lexicon.longestSuffix(of: word, 0..<word.count) == 5)
        #expect(lexicon.longestSuffix(of: word, 0..<word.count, remainder: 6) == nil)
        #expect(lexicon.contains(word, 5..<15))
    }
}

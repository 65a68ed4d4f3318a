#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Treffpunkt

@Suite struct MeetingLexiconTests {
    @Test func wordsAreFoldedForCaseAndSharpS() {
        var table = WordTable()
        let id = table.insert("hieß")
        for form in ["hieß", "Hieß", "hiess", "HIESS"] {
            let s = Array(form.unicodeScalars)
            #expect(table.lookup(s, 0..<s.count) == id, "\(form)")
        }
    }

    @Test func suffixEntriesMatchTheEndOfCompounds() {
        var table = WordTable()
        let treffen = table.insert("treffen", asSuffix: true)
        let telefonat = table.insert("telefonat", asSuffix: true)
        for (word, expected) in [("Gipfeltreffen", treffen), ("Spitzen-Treffen", treffen), ("Videotelefonat", telefonat)] {
            let s = Array(word.unicodeScalars)
            #expect(table.lookup(s, 0..<s.count, compoundHead: 3)?.id == expected, "\(word)")
        }
        let short = Array("Betreffen".unicodeScalars)
        #expect(table.lookup(short, 0..<short.count, compoundHead: 3) == nil)
    }

    @Test func theBuiltInRulesLoad() throws {
        let lexicon = try MeetingLexicon(configuration: TestSupport.configuration)
        #expect(lexicon.rules.contains { $0.name == "sich-treffen-mit" && $0.reciprocal })
        #expect(lexicon.rules.contains { $0.kind == .nonMeeting })
    }

    @Test func badRuleLinesAreReportedWithFileAndLine() throws {
        let dir = "/tmp/treffpunkt-meeting-rules-\(UInt32.random(in: 0...UInt32.max))"
        let rules = dir + "/rules/meetings/"
        #expect(system("mkdir -p \(rules) && cp \(TestSupport.dataDirectory)/rules/meetings/*.tsv \(rules)") == 0)
        #expect(system("printf 'bad-rule\\tadverb\\ttreffen\\n' >> \(rules)triggers.tsv") == 0)
        #expect(system("printf 'no-such-class\\tfoo\\n' >> \(rules)status-cues.tsv") == 0)
        defer { _ = system("rm -rf \(dir)") }
        do {
            _ = try MeetingLexicon(configuration: Configuration(dataDirectory: dir))
            Issue.record("bad rules were accepted")
        } catch let error as TreffpunktError {
            let message = error.description
            #expect(message.contains("triggers.tsv:") && message.contains("unknown kind 'adverb'"))
            #expect(message.contains("status-cues.tsv:") && message.contains("unknown word class 'no-such-class'"))
        }
    }
}

import Foundation
import Testing
@testable import Treffpunkt

@Suite("Tokenizer rule files")
struct TokenizerRulesTests {
    /// The built-in tokenizer rules, with `sentence-starters.txt` replaced, read from a scratch folder.
    static func rules(starters text: String) throws -> TokenizerRules {
        let root = NSTemporaryDirectory() + "treffpunkt-rules-\(UUID().uuidString)"
        let dir = root + "/rules"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let source = TestSupport.dataDirectory + "/rules"
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: dir + "/" + name)
        }
        try FileManager.default.removeItem(atPath: dir + "/sentence-starters.txt")
        try text.write(toFile: dir + "/sentence-starters.txt", atomically: true, encoding: .utf8)
        return try TokenizerRules(configuration: Configuration(dataDirectory: root))
    }

    @Test("a bad sentence starter names the file and line")
    func badStarter() {
        do {
            _ = try Self.rules(starters: "# starters\nWir\nDie\tbefore-verb\n")
            Issue.record("an unknown condition was accepted")
        } catch {
            #expect("\(error)".contains("sentence-starters.txt:3:"))
            #expect("\(error)".contains("before-verb"))
        }
        do {
            _ = try Self.rules(starters: "wir\n")
            Issue.record("a lower-case starter was accepted")
        } catch {
            #expect("\(error)".contains("sentence-starters.txt:1:"))
        }
    }

    @Test("the conditions of sentence starters are read")
    func conditions() throws {
        let rules = try Self.rules(starters: "Wenn\nDas\tbefore-lower\nSie\tafter-semicolon\n")
        #expect(rules.sentenceStarters.value("Wenn") == .always)
        #expect(rules.sentenceStarters.value("Das") == .beforeLower)
        #expect(rules.sentenceStarters.value("Sie") == .afterSemicolon)
        #expect(rules.sentenceStarters.value("Wir") == nil)
    }
}

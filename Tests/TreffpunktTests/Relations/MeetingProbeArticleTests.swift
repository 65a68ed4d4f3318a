import Foundation
import Testing
import Treffpunkt

/// Short German news articles written for the meeting rules (`Relations/Probes/*.json`, the gold
/// format of `Docs/examples/meetings`), run through the whole pipeline: the who × whom pairs, matched
/// by a name's last word, must reach a pair F1 of 0.85 (0.88 when they were written into the suite).
struct MeetingProbeArticleTests {
    static let folder: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast()
        return parts.joined(separator: "/") + "/Probes"
    }()

    /// The last word of a name, lower-cased (`Christian Stocker` → `stocker`).
    static func key(_ name: String) -> String {
        String(name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).last ?? "")
    }

    @Test func pairsOfTheProbeArticles() throws {
        var gold = 0, system = 0, matched = 0
        var misses: [String] = []
        for name in FileBytes.contents(of: Self.folder).sorted() where name.hasSuffix(".json") {
            let bytes = try #require(FileBytes.read(Self.folder + "/" + name))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            let aliases = json["aliases"] as? [String: [String]] ?? [:]
            func forms(_ gold: String) -> Set<String> { Set(([gold] + (aliases[gold] ?? [])).map(Self.key)) }
            var goldPairs: [(Set<String>, Set<String>)] = []
            for m in json["meetings"] as? [[String: Any]] ?? [] {
                for a in m["who"] as? [String] ?? [] { for b in m["whom"] as? [String] ?? [] { goldPairs.append((forms(a), forms(b))) } }
            }
            let document = TestSupport.process(try #require(json["text"] as? String), date: json["date"] as? String)
            func forms(_ entity: Int) -> Set<String> {
                Set([document.entities[entity].name].map(Self.key) + document.mentions.filter { $0.entity == entity }.map { Self.key(document.text($0.start, $0.end)) })
            }
            var systemPairs: [(Set<String>, Set<String>)] = []
            for m in document.meetings { for a in m.who { for b in m.whom { systemPairs.append((forms(a), forms(b))) } } }
            gold += goldPairs.count
            system += systemPairs.count
            var used = Set<Int>()
            for (a, b) in goldPairs {
                let hit = systemPairs.indices.first { i in
                    !used.contains(i) && (!a.isDisjoint(with: systemPairs[i].0) && !b.isDisjoint(with: systemPairs[i].1)
                        || !a.isDisjoint(with: systemPairs[i].1) && !b.isDisjoint(with: systemPairs[i].0))
                }
                if let hit { used.insert(hit); matched += 1 } else { misses.append("\(name): \(a.sorted()) – \(b.sorted())") }
            }
        }
        #expect(gold >= 40)
        let f1 = 2.0 * Double(matched) / Double(gold + system)
        #expect(f1 >= 0.85, "pair F1 \(f1), missed: \(misses)")
    }
}

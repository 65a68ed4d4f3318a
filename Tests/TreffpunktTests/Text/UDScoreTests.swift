import Foundation
import Testing
@testable import Treffpunkt

/// Token and sentence F1 against the UD German dev sets in `../shared/corpora` (skipped when
/// they are absent). The bars sit below the figures in Docs/evaluation.md, so that a regression
/// fails while the noise of the gold does not.
@Suite("UD German agreement")
struct UDScoreTests {
    struct Score {
        var tokenF1: Double
        var sentenceF1: Double
    }

    static func score(_ corpus: String) throws -> Score? {
        guard let shared = TestSupport.sharedDirectory,
              let bytes = FileBytes.read("\(shared)/corpora/\(corpus)/dev.jsonl") else { return nil }
        let worker = try TestSupport.pipeline.makeWorker()
        var tokenHits = 0, tokenSystem = 0, tokenGold = 0
        var sentenceHits = 0, sentenceSystem = 0, sentenceGold = 0
        for line in bytes.split(separator: 0x0A) where !line.isEmpty {
            let record = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
            var document = Document(id: record["id"] as! String, text: record["text"] as! String)
            worker.segment(&document)
            var system = Set<[Int]>()
            for t in document.tokens {
                for piece in document.pieces(of: t) where document.scalars[piece.span.start..<piece.span.end].contains("/") == false {
                    system.insert([piece.span.start, piece.span.end])
                }
                if document.scalars[t.start..<t.end].contains("/") { system.insert([t.start, t.end]) }
            }
            let gold = Set((record["tokens"] as! [[String: Any]]).map { [$0["start"] as! Int, $0["end"] as! Int] })
            tokenHits += system.intersection(gold).count
            tokenSystem += system.count
            tokenGold += gold.count
            let goldSentences = Set((record["sentences"] as! [[String: Any]]).map { [$0["start"] as! Int, $0["end"] as! Int] })
            let systemSentences = Set(document.sentences.map { [$0.start, $0.end] })
            sentenceHits += systemSentences.intersection(goldSentences).count
            sentenceSystem += systemSentences.count
            sentenceGold += goldSentences.count
        }
        func f1(_ hits: Int, _ system: Int, _ gold: Int) -> Double {
            let p = Double(hits) / Double(max(system, 1)), r = Double(hits) / Double(max(gold, 1))
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }
        return Score(tokenF1: f1(tokenHits, tokenSystem, tokenGold), sentenceF1: f1(sentenceHits, sentenceSystem, sentenceGold))
    }

    @Test("GSD dev", arguments: [("ud_german_gsd", 0.995, 0.985), ("ud_german_pud", 0.995, 0.99)])
    func agreement(corpus: String, tokenBar: Double, sentenceBar: Double) throws {
        guard let score = try Self.score(corpus) else {
            print("skipped: ../shared/corpora/\(corpus)/dev.jsonl is absent")
            return
        }
        #expect(score.tokenF1 >= tokenBar, "token F1 \(score.tokenF1)")
        #expect(score.sentenceF1 >= sentenceBar, "sentence F1 \(score.sentenceF1)")
    }
}

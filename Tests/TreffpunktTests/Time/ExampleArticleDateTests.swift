import Foundation
import Testing
import Treffpunkt

/// The gold example articles of `../shared/examples/meetings/`: every gold meeting date (`when`) must be
/// among the document's times (a gold `XXXX-12-15` also accepts a resolved year).
@Suite(.enabled(if: TestSupport.sharedDirectory != nil, "../shared/examples/meetings is absent: example article dates not checked"))
struct ExampleArticleDateTests {
    @Test func goldMeetingDatesAreAmongTheTimes() throws {
        let folder = TestSupport.sharedDirectory! + "/examples/meetings"
        let files = FileBytes.contents(of: folder).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 10)
        var checked = 0
        for name in files {
            let bytes = try #require(FileBytes.read(folder + "/" + name))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            let text = try #require(json["text"] as? String)
            let document = TestSupport.process(text, date: json["date"] as? String)
            let values = document.times.map(\.dateValue)
            for meeting in json["meetings"] as? [[String: Any]] ?? [] {
                guard let gold = meeting["when"] as? String else { continue }
                let found = values.contains { $0 == gold || (gold.hasPrefix("XXXX-") && $0.count == 10 && $0.dropFirst(4) == gold.dropFirst(4)) }
                #expect(found, "\(name): gold date \(gold) not among \(values)")
                checked += 1
            }
        }
        #expect(checked >= 20)
    }
}

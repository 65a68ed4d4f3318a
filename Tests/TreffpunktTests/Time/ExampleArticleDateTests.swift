import Foundation
import Testing
import Treffpunkt

/// Gold meeting dates (`when`) of annotated articles must be among the document's times (a gold
/// `XXXX-12-15` also accepts a resolved year).
struct ExampleArticleDateTests {
    /// "name: gold date … not among …" for every gold date missing from the times, and the number checked.
    static func missing(in folder: String) throws -> (missing: [String], checked: Int) {
        var missing: [String] = []
        var checked = 0
        for name in FileBytes.contents(of: folder) where name.hasSuffix(".json") {
            let bytes = try #require(FileBytes.read(folder + "/" + name))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            let text = try #require(json["text"] as? String)
            let values = TestSupport.process(text, date: json["date"] as? String).times.map(\.dateValue)
            for meeting in json["meetings"] as? [[String: Any]] ?? [] {
                guard let gold = meeting["when"] as? String else { continue }
                checked += 1
                if !values.contains(where: { $0 == gold || (gold.hasPrefix("XXXX-") && $0.count == 10 && $0.dropFirst(4) == gold.dropFirst(4)) }) {
                    missing.append("\(name): gold date \(gold) not among \(values)")
                }
            }
        }
        return (missing, checked)
    }

    /// The shared dev articles: every date.
    @Test(.enabled(if: TestSupport.sharedDirectory != nil, "../shared/examples/meetings is absent: shared example dates not checked"))
    func sharedExampleDates() throws {
        let (missing, checked) = try Self.missing(in: TestSupport.sharedDirectory! + "/examples/meetings")
        #expect(checked >= 20)
        #expect(missing.isEmpty, "\(missing)")
    }

    /// The project's own annotated articles (`Docs/examples/meetings`), which grow over time: at least
    /// 95 % of the dates (all 64 at the time of writing).
    @Test func ownExampleDates() throws {
        let (missing, checked) = try Self.missing(in: TestSupport.dataDirectory + "/../Docs/examples/meetings")
        #expect(checked >= 40)
        #expect(Double(checked - missing.count) >= 0.95 * Double(checked), "\(missing)")
    }
}

import Testing
@testable import Treffpunkt

/// A batch run stage by stage gives every document what it gets through all stages alone.
struct BatchProcessingTests {
    static let texts = [
        "Berlin. Angela Merkel hat am Dienstag Barack Obama im Kanzleramt empfangen. Die beiden sprachen über den Klimaschutz.",
        "",
        "Der Kreml teilte mit, Wladimir Putin werde am 15. Dezember in Moskau mit Emmanuel Macron zusammenkommen.",
        "Wien. Ein Treffen von Karl Nehammer mit Olaf Scholz wurde abgesagt.",
    ]

    @Test func aBatchGivesTheSameDocumentsAsOneByOne() throws {
        let worker = try TestSupport.pipeline.makeWorker()
        var batch = Self.texts.enumerated().map { Document(id: "d\($0.offset)", text: $0.element, date: CalendarDate(iso: "2021-12-13")) }
        worker.process(&batch)
        let encoder = ContractEncoder()
        for (i, text) in Self.texts.enumerated() {
            var single = Document(id: "d\(i)", text: text, date: CalendarDate(iso: "2021-12-13"))
            worker.process(&single)
            #expect(encoder.encode(batch[i]) == encoder.encode(single))
        }
        #expect(batch.contains { !$0.meetings.isEmpty })
    }
}

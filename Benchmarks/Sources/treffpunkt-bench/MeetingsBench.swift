import ArgumentParser
import Foundation
import Treffpunkt

/// Speed of the meeting stage alone: the documents are segmented and run through the entity
/// recogniser and the time tagger first (not timed), then `MeetingBuilder` runs over all of them
/// on one thread, best of several runs, timed in the thread's CPU time.
struct MeetingsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "Measures the meeting builder on a JSON Lines corpus (one thread)."
    )

    @Argument(help: "A JSON Lines corpus ({\"id\",\"text\"} per line), e.g. .build/bench/corpus_10mb.jsonl.")
    var corpus: String

    @Option(help: "The data folder (default: Gazetteers/ of the working directory).")
    var data = "Gazetteers"

    @Option(help: "Timed runs; the best counts.")
    var runs = 4

    func run() throws {
        let pipeline = try Pipeline(configuration: Configuration(dataDirectory: data))
        let worker = try pipeline.makeWorker()
        guard let reader = LineReader(path: corpus) else { throw ValidationError("cannot read \(corpus)") }
        var documents: [Document] = []
        var bytes = 0
        while let line = reader.next() {
            guard case .success(let record) = JSONLRecord.parse(line, lineNumber: reader.lineNumber, maxBytes: 1 << 26) else { continue }
            var document = Document(id: record.id, text: record.text, date: record.date)
            worker.segment(&document)
            pipeline.entityRecognizer.annotate(&document)
            pipeline.timeTagger.annotate(&document)
            bytes += record.text.utf8.count
            documents.append(document)
        }
        var best = Double.infinity
        var meetings = 0
        for _ in 0..<runs {
            var copy = documents
            let start = MeetingsBench.threadCPUSeconds()
            for i in copy.indices { pipeline.meetingBuilder.annotate(&copy[i]) }
            best = min(best, MeetingsBench.threadCPUSeconds() - start)
            meetings = copy.reduce(0) { $0 + $1.meetings.count }
        }
        let mb = Double(bytes) / 1_000_000
        print(String(format: "meetings: %d docs, %.2f MB, best of %d runs: %.3f s thread CPU = %.1f MB/s, %d meetings",
                     documents.count, mb, runs, best, mb / best, meetings))
    }

    /// CPU seconds of the calling thread.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

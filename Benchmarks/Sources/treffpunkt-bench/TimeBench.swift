import ArgumentParser
import Foundation
import Treffpunkt

/// Speed of the temporal tagger alone: the documents are segmented first (not timed), then
/// `TimeTagger.annotate` runs over all of them on one thread, best of several runs.
struct TimeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Measures the temporal tagger on a JSON Lines corpus (one thread)."
    )

    @Argument(help: "A JSON Lines corpus ({\"id\",\"text\",\"date\"} per line), e.g. .build/bench/corpus_10mb.jsonl.")
    var corpus: String

    @Option(help: "The data folder (default: Gazetteers/ of the working directory).")
    var data = "Gazetteers"

    @Option(help: "Timed runs; the best counts.")
    var runs = 4

    @Option(help: "Publication date for documents without one (YYYY-MM-DD).")
    var date = "2021-12-17"

    func run() throws {
        let pipeline = try Pipeline(configuration: Configuration(dataDirectory: data))
        let worker = try pipeline.makeWorker()
        guard let reader = LineReader(path: corpus) else { throw ValidationError("cannot read \(corpus)") }
        var documents: [Document] = []
        var bytes = 0
        while let line = reader.next() {
            guard case .success(let record) = JSONLRecord.parse(line, lineNumber: reader.lineNumber, maxBytes: 1 << 26) else { continue }
            var document = Document(id: record.id, text: record.text, date: record.date ?? CalendarDate(iso: date))
            worker.segment(&document)
            bytes += record.text.utf8.count
            documents.append(document)
        }
        var best = Double.infinity
        var bestCPU = Double.infinity
        var found = 0
        for _ in 0..<runs {
            var copy = documents
            let start = DispatchTime.now().uptimeNanoseconds
            let startCPU = Self.threadCPUSeconds()
            for i in copy.indices { pipeline.timeTagger.annotate(&copy[i]) }
            bestCPU = min(bestCPU, Self.threadCPUSeconds() - startCPU)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            found = copy.reduce(0) { $0 + $1.times.count }
        }
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        let mb = Double(bytes) / 1_000_000
        print(String(format: "time tagger: %d docs, %.2f MB, %d expressions, best of %d: wall %.3f s = %.1f MB/s, thread CPU %.3f s = %.1f MB/s, peak RSS %.0f MB",
                     documents.count, mb, found, runs, best, mb / best, bestCPU, mb / bestCPU, Double(usage.ru_maxrss) / 1024))
    }

    /// CPU time of the calling thread: unlike wall time, it does not count time the thread waits for a core.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

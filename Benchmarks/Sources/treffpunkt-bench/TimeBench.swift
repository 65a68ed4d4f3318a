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

    @OptionGroup var options: StageCorpusOptions

    @Option(help: "Publication date for documents without one (YYYY-MM-DD).")
    var date = "2021-12-17"

    func run() throws {
        let corpus = try StageCorpus(options, defaultDate: CalendarDate(iso: date)) { _, worker, document in
            worker.segment(&document)
        }
        let pipeline = corpus.pipeline, documents = corpus.documents, runs = options.runs
        var best = Double.infinity
        var bestCPU = Double.infinity
        var found = 0
        for _ in 0..<runs {
            var copy = documents
            let start = DispatchTime.now().uptimeNanoseconds
            let startCPU = StageCorpus.threadCPUSeconds()
            for i in copy.indices { pipeline.timeTagger.annotate(&copy[i]) }
            bestCPU = min(bestCPU, StageCorpus.threadCPUSeconds() - startCPU)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            found = copy.reduce(0) { $0 + $1.times.count }
        }
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        let mb = Double(corpus.bytes) / 1_000_000
        print(String(format: "time tagger: %d docs, %.2f MB, %d expressions, best of %d: wall %.3f s = %.1f MB/s, thread CPU %.3f s = %.1f MB/s, peak RSS %.0f MB",
                     documents.count, mb, found, runs, best, mb / best, bestCPU, mb / bestCPU, Double(usage.ru_maxrss) / 1024))
    }
}

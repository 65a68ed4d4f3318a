import ArgumentParser
import Foundation
import Treffpunkt

/// Speed of the rules for names beyond the gazetteers and of name coreference: the documents are
/// segmented and matched against the gazetteers first (not timed), then `NameFinder` and
/// `Coreference` run over all of them on one thread, best of several runs.
struct NamesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Measures the name rules and name coreference on a JSON Lines corpus (one thread)."
    )

    @OptionGroup var options: StageCorpusOptions

    func run() throws {
        let corpus = try StageCorpus(options) { pipeline, worker, document in
            worker.segment(&document)
            pipeline.entityRecognizer.gazetteer.annotate(&document)
        }
        let recognizer = corpus.pipeline.entityRecognizer, documents = corpus.documents, runs = options.runs
        let before = documents.reduce(0) { $0 + $1.mentions.count }
        var best = (finder: Double.infinity, coreference: Double.infinity)
        // the same on the thread's CPU clock, which other processes on the machine disturb less
        var bestCPU = (finder: Double.infinity, coreference: Double.infinity)
        var added = (rule: 0, coreference: 0)
        for _ in 0..<runs {
            var copy = documents
            let start = DispatchTime.now().uptimeNanoseconds, startCPU = ExtractBench.cpuSeconds()
            for i in copy.indices { recognizer.nameFinder.annotate(&copy[i]) }
            let middle = DispatchTime.now().uptimeNanoseconds, middleCPU = ExtractBench.cpuSeconds()
            for i in copy.indices { recognizer.coreference.annotate(&copy[i]) }
            let end = DispatchTime.now().uptimeNanoseconds, endCPU = ExtractBench.cpuSeconds()
            bestCPU.finder = min(bestCPU.finder, middleCPU - startCPU)
            bestCPU.coreference = min(bestCPU.coreference, endCPU - middleCPU)
            best.finder = min(best.finder, Double(middle - start) / 1e9)
            best.coreference = min(best.coreference, Double(end - middle) / 1e9)
            added.rule = copy.reduce(0) { $0 + $1.mentions.filter { $0.source == .rule }.count }
            added.coreference = copy.reduce(0) { $0 + $1.mentions.filter { $0.source == .coreference }.count }
        }
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        let mb = Double(corpus.bytes) / 1_000_000
        print(String(format: "names: %d docs, %.2f MB, %d gazetteer mentions before, best of %d runs", documents.count, mb, before, runs))
        print(String(format: "  name rules:  %.3f s = %.1f MB/s, %d rule mentions", best.finder, mb / best.finder, added.rule))
        print(String(format: "  coreference: %.3f s = %.1f MB/s, %d coreference mentions", best.coreference, mb / best.coreference, added.coreference))
        print(String(format: "  both:        %.1f MB/s, peak RSS %.0f MB", mb / (best.finder + best.coreference), Double(usage.ru_maxrss) / 1024))
        print(String(format: "  CPU: name rules %.3f s, coreference %.3f s, both %.3f s", bestCPU.finder,
                     bestCPU.coreference, bestCPU.finder + bestCPU.coreference))
    }
}

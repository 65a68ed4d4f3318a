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

    @OptionGroup var options: StageCorpusOptions

    func run() throws {
        let corpus = try StageCorpus(options) { pipeline, worker, document in
            worker.segment(&document)
            pipeline.entityRecognizer.annotate(&document)
            pipeline.timeTagger.annotate(&document)
        }
        let pipeline = corpus.pipeline, documents = corpus.documents, runs = options.runs
        var best = Double.infinity
        var meetings = 0
        for _ in 0..<runs {
            var copy = documents
            let start = StageCorpus.threadCPUSeconds()
            for i in copy.indices { pipeline.meetingBuilder.annotate(&copy[i]) }
            best = min(best, StageCorpus.threadCPUSeconds() - start)
            meetings = copy.reduce(0) { $0 + $1.meetings.count }
        }
        let mb = Double(corpus.bytes) / 1_000_000
        print(String(format: "meetings: %d docs, %.2f MB, best of %d runs: %.3f s thread CPU = %.1f MB/s, %d meetings",
                     documents.count, mb, runs, best, mb / best, meetings))
    }
}

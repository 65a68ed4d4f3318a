import ArgumentParser
import Foundation
import Treffpunkt

/// The options every single-stage benchmark takes: the corpus, the data folder and the runs.
struct StageCorpusOptions: ParsableArguments {
    @Argument(help: "A JSON Lines corpus ({\"id\",\"text\"[,\"date\"]} per line), e.g. .build/bench/corpus_10mb.jsonl.")
    var corpus: String

    @Option(help: "The data folder (default: Gazetteers/ of the working directory).")
    var data = "Gazetteers"

    @Option(help: "Timed runs; the best counts.")
    var runs = 4
}

/// A corpus made ready for one stage: each document run through the stages before it (not timed).
struct StageCorpus {
    let pipeline: Pipeline
    let documents: [Document]
    /// The UTF-8 bytes of the documents' texts.
    let bytes: Int

    /// Reads `options.corpus`; `prepare` runs the stages before the measured one on each document.
    /// Lines that are no valid record are skipped.
    init(_ options: StageCorpusOptions, defaultDate: CalendarDate? = nil,
         prepare: (Pipeline, Pipeline.Worker, inout Document) -> Void) throws {
        pipeline = try Pipeline(configuration: Configuration(dataDirectory: options.data))
        let worker = try pipeline.makeWorker()
        guard let reader = LineReader(path: options.corpus) else { throw ValidationError("cannot read \(options.corpus)") }
        var documents: [Document] = []
        var bytes = 0
        while let line = reader.next() {
            guard case .success(let record) = JSONLRecord.parse(line, lineNumber: reader.lineNumber, maxBytes: 1 << 26) else { continue }
            var document = Document(id: record.id, text: record.text, date: record.date ?? defaultDate)
            prepare(pipeline, worker, &document)
            bytes += record.text.utf8.count
            documents.append(document)
        }
        self.documents = documents
        self.bytes = bytes
    }

    /// CPU seconds of the calling thread: unlike wall time, it does not count time the thread
    /// waits for a core.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

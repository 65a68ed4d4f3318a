import ArgumentParser
import Foundation
import Treffpunkt

/// Speed of the whole `extract` pipeline (tokens to contract JSON) on a JSON Lines corpus.
struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Runs every stage and the JSON encoder over a JSON Lines corpus and reports MB/s."
    )

    @Option(help: "JSON Lines corpus ({\"id\",\"text\"} per line), e.g. from ../shared/tools/bench/make_corpus.py.")
    var input: String

    @Option(help: "Threads; 1 measures one core, more runs the BatchRunner of `extract --jsonl`.")
    var threads = 1

    @Option(help: "The data folder (default: the checkout's Gazetteers/).")
    var data: String?

    @Option(help: "Timed passes; the best is reported.")
    var repeats = 1

    @Flag(help: "Also time each stage on one core (tokens+sentences, entities, times, meetings, JSON).")
    var stages = false

    @Option(help: "Documents run stage by stage as one batch, as `extract --jsonl` does (1: each document through all stages).")
    var batch = Pipeline.batchSize

    func run() throws {
        guard let dataDirectory = data ?? Configuration.locateDataDirectory(environment: ProcessInfo.processInfo.environment) else {
            throw ValidationError("no Gazetteers/ folder found; pass --data")
        }
        let loadStart = DispatchTime.now()
        let pipeline = try Pipeline(configuration: Configuration(dataDirectory: dataDirectory))
        let loadSeconds = ExtractBench.seconds(since: loadStart)
        let records = try ExtractBench.readCorpus(input)
        let bytes = records.reduce(0) { $0 + $1.text.utf8.count }
        let encoder = ContractEncoder()
        var best = Double.infinity, bestCPU = Double.infinity
        var meetings = 0, outputBytes = 0
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now()
            let startCPU = ExtractBench.cpuSeconds()
            if threads <= 1 {
                let worker = try pipeline.makeWorker()
                meetings = 0
                outputBytes = 0
                if batch > 1 {
                    for start in stride(from: 0, to: records.count, by: batch) {
                        var documents = records[start..<min(records.count, start + batch)].map {
                            Document(id: $0.id, text: $0.text, date: $0.date)
                        }
                        worker.process(&documents)
                        for document in documents {
                            meetings += document.meetings.count
                            outputBytes += encoder.encode(document).count
                        }
                    }
                } else {
                    for record in records {
                        var document = Document(id: record.id, text: record.text, date: record.date)
                        worker.process(&document)
                        meetings += document.meetings.count
                        outputBytes += encoder.encode(document).count
                    }
                }
            } else {
                let chunks = stride(from: 0, to: records.count, by: max(1, batch)).map {
                    Array(records[$0..<min(records.count, $0 + max(1, batch))])
                }
                let results = try BatchRunner(pipeline: pipeline, threads: threads).map(chunks) { worker, chunk -> (Int, Int) in
                    var documents = chunk.map { Document(id: $0.id, text: $0.text, date: $0.date) }
                    worker.process(&documents)
                    return (documents.reduce(0) { $0 + $1.meetings.count }, documents.reduce(0) { $0 + encoder.encode($1).count })
                }
                meetings = results.reduce(0) { $0 + $1.0 }
                outputBytes = results.reduce(0) { $0 + $1.1 }
            }
            best = min(best, ExtractBench.seconds(since: start))
            bestCPU = min(bestCPU, ExtractBench.cpuSeconds() - startCPU)
        }
        let mb = Double(bytes) / 1e6
        print("extract: \(records.count) documents, \(String(format: "%.1f", mb)) MB text, threads \(threads), "
              + "wall \(String(format: "%.2f", best)) s = \(String(format: "%.1f", mb / best)) MB/s, "
              + "CPU \(String(format: "%.2f", bestCPU)) s = \(String(format: "%.1f", mb / bestCPU)) MB/s per core, "
              + "\(meetings) meetings, \(String(format: "%.1f", Double(outputBytes) / 1e6)) MB JSON, "
              + "load \(String(format: "%.2f", loadSeconds)) s, peak RSS \(ExtractBench.peakRSSMegabytes()) MB")
        if stages { try timeStages(pipeline, records, mb: mb) }
    }

    /// Seconds and MB/s of each stage alone, one core, over batches of `batch` documents as the
    /// pipeline runs them.
    private func timeStages(_ pipeline: Pipeline, _ records: [JSONLRecord], mb: Double) throws {
        let worker = try pipeline.makeWorker()
        let encoder = ContractEncoder()
        var totals = [Double](repeating: 0, count: 5)
        let size = max(1, batch)
        for start in stride(from: 0, to: records.count, by: size) {
            var documents = records[start..<min(records.count, start + size)].map {
                Document(id: $0.id, text: $0.text, date: $0.date)
            }
            var t = ExtractBench.cpuSeconds()
            func lap(_ i: Int) {
                let now = ExtractBench.cpuSeconds()
                totals[i] += now - t
                t = now
            }
            for i in documents.indices { worker.segment(&documents[i]) }; lap(0)
            pipeline.entityRecognizer.annotate(&documents); lap(1)
            pipeline.timeTagger.annotate(&documents); lap(2)
            pipeline.meetingBuilder.annotate(&documents); lap(3)
            for document in documents { _ = encoder.encode(document) }; lap(4)
        }
        for (name, s) in zip(["tokens+sentences", "entities", "times", "meetings", "json"], totals) {
            print("  \(name): CPU \(String(format: "%.3f", s)) s = \(String(format: "%.1f", mb / s)) MB/s")
        }
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func readCorpus(_ path: String) throws -> [JSONLRecord] {
        guard let bytes = FileBytes.read(path) else { throw ValidationError("\(path): cannot be read") }
        var records: [JSONLRecord] = []
        var number = 0
        for line in bytes.split(separator: 0x0A) {
            number += 1
            switch JSONLRecord.parse(Array(line), lineNumber: number, maxBytes: 1 << 28) {
            case .success(let r): records.append(r)
            case .failure(let f): throw ValidationError("\(path): \(f.message)")
            }
        }
        return records
    }

    /// CPU seconds of the whole process (all threads).
    static func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func peakRSSMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}

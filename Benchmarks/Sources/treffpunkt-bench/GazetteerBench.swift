import ArgumentParser
import Foundation
import Treffpunkt

/// Gazetteer scale: compile time, load time from the cache, memory per entry, and matching
/// throughput over a corpus next to the built-in gazetteers alone. One thread. Prints one JSON
/// object (see Benchmarks/gazetteer/run.py).
struct GazetteerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Compiles, caches, loads and matches a gazetteer; prints one JSON line."
    )

    @Option(help: "The gazetteer file (.tsv or .jsonl).")
    var gazetteer: String

    @Option(help: "A JSON Lines corpus ({\"id\",\"text\"} per line).")
    var corpus: String?

    @Option(help: "The built-in data folder.")
    var data = "Gazetteers"

    @Option(help: "Passes over the corpus; the best is reported.")
    var repeats = 3

    @Flag(help: "Take the compiled form from the cache instead of measuring a fresh compile.")
    var cached = false

    @Flag(help: "Only load from the cache (compiling first when needed) and report time and resident memory.")
    var loadOnly = false

    func run() throws {
        let configuration = Configuration(dataDirectory: data, extraGazetteers: [gazetteer])
        let files = [gazetteer]
        var result: [String: Any] = ["gazetteer": gazetteer]
        if loadOnly {
            _ = try GazetteerLoader.load(files: files, configuration: configuration)  // make sure the cache exists
            let before = BenchMemory.residentBytes()
            let t = BenchClock.now()
            let (g, fromCache) = try GazetteerLoader.load(files: files, configuration: configuration)
            result["load_s"] = BenchClock.since(t)
            result["from_cache"] = fromCache
            result["entries"] = g.entryCount
            result["rss_bytes_per_entry"] = Double(BenchMemory.residentBytes() - before) / Double(max(1, g.entryCount))
            result["array_bytes_per_entry"] = Double(g.memoryBytes) / Double(max(1, g.entryCount))
            withExtendedLifetime(g) {}
            BenchJSON.print(result)
            return
        }
        var t = BenchClock.now()
        if !cached {
            if let path = GazetteerLoader.cachePath(files: files, configuration: configuration) { unlink(path) }
            t = BenchClock.now()
            _ = try GazetteerLoader.compile(files: files, configuration: configuration)
            result["compile_s"] = BenchClock.since(t)
        }
        _ = try GazetteerLoader.load(files: files, configuration: configuration)
        t = BenchClock.now()
        let (compiled, fromCache) = try GazetteerLoader.load(files: files, configuration: configuration)
        result["load_s"] = BenchClock.since(t)
        result["from_cache"] = fromCache
        result["entries"] = compiled.entryCount
        result["patterns"] = compiled.patternCount
        result["keys"] = compiled.keyCount
        result["array_bytes_per_entry"] = Double(compiled.memoryBytes) / Double(max(1, compiled.entryCount))
        guard let corpus else {
            BenchJSON.print(result)
            return
        }
        let builtIn = try GazetteerLoader.load(configuration: Configuration(dataDirectory: data))
        let pipeline = try Pipeline(configuration: Configuration(dataDirectory: data))
        let worker = try pipeline.makeWorker()
        var documents = try BenchCorpus.read(corpus)
        for i in documents.indices { worker.segment(&documents[i]) }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        func throughput(_ g: CompiledGazetteer) -> (mbps: Double, mentions: Int) {
            let matcher = GazetteerMatcher(gazetteer: g)
            var best = Double.infinity
            var mentions = 0
            for _ in 0..<max(1, repeats) {
                mentions = 0
                let t = BenchClock.now()
                for d in documents {
                    var copy = d
                    matcher.annotate(&copy)
                    mentions += copy.mentions.count + copy.derivedMentions.count
                }
                best = min(best, BenchClock.since(t))
            }
            return (Double(bytes) / 1e6 / best, mentions)
        }
        let withGazetteer = throughput(compiled)
        let alone = throughput(builtIn)
        result["corpus_mb"] = Double(bytes) / 1e6
        result["match_mbps"] = withGazetteer.mbps
        result["mentions"] = withGazetteer.mentions
        result["builtin_match_mbps"] = alone.mbps
        result["builtin_mentions"] = alone.mentions
        BenchJSON.print(result)
    }
}

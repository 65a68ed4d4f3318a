import ArgumentParser
import Foundation
import Treffpunkt

/// Options every command that loads the pipeline shares.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "The built-in data folder (default: the Gazetteers/ folder found beside the program, or $TREFFPUNKT_DATA).")
    var dataDirectory: String?

    @Option(name: .customLong("gazetteer"), help: "An extra gazetteer file or folder (repeatable).")
    var gazetteers: [String] = []

    @Option(help: "Worker threads for batches (default: every core).")
    var threads: Int?

    /// Loads the pipeline or exits with status 2 and every data error.
    func loadPipeline() throws -> Pipeline {
        guard let directory = dataDirectory ?? Configuration.locateDataDirectory(environment: ProcessInfo.processInfo.environment) else {
            StandardStreams.error("treffpunkt: cannot find the Gazetteers/ data folder; pass --data DIR or set TREFFPUNKT_DATA")
            throw ExitCode(2)
        }
        guard FileBytes.isDirectory(directory) else {
            StandardStreams.error("treffpunkt: \(directory): no such data folder")
            throw ExitCode(2)
        }
        for g in gazetteers where !FileBytes.exists(g) {
            StandardStreams.error("treffpunkt: \(g): no such gazetteer file or folder")
            throw ExitCode(2)
        }
        do {
            return try Pipeline(configuration: Configuration(dataDirectory: directory, extraGazetteers: gazetteers))
        } catch {
            StandardStreams.error("treffpunkt: \(error)")
            throw ExitCode(2)
        }
    }

    func runner(_ pipeline: Pipeline) -> BatchRunner {
        threads.map { BatchRunner(pipeline: pipeline, threads: $0) } ?? BatchRunner(pipeline: pipeline)
    }
}

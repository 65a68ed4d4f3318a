import ArgumentParser
import Treffpunkt

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Prints tokens and sentences with code point offsets.",
        discussion: """
        Per document: {"id", "tokens": [{"text","start","end","kind"}], "sentences": [{"start","end"}]}.
        With --jsonl, reads {"id","text"} lines and answers one line per input line.
        Tokens follow UD German: a hyphenated compound is written as its parts and hyphens
        (US - Präsident); --whole-compounds writes it as the one token the pipeline uses.
        """
    )

    @Argument(help: "A plain UTF-8 text file, or - for standard input (with --jsonl: a JSON Lines file).")
    var file: String?

    @Flag(help: "Read and write JSON Lines.")
    var jsonl = false

    @Flag(help: "Write hyphenated compounds as one token (the pipeline's view) instead of their parts.")
    var wholeCompounds = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let pipeline = try data.loadPipeline()
        let runner = data.runner(pipeline)
        var failed = 0
        if jsonl {
            let encoder = TokensEncoder(splitsCompounds: !wholeCompounds)
            failed = try DocumentInput.processJSONLines(path: file, runner: runner, defaultDate: nil) { worker, documents in
                for i in documents.indices { worker.segment(&documents[i]) }
                return documents.map(encoder.encode)
            }
        } else {
            let documents = DocumentInput.documents(paths: [file ?? "-"], date: nil, failures: &failed)
            let encoder = TokensEncoder(indent: 2, splitsCompounds: !wholeCompounds)
            for var document in documents {
                try pipeline.makeWorker().segment(&document)
                StandardStreams.writeLine(encoder.encode(document))
            }
            StandardStreams.flush()
        }
        if failed > 0 {
            StandardStreams.error("treffpunkt: \(failed) input(s) failed")
            throw ExitCode(1)
        }
    }
}

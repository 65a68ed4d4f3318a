import ArgumentParser
import Treffpunkt

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extracts entities, dates and meetings as JSON (schema treffpunkt/1).",
        discussion: """
        With files (or - for standard input), prints one JSON document per file: pretty JSON for a
        single document, JSON Lines for several. With --jsonl, reads {"id","text","date"} lines and
        answers one line per input line, in order; a line that cannot be processed gets an error
        object. Exit status: 0 when everything succeeded, 1 when some input failed, 2 for unusable
        arguments or data.
        """
    )

    @Argument(help: "Plain UTF-8 text files, or - for standard input.")
    var files: [String] = []

    @Flag(help: "Read JSON Lines (from the file given, or standard input) and write JSON Lines.")
    var jsonl = false

    @Option(help: "Publication date (YYYY-MM-DD) that anchors relative dates such as \"am Mittwoch\".")
    var date: String?

    @Flag(help: "One line per document even for a single file.")
    var compact = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date \(date) is not a date of the form YYYY-MM-DD")
        }
        if jsonl && files.count > 1 {
            throw ValidationError("--jsonl reads one file (or standard input)")
        }
        if !jsonl && files.isEmpty {
            throw ValidationError("name a file, - for standard input, or --jsonl")
        }
    }

    func run() throws {
        let pipeline = try data.loadPipeline()
        let runner = data.runner(pipeline)
        let anchor = date.flatMap(CalendarDate.init(iso:))
        var failed = 0
        if jsonl {
            let encoder = ContractEncoder()
            failed = try DocumentInput.processJSONLines(path: files.first, runner: runner, defaultDate: anchor) { worker, documents in
                worker.process(&documents)
                return documents.map(encoder.encode)
            }
        } else {
            let inputs = DocumentInput.inputs(paths: files, date: anchor)
            let documents = inputs.compactMap { input -> Document? in
                if case .document(let d) = input { return d }
                return nil
            }
            let encoder = ContractEncoder(indent: inputs.count == 1 && !compact ? 2 : nil)
            var outputs = try runner.map(documents) { worker, document in
                var document = document
                worker.process(&document)
                return encoder.encode(document)
            }.makeIterator()
            for input in inputs {
                switch input {
                case .document:
                    StandardStreams.writeLine(outputs.next()!)
                case .unreadable(let id, let message):
                    failed += 1
                    if inputs.count > 1 {
                        StandardStreams.writeLine(ContractEncoder.error(id: id, code: "unreadable", message: message))
                    }
                }
            }
            StandardStreams.flush()
        }
        if failed > 0 {
            StandardStreams.error("treffpunkt: \(failed) input(s) failed")
            throw ExitCode(1)
        }
    }
}

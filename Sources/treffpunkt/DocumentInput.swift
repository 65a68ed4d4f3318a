import ArgumentParser
import Treffpunkt

/// Reads the documents a command works on: files, standard input, or JSON Lines.
struct DocumentInput {
    /// The largest JSON Lines record accepted, in bytes.
    static let maxRecordBytes = 256 << 20

    /// One input file: its document, or why it could not be read.
    enum FileInput {
        case document(Document)
        case unreadable(id: String, message: String)
    }

    /// Reads plain text files (or "-" for standard input) in order; a file that cannot be read is
    /// reported on standard error and kept in its place as `.unreadable`.
    static func inputs(paths: [String], date: CalendarDate?) -> [FileInput] {
        var result: [FileInput] = []
        for path in paths {
            let bytes: [UInt8]?
            if path == "-" {
                var all: [UInt8] = []
                let reader = LineReader()
                var first = true
                while let line = reader.next() {
                    if !first { all.append(0x0A) }
                    all += line
                    first = false
                }
                bytes = all
            } else {
                bytes = FileBytes.read(path)
            }
            guard let bytes else {
                StandardStreams.error("treffpunkt: \(path): cannot be read")
                result.append(.unreadable(id: path, message: "\(path): cannot be read"))
                continue
            }
            let (text, invalid) = TextDecoding.decode(bytes)
            let id = path == "-" ? "stdin" : String(path.split(separator: "/").last ?? Substring(path))
            var document = Document(id: id, text: text, date: date)
            if invalid > 0 {
                let warning = "\(path == "-" ? "standard input" : path): \(invalid) invalid UTF-8 sequence(s) replaced by U+FFFD"
                document.warnings.append(warning)
                StandardStreams.error("treffpunkt: warning: \(warning)")
            }
            result.append(.document(document))
        }
        return result
    }

    /// The documents of `inputs` that could be read; `failures` counts the others.
    static func documents(paths: [String], date: CalendarDate?, failures: inout Int) -> [Document] {
        inputs(paths: paths, date: date).compactMap {
            guard case .document(let d) = $0 else {
                failures += 1
                return nil
            }
            return d
        }
    }

    /// Processes JSON Lines in batches, writing one output line per input line in input order.
    /// Each thread takes `chunkLines` lines at a time and hands their documents to `work` together,
    /// which returns one output line per document, in order. Returns the number of lines that failed.
    static func processJSONLines(path: String?, batchLines: Int = 1024, chunkLines: Int = Pipeline.batchSize, runner: BatchRunner,
                                 defaultDate: CalendarDate?,
                                 _ work: @escaping @Sendable (Pipeline.Worker, inout [Document]) -> [[UInt8]]) throws -> Int {
        let reader: LineReader
        if let path, path != "-" {
            guard let r = LineReader(path: path) else {
                StandardStreams.error("treffpunkt: \(path): cannot be read")
                throw ExitCode(2)
            }
            reader = r
        } else {
            reader = LineReader()
        }
        var failed = 0
        while true {
            var batch: [(Int, [UInt8])] = []
            var bytes = 0
            while batch.count < batchLines, bytes < 32 << 20, let line = reader.next() {
                bytes += line.count
                batch.append((reader.lineNumber, line))
            }
            if batch.isEmpty { break }
            let chunks = stride(from: 0, to: batch.count, by: chunkLines).map { Array(batch[$0..<min(batch.count, $0 + chunkLines)]) }
            let outputs = try runner.map(chunks) { worker, chunk -> [(bytes: [UInt8], failure: String?)] in
                var results = [(bytes: [UInt8], failure: String?)](repeating: ([], nil), count: chunk.count)
                var documents: [Document] = []
                var slots: [Int] = []
                for (k, (number, line)) in chunk.enumerated() {
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                        let message = "line \(number): empty"
                        results[k] = (ContractEncoder.error(id: nil, code: "empty_line", message: message), message)
                        continue
                    }
                    switch JSONLRecord.parse(line, lineNumber: number, maxBytes: maxRecordBytes) {
                    case .failure(let f):
                        results[k] = (ContractEncoder.error(id: f.id, code: f.code, message: f.message), f.message)
                    case .success(let record):
                        var document = Document(id: record.id, text: record.text, date: record.date ?? defaultDate)
                        document.meta = record.meta
                        document.warnings = record.warnings
                        for warning in record.warnings {
                            StandardStreams.error("treffpunkt: warning: \(path ?? "standard input"): \(warning)")
                        }
                        documents.append(document)
                        slots.append(k)
                    }
                }
                for (k, bytes) in zip(slots, work(worker, &documents)) { results[k] = (bytes, nil) }
                return results
            }.joined()
            for output in outputs {
                if let failure = output.failure {
                    failed += 1
                    StandardStreams.error("treffpunkt: \(path ?? "standard input"): \(failure)")
                }
                StandardStreams.writeLine(output.bytes)
            }
        }
        return failed
    }

}

import ArgumentParser
import Foundation
import Treffpunkt

/// Tokenizing plus sentence splitting against the bare cost of ICU's word and sentence break
/// iteration over the same text, on one core.
struct TokenizeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Measures the tokenizer and sentence splitter against a bare loop over ICU's break iterators.",
        discussion: """
        Reads a JSON Lines corpus ({"id","text"} per line, as ../shared/tools/bench/make_corpus.py
        writes it) or, with --text, a plain text file read as one document. Each run times, on
        one thread (timed in thread CPU time): (1) ICU's word and sentence iterators counting boundaries over the documents
        already in UTF-16 (the floor), (2) Treffpunkt's tokenizer and sentence splitter over the
        same documents (from code points, so the UTF-16 conversion is included). Prints the best
        of --runs as one JSON object: MB/s of UTF-8 input, tokens per millisecond and the ratio.
        """
    )

    @Option(help: "A JSON Lines corpus.")
    var input: String?

    @Option(help: "A plain UTF-8 text file, read as one document.")
    var text: String?

    @Flag(help: "Replace line ends by spaces (one long line).")
    var oneLine = false

    @Option(help: "A synthetic input instead of a file: a single word of this many letters.")
    var wordLength: Int?

    @Option(help: "How many timed runs; the best counts.")
    var runs = 4

    @Option(help: "Which measurements: both, icu or treffpunkt.")
    var only = "both"

    @Option(help: "The Gazetteers/ data folder (default: found beside the program).")
    var data: String?

    func run() throws {
        let texts = try loadTexts()
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let documents = texts.enumerated().map { Document(id: String($0.offset), text: $0.element) }
        let units = texts.map { Array($0.utf16) }

        guard let directory = data ?? Configuration.locateDataDirectory(environment: ProcessInfo.processInfo.environment) else {
            throw ValidationError("cannot find the Gazetteers/ data folder; pass --data")
        }
        let configuration = Configuration(dataDirectory: directory)
        let rules = try TokenizerRules(configuration: configuration)
        let tokenizer = try Tokenizer(rules: rules)
        let splitter = try SentenceSplitter(configuration: configuration, rules: rules)
        let words = try BreakIterator(.word, locale: "de")
        let sentences = try BreakIterator(.sentence, locale: "de")
        _ = CharacterClass.table  // built once per process, outside the timing

        var bestICU = Double.infinity, bestOwn = Double.infinity, bestWords = Double.infinity
        var bestTokenizer = Double.infinity
        var icuBoundaries = 0, tokens = 0, sentenceCount = 0
        for _ in 0..<max(1, runs) {
            if only != "treffpunkt" {
                let start = Self.cpuNanoseconds()
                var count = 0
                for u in units {
                    count += words.countBoundaries(of: u)
                    count += sentences.countBoundaries(of: u)
                }
                let seconds = Double(Self.cpuNanoseconds() - start) / 1e9
                bestICU = min(bestICU, seconds)
                icuBoundaries = count
                let wordStart = Self.cpuNanoseconds()
                for u in units { count += words.countBoundaries(of: u) }
                bestWords = min(bestWords, Double(Self.cpuNanoseconds() - wordStart) / 1e9)
            }
            if only != "icu" {
                var tokenTotal = 0, sentenceTotal = 0
                let start = Self.cpuNanoseconds()
                for var document in documents {
                    tokenizer.annotate(&document)
                    splitter.annotate(&document)
                    tokenTotal += document.tokens.count
                    sentenceTotal += document.sentences.count
                }
                let seconds = Double(Self.cpuNanoseconds() - start) / 1e9
                bestOwn = min(bestOwn, seconds)
                tokens = tokenTotal
                sentenceCount = sentenceTotal
                let tokenizerStart = Self.cpuNanoseconds()
                for var document in documents { tokenizer.annotate(&document) }
                bestTokenizer = min(bestTokenizer, Double(Self.cpuNanoseconds() - tokenizerStart) / 1e9)
            }
        }
        let mb = Double(bytes) / 1e6
        var fields: [String] = [
            "\"documents\": \(texts.count)", "\"megabytes\": \(format(mb))", "\"runs\": \(runs)",
            "\"icu_version\": \"\(BreakIterator.icuVersion)\"",
        ]
        if bestICU.isFinite {
            fields += ["\"icu_seconds\": \(format(bestICU))", "\"icu_mb_per_s\": \(format(mb / bestICU))",
                       "\"icu_boundaries\": \(icuBoundaries)",
                       "\"icu_words_only_mb_per_s\": \(format(mb / bestWords))"]
        }
        if bestOwn.isFinite {
            fields += ["\"treffpunkt_seconds\": \(format(bestOwn))", "\"treffpunkt_mb_per_s\": \(format(mb / bestOwn))",
                       "\"tokens\": \(tokens)", "\"sentences\": \(sentenceCount)",
                       "\"tokens_per_ms\": \(format(Double(tokens) / (bestOwn * 1000)))",
                       "\"tokenizer_only_mb_per_s\": \(format(mb / bestTokenizer))"]
        }
        if bestICU.isFinite && bestOwn.isFinite {
            fields.append("\"throughput_ratio_to_icu\": \(format(bestICU / bestOwn))")
        }
        fields.append("\"max_rss_mb\": \(format(Double(maxResidentKilobytes()) / 1024))")
        print("{" + fields.joined(separator: ", ") + "}")
    }

    private func loadTexts() throws -> [String] {
        if let wordLength {
            return ["Er schrieb " + String(repeating: "a", count: wordLength) + " und ging."]
        }
        if let text {
            guard let bytes = FileBytes.read(text) else { throw ValidationError("\(text): cannot be read") }
            var decoded = TextDecoding.decode(bytes).text
            if oneLine { decoded = String(decoded.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 }) }
            return [decoded]
        }
        guard let input else { throw ValidationError("pass --input FILE.jsonl, --text FILE or --word-length N") }
        guard let reader = LineReader(path: input) else { throw ValidationError("\(input): cannot be read") }
        var texts: [String] = []
        while let line = reader.next() {
            if line.isEmpty { continue }
            switch JSONLRecord.parse(line, lineNumber: reader.lineNumber, maxBytes: 1 << 30) {
            case .success(let record): texts.append(oneLine ? record.text.replacingOccurrences(of: "\n", with: " ") : record.text)
            case .failure(let failure): throw ValidationError("\(input): \(failure.message)")
            }
        }
        return texts
    }

    /// The CPU time of the calling thread: on a shared machine it leaves out the time the
    /// thread waits for a core, which wall-clock time would add as noise.
    static func cpuNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    private func format(_ x: Double) -> String { String(format: "%.3f", x) }

    private func maxResidentKilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}

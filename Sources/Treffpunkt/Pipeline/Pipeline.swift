/// The whole chain from text to meetings:
///
///     Tokenizer ─▶ SentenceSplitter ─▶ EntityRecognizer ─▶ TimeTagger ─▶ MeetingBuilder
///
/// A `Pipeline` holds the read-only models built from the data folder and can be shared by any
/// number of threads; each thread runs documents through its own `Worker`.
public struct Pipeline: Sendable {
    public let configuration: Configuration
    public let tokenizerRules: TokenizerRules
    public let sentenceSplitter: SentenceSplitter
    public let entityRecognizer: EntityRecognizer
    public let timeTagger: TimeTagger
    public let meetingBuilder: MeetingBuilder

    /// Loads every model; throws with every data error found, each naming its file and line.
    public init(configuration: Configuration) throws {
        self.configuration = configuration
        tokenizerRules = try TokenizerRules(configuration: configuration)
        sentenceSplitter = try SentenceSplitter(configuration: configuration, rules: tokenizerRules)
        entityRecognizer = try EntityRecognizer(configuration: configuration)
        timeTagger = try TimeTagger(configuration: configuration)
        meetingBuilder = try MeetingBuilder(configuration: configuration, gazetteer: entityRecognizer.gazetteer.gazetteer)
    }

    /// How many documents a worker runs stage by stage as one batch (`Worker.process(_:)` on an
    /// array): enough to keep each stage's tables in the caches, few enough to keep memory small.
    public static let batchSize = 256

    /// A worker for one thread.
    public func makeWorker() throws -> Worker { try Worker(pipeline: self) }

    /// Runs documents through the pipeline on one thread.
    public final class Worker {
        public let pipeline: Pipeline
        public let tokenizer: Tokenizer

        init(pipeline: Pipeline) throws {
            self.pipeline = pipeline
            tokenizer = try Tokenizer(rules: pipeline.tokenizerRules)
        }

        /// Tokens and sentences only.
        public func segment(_ document: inout Document) {
            tokenizer.annotate(&document)
            pipeline.sentenceSplitter.annotate(&document)
        }

        /// Every stage.
        public func process(_ document: inout Document) {
            segment(&document)
            pipeline.entityRecognizer.annotate(&document)
            pipeline.timeTagger.annotate(&document)
            pipeline.meetingBuilder.annotate(&document)
        }

        /// Every stage over a batch of documents, one stage after the other: each stage's tables
        /// stay in the processor's caches across the batch. The result is the same as `process`
        /// on each document.
        public func process(_ documents: inout [Document]) {
            for i in documents.indices { tokenizer.annotate(&documents[i]) }
            pipeline.sentenceSplitter.annotate(&documents)
            pipeline.entityRecognizer.annotate(&documents)
            pipeline.timeTagger.annotate(&documents)
            pipeline.meetingBuilder.annotate(&documents)
        }
    }
}

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
    }
}

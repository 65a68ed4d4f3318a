/// A stage of the pipeline: reads some layers of a document and adds one.
///
/// Annotators are values built once from the data folder and shared by all threads; the
/// per-thread state some need (ICU iterators) lives in `Pipeline.Worker`.
public protocol Annotator: Sendable {
    func annotate(_ document: inout Document)
}

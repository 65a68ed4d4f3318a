/// A stage of the pipeline: reads some layers of a document and adds one.
///
/// Annotators are values built once from the data folder and shared by all threads; the
/// per-thread state some need (ICU iterators) lives in `Pipeline.Worker`.
public protocol Annotator: Sendable {
    func annotate(_ document: inout Document)

    /// Annotates each document of a batch, as `annotate(_:)` does one; a stage made of steps may
    /// run each step over the whole batch.
    func annotate(_ documents: inout [Document])
}

extension Annotator {
    public func annotate(_ documents: inout [Document]) {
        for i in documents.indices { annotate(&documents[i]) }
    }
}

/// Finds the persons, organisations, places and topics of a document.
public struct EntityRecognizer: Annotator {
    public init(configuration: Configuration) throws {}

    public func annotate(_ document: inout Document) {}
}

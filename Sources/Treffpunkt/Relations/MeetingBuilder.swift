/// Recognises meetings and merges their mentions per document.
public struct MeetingBuilder: Annotator {
    public init(configuration: Configuration) throws {}

    public func annotate(_ document: inout Document) {}
}

/// Finds temporal expressions and normalises them to TIMEX3 values.
public struct TimeTagger: Annotator {
    public init(configuration: Configuration) throws {}

    public func annotate(_ document: inout Document) {}
}

/// Links short names (Donfried, Donfrieds) to the full names mentioned earlier in the document.
public struct Coreference: Annotator {
    public init(configuration: Configuration) throws {}

    public func annotate(_ document: inout Document) {}
}

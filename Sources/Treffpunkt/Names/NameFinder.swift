/// Finds persons, organisations and places that no gazetteer lists, by rule.
public struct NameFinder: Annotator {
    public init(configuration: Configuration) throws {}

    public func annotate(_ document: inout Document) {}
}

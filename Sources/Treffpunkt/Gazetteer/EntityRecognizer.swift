/// Finds the persons, organisations, places and topics of a document:
/// gazetteer names first, then names beyond the lists, then coreference.
public struct EntityRecognizer: Annotator {
    public let gazetteer: GazetteerMatcher
    public let nameFinder: NameFinder
    public let coreference: Coreference

    public init(configuration: Configuration) throws {
        gazetteer = GazetteerMatcher(gazetteer: try GazetteerLoader.load(configuration: configuration),
                                     cues: try GazetteerCues(configuration: configuration))
        nameFinder = try NameFinder(configuration: configuration)
        coreference = try Coreference(configuration: configuration)
    }

    public func annotate(_ document: inout Document) {
        gazetteer.annotate(&document)
        nameFinder.annotate(&document)
        coreference.annotate(&document)
        document.mentions.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    }

    /// Each step over the whole batch in turn: the same result as one document at a time.
    public func annotate(_ documents: inout [Document]) {
        for i in documents.indices { gazetteer.annotate(&documents[i]) }
        for i in documents.indices { nameFinder.annotate(&documents[i]) }
        for i in documents.indices {
            coreference.annotate(&documents[i])
            documents[i].mentions.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        }
    }
}

/// Links short names to the entities mentioned in full elsewhere in the document:
///
/// - a person's last name, also in the genitive (`Donfried`, `Donfrieds`, `Jones'`), and a last
///   name with its particles (`Van der Bellen` for `Alexander Van der Bellen`), when no other
///   person of the document has the same one;
/// - an acronym in parentheses right after an organisation (`Bundesamt für Gesundheit (BAG)`),
///   there and everywhere else in the document.
///
/// Added mentions have `Mention.Source.coreference`; a rule-found person that is only such a
/// short name (`Frau Donfried`) is merged into the full name's entity.
public struct Coreference: Annotator {
    /// Name particles (`von`, `van`, `der`), which belong to a last name (`Van der Bellen`).
    public let particles: NameLexicon

    /// Reads the particles from `rules/names/name-particles.txt`.
    public init(configuration: Configuration) throws {
        var errors: [String] = []
        particles = NameRules.load("name-particles.txt", NameRules.particleValues, configuration, &errors)
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
    }

    public func annotate(_ document: inout Document) {
        guard !document.mentions.isEmpty else { return }
        var short = ShortNames(document: document, particles: particles)
        short.collectAcronyms(in: document)
        guard !short.isEmpty else { return }
        short.link(in: &document)
    }
}

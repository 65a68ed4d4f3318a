/// Which persons of a document speak for which organisations, by the title compound before their
/// name (`IG-Metall-Chefin Christiane Benner`, `Verdi-Verhandlungsführerin Behle`,
/// `Bahn-Personalvorstand Martin Seiler`): the compound's first part names one of the document's
/// organisations (its name or a mention of it, hyphens read as spaces, or the last word of one:
/// `Bahn` for `Deutsche Bahn`); or by the organisation named right before the title
/// (`Borussia Dortmunds Geschäftsführer Hans-Joachim Watzke`).
///
/// A person never meets the organisation it speaks for, and two organisations whose people meet
/// (`Gespräche zwischen der GDL und der Deutschen Bahn … GDL-Chef X sagte das Treffen mit
/// Bahn-Personalvorstand Y ab`) are no meeting of their own: `MeetingMerger` drops such pairs.
struct Affiliation {
    /// Person entity → the organisation entities it speaks for.
    private(set) var organizations: [Int: [Int]] = [:]

    var isEmpty: Bool { organizations.isEmpty }

    init(document: Document) {
        // The organisations' surface forms, lower-cased, hyphens as spaces: whole and last word.
        var forms: [(form: [Unicode.Scalar], entity: Int)] = []
        func add(_ scalars: some Collection<Unicode.Scalar>, _ entity: Int) {
            let folded = scalars.map(Affiliation.fold)
            guard folded.count >= 2 else { return }
            forms.append((folded, entity))
            if let space = folded.lastIndex(of: " "), folded.count - space > 3 { forms.append((Array(folded[(space + 1)...]), entity)) }
        }
        for (e, entity) in document.entities.enumerated() where entity.type == .organization {
            add(entity.name.unicodeScalars, e)
        }
        for m in document.mentions where document.entities[m.entity].type == .organization {
            add(document.scalars[m.start..<m.end], m.entity)
        }
        guard !forms.isEmpty else { return }
        /// The organisation whose mention ends at a token (`Borussia Dortmunds` before `Geschäftsführer`).
        var organizationEndingAt: [Int: Int] = [:]
        for m in document.mentions where document.entities[m.entity].type == .organization { organizationEndingAt[m.tokens.upperBound - 1] = m.entity }
        for m in document.mentions where document.entities[m.entity].type == .person && m.tokens.lowerBound > 0 {
            let title = document.tokens[m.tokens.lowerBound - 1]
            guard title.kind == .word, m.start - title.end == 1 else { continue }
            if let org = organizationEndingAt[m.tokens.lowerBound - 2], LetterCase.isUppercase(document.scalars[title.start]) {
                // "Borussia Dortmunds Geschäftsführer X": the organisation's title before the name.
                if !organizations[m.entity, default: []].contains(org) { organizations[m.entity, default: []].append(org) }
                continue
            }
            let word = document.scalars[title.start..<title.end]
            guard let hyphen = word.lastIndex(where: { $0 == "-" || $0 == "\u{2011}" }), hyphen > title.start else { continue }
            let prefix = word[title.start..<hyphen].map(Affiliation.fold)
            for (form, org) in forms where form == prefix {
                if !organizations[m.entity, default: []].contains(org) { organizations[m.entity, default: []].append(org) }
            }
        }
    }

    /// Whether person `person` speaks for organisation `organization`.
    func speaks(_ person: Int, for organization: Int) -> Bool {
        organizations[person]?.contains(organization) ?? false
    }

    /// Whether `entity` is `organization` itself or one of the persons that speak for it.
    func stands(_ entity: Int, for organization: Int) -> Bool {
        entity == organization || speaks(entity, for: organization)
    }

    /// Lower case, hyphen as space (`IG-Metall` = `IG Metall`).
    private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s == "-" || s == "\u{2011}" { return " " }
        return LetterCase.lowercase(s)
    }
}

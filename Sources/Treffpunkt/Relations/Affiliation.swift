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
        // No affiliation without an organisation named by two or more code points.
        let hasForms = document.entities.contains { $0.type == .organization && $0.name.unicodeScalars.count >= 2 }
            || document.mentions.contains { document.entities[$0.entity].type == .organization && $0.end - $0.start >= 2 }
        guard hasForms else { return }
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
            func take(_ org: Int) {
                if !organizations[m.entity, default: []].contains(org) { organizations[m.entity, default: []].append(org) }
            }
            for (e, entity) in document.entities.enumerated() where entity.type == .organization && Affiliation.names(prefix, entity.name.unicodeScalars) {
                take(e)
            }
            for o in document.mentions where document.entities[o.entity].type == .organization
                && Affiliation.names(prefix, document.scalars[o.start..<o.end]) {
                take(o.entity)
            }
        }
    }

    /// Whether a folded title prefix is an organisation's form: the whole form folded, or its
    /// last word when that has more than two code points (`Bahn` for `Deutsche Bahn`). A form
    /// needs two code points or more. Compares in place, building no folded copy.
    private static func names(_ prefix: [Unicode.Scalar], _ form: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        var count = 0
        var lastSpace = -1
        for s in form {
            if fold(s) == " " { lastSpace = count }
            count += 1
        }
        guard count >= 2 else { return false }
        if count == prefix.count, zip(form, prefix).allSatisfy({ fold($0) == $1 }) { return true }
        guard lastSpace >= 0, count - lastSpace > 3, count - lastSpace - 1 == prefix.count else { return false }
        return zip(form.dropFirst(lastSpace + 1), prefix).allSatisfy { fold($0) == $1 }
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

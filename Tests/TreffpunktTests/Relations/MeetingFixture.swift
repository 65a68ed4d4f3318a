@testable import Treffpunkt

/// Builds documents for the meeting tests: the real tokenizer and sentence splitter, then entity
/// mentions and times placed by hand, so that the meeting rules are tested on their own.
enum MeetingFixture {
    static let builder: MeetingBuilder = {
        do { return try MeetingBuilder(configuration: TestSupport.configuration) } catch {
            fatalError("the meeting rules do not load: \(error)")
        }
    }()

    /// An entity and the surface forms under which it is mentioned.
    struct Name {
        var id: String
        var forms: [String]
        var gender: Gender? = nil
        var type: EntityType { EntityType(rawValue: String(id.prefix { $0 != "/" }))! }
    }

    static func person(_ id: String, _ forms: String..., gender: Gender? = nil) -> Name { Name(id: "person/" + id, forms: forms, gender: gender) }
    static func org(_ id: String, _ forms: String...) -> Name { Name(id: "organization/" + id, forms: forms) }
    static func place(_ id: String, _ forms: String...) -> Name { Name(id: "place/" + id, forms: forms) }

    /// Segments `text`, marks every occurrence of each form as a mention (longest first), adds the
    /// times given as (text, value), and runs the meeting builder.
    static func run(_ text: String, names: [Name], times: [(String, String)] = [], date: String? = nil) -> Document {
        var document = TestSupport.segment(text)
        document.date = date.flatMap(CalendarDate.init(iso:))
        let scalars = document.scalars
        var taken = [Bool](repeating: false, count: scalars.count)
        var all: [(form: [Unicode.Scalar], name: Name)] = []
        for n in names { for f in n.forms { all.append((Array(f.unicodeScalars), n)) } }
        all.sort { $0.form.count > $1.form.count }
        for (form, name) in all {
            let entity = document.addEntity(Entity(id: name.id, type: name.type, name: name.forms[0], gender: name.gender))
            for start in occurrences(form, in: scalars) where !taken[start..<(start + form.count)].contains(true) {
                let end = start + form.count
                if end < scalars.count, scalars[end].properties.isAlphabetic, !(scalars[end] == "s") { continue }
                if start > 0, scalars[start - 1].properties.isAlphabetic { continue }
                for k in start..<end { taken[k] = true }
                let tokens = tokenRange(start, end, document)
                document.mentions.append(Mention(start: start, end: end, entity: entity,
                                                 sentence: document.sentence(containingToken: tokens.lowerBound),
                                                 tokens: tokens, source: .gazetteer))
            }
        }
        document.mentions.sort { $0.start < $1.start }
        for (surface, value) in times {
            let form = Array(surface.unicodeScalars)
            for start in occurrences(form, in: scalars) {
                let tokens = tokenRange(start, start + form.count, document)
                document.times.append(TimeExpression(start: start, end: start + form.count, value: value,
                                                     sentence: document.sentence(containingToken: tokens.lowerBound), tokens: tokens))
            }
        }
        document.times.sort { $0.start < $1.start }
        builder.annotate(&document)
        return document
    }

    private static func occurrences(_ form: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> [Int] {
        guard !form.isEmpty, form.count <= scalars.count else { return [] }
        var result: [Int] = []
        for i in 0...(scalars.count - form.count) where scalars[i] == form[0] && Array(scalars[i..<(i + form.count)]) == form {
            result.append(i)
        }
        return result
    }

    private static func tokenRange(_ start: Int, _ end: Int, _ document: Document) -> Range<Int> {
        let first = document.tokens.firstIndex { $0.end > start } ?? 0
        let last = document.tokens.lastIndex { $0.start < end } ?? first
        return first..<(last + 1)
    }

    /// The meetings as sorted "who|whom" id pairs with status, for compact expectations.
    static func pairs(_ document: Document, status: MeetingStatus? = nil) -> Set<String> {
        var result = Set<String>()
        for m in document.meetings where status == nil || m.status == status {
            for a in m.who {
                for b in m.whom where a != b {
                    let ids = [document.entities[a].id, document.entities[b].id].map { String($0.split(separator: "/").last!) }.sorted()
                    result.insert(ids.joined(separator: "+"))
                }
            }
        }
        return result
    }
}

/// Proves that every entry of some gazetteer files is found: each name, alias and generated
/// variant inside German template sentences (`rules/gazetteer-test-templates.txt`), and every
/// `example=` sentence of an entry. Used by `treffpunkt gazetteer test`.
public struct GazetteerTester {
    /// The template file, relative to the data folder.
    public static let templatesPath = "rules/gazetteer-test-templates.txt"

    /// One failed check, as a line of the report.
    public struct Failure: Comparable, Sendable, CustomStringConvertible {
        public var origin: String
        public var id: String
        public var form: String
        public var sentence: String
        public var found: String

        public var description: String { "\(origin)\t\(id)\t\(form)\t\(sentence)\t\(found)" }

        public static func < (a: Failure, b: Failure) -> Bool { a.description < b.description }
    }

    private let templates: [String: [String]]
    private let pipeline: Pipeline

    /// `pipeline` must have the tested files among its gazetteers.
    public init(pipeline: Pipeline) throws {
        self.pipeline = pipeline
        let file = try DataFile(path: pipeline.configuration.dataPath(GazetteerTester.templatesPath))
        var templates: [String: [String]] = [:]
        var errors: [String] = []
        let kinds: Set<String> = Set(EntityType.allCases.map(\.rawValue) + ["adjective", "demonym"])
        for line in file.lines {
            let f = line.fields
            guard f.count == 2, kinds.contains(String(f[0])), f[1].contains("{") else {
                errors.append(file.error(line.number, "expected KIND<TAB>SENTENCE with {} or {s}, KIND one of \(kinds.sorted().joined(separator: ", "))"))
                continue
            }
            templates[String(f[0]), default: []].append(String(f[1]))
        }
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
        self.templates = templates
    }

    /// Every failure for the entries of `files`, sorted.
    public func run(files: [String]) throws -> (checks: Int, failures: [Failure]) {
        let entries = try GazetteerReader.read(files: files)
        let variants = try VariantGenerator(configuration: pipeline.configuration)
        let worker = try pipeline.makeWorker()
        let matcher = pipeline.entityRecognizer.gazetteer
        var failures: [Failure] = []
        var checks = 0
        for entry in entries {
            for (form, kind) in VariantGenerator.patterns(of: entry, variants: variants) {
                let templateKind = kind == .adjective ? "adjective" : kind == .demonym ? "demonym" : entry.type.rawValue
                // A form ending in a period or other mark has no genitive of its own (`Kirill I.`).
                let hasGenitive = form.unicodeScalars.last.map { $0.properties.isAlphabetic } ?? false
                for template in templates[templateKind] ?? [] where hasGenitive || !template.contains("{s}") {
                    checks += 1
                    let (sentence, span) = GazetteerTester.fill(template, with: form)
                    var document = Document(id: entry.id, text: sentence)
                    worker.segment(&document)
                    matcher.annotate(&document)
                    let all = document.mentions + document.derivedMentions
                    if all.contains(where: { $0.start == span.start && $0.end == span.end && document.entities[$0.entity].id == entry.id }) {
                        continue
                    }
                    let found = all.map { "\(document.entities[$0.entity].id) \"\(document.text($0.start, $0.end))\"" }
                    failures.append(Failure(origin: entry.origin, id: entry.id, form: form, sentence: sentence,
                                            found: found.isEmpty ? "nothing found" : "found " + found.joined(separator: ", ")))
                }
            }
            for example in entry.values("example") {
                checks += 1
                var document = Document(id: entry.id, text: example)
                worker.segment(&document)
                matcher.annotate(&document)
                if !(document.mentions + document.derivedMentions).contains(where: { document.entities[$0.entity].id == entry.id }) {
                    failures.append(Failure(origin: entry.origin, id: entry.id, form: "example", sentence: example, found: "nothing found"))
                }
            }
        }
        return (checks, failures.sorted())
    }

    /// The template with the form put in, and the form's code point span there.
    static func fill(_ template: String, with form: String) -> (String, TextSpan) {
        let genitive: String
        if let last = form.last, "sßxzSX".contains(last) { genitive = form + "'" } else { genitive = form + "s" }
        for (placeholder, text) in [("{s}", genitive), ("{}", form)] {
            if let r = template.range(of: placeholder) {
                let before = template[..<r.lowerBound]
                let start = before.unicodeScalars.count
                let sentence = before + text + template[r.upperBound...]
                let end = start + (placeholder == "{s}" && text.hasSuffix("'") ? form : text).unicodeScalars.count
                return (String(sentence), TextSpan(start, end))
            }
        }
        return (template, TextSpan(0, 0))
    }
}

import Testing
@testable import Treffpunkt

/// Small gazetteers written for the tests, compiled and run over German sentences.
enum GazetteerFixture {
    /// A gazetteer in the Treffpunkt format with the cases the matching rules are about.
    static let politics = """
    # Test gazetteer: persons, organisations and places of the matcher tests.
    person/sergej-lawrow\tSergej Lawrow\tLawrow\torig=Лавров, Сергей\tgender=m
    person/sergej-rjabkow\tSergej Rjabkow\tRjabkow\torig=Рябков, Сергей\tgender=m
    person/sebastian-kurz\tSebastian Kurz\tKurz\tcase=exact\tgender=m
    person/wolodymyr-selenskyj\tWolodymyr Selenskyj\tSelenskyj\tgender=m
    person/alexander-van-der-bellen\tAlexander Van der Bellen\tVan der Bellen\tgender=m
    organization/nato\tNATO\t-
    organization/kreml\tKreml\t-\tvenue=place/moskau
    place/russland\tRussland\tRussische Föderation\tadj=russisch\tdemonym=Russe|Russin|Russen
    place/minsk\tMinsk\t-\tadj=Minsker
    place/usa\tVereinigte Staaten\tUSA|US
    place/ukraine\tUkraine\t-
    place/donbass\tDonbass\t-
    place/moskau\tMoskau\t-
    place/georgia\tGeorgia\t-
    place/georgien\tGeorgien\tGeorgia
    person/georgia-meloni\tGeorgia Meloni\t-
    person/john-bolton\tJohn Bolton\tBolton
    place/bolton\tBolton\t-
    place/essen\tEssen\t-\tadj=Essener\tambiguous=word
    person/jd-vance\tJ. D. Vance\tVance
    person/ban-ki-moon\tBan Ki-moon\t-
    """

    static let cues = try! GazetteerCues(file: DataFile(path: "cues.txt", text: """
    place\tbefore\tin
    person\tbefore\tPräsident
    person\tafter\tsagte
    """))

    static func compile(_ text: String, path: String = "fixture.tsv") throws -> CompiledGazetteer {
        var entries: [GazetteerEntry] = []
        var errors: [String] = []
        GazetteerReader.read(bytes: Array(text.utf8), path: path, into: &entries, errors: &errors)
        errors += GazetteerReader.duplicateIDErrors(entries)
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
        return GazetteerCompiler.compile(entries, variants: try VariantGenerator(configuration: TestSupport.configuration))
    }

    static let politicsMatcher = GazetteerMatcher(gazetteer: try! compile(politics), cues: cues)

    /// The document after tokens, sentences and gazetteer matching.
    static func match(_ text: String, with matcher: GazetteerMatcher = politicsMatcher) -> Document {
        var document = TestSupport.segment(text)
        matcher.annotate(&document)
        return document
    }

    /// `text → entity id` of every name mention, in text order.
    static func names(_ text: String, with matcher: GazetteerMatcher = politicsMatcher) -> [String] {
        let d = match(text, with: matcher)
        return d.mentions.map { "\(d.text($0.start, $0.end)) → \(d.entities[$0.entity].id)" }
    }

    /// `text → entity id (source)` of every derived mention, in text order.
    static func derived(_ text: String) -> [String] {
        let d = match(text)
        return d.derivedMentions.map { "\(d.text($0.start, $0.end)) → \(d.entities[$0.entity].id) (\($0.source))" }
    }
}

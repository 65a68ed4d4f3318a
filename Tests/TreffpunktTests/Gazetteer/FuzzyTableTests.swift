import Testing
@testable import Treffpunkt

@Suite("Fuzzy name keys")
struct FuzzyTableTests {
    private static let table = FuzzyTable(try! GazetteerFixture.compile("""
    # Fuzzy test gazetteer: long person names, two of them one edit apart from each other.
    person/wolodymyr-selenskyj\tWolodymyr Selenskyj\tSelenskyj
    person/anna-brandstetter\tAnna Brandstetter\t-
    person/karl-brandstettner\tKarl Brandstettner\t-
    person/olaf-scholz\tOlaf Scholz\t-
    place/mecklenburg\tMecklenburg\t-
    """))

    private func found(_ word: String) -> Bool {
        word.unicodeScalars.map(\.value).withUnsafeBufferPointer { Self.table.candidate($0) } != nil
    }

    @Test("one substitution, insertion, deletion or swap of neighbours finds the name", arguments: [
        "selenskij", "selenskyij", "selnskyj", "selenksyj", "wolodimyr", "brandstettre", "brandsteettner",
    ])
    func oneEdit(_ word: String) {
        #expect(found(word))
    }

    @Test("two edits, another first three letters, a mere ending or an exact key find nothing", arguments: [
        "selenskiji", "zelenskyj", "selenskyjs", "selensky", "wolodymyr", "mecklenbury", "scholtz",
    ])
    func noMatch(_ word: String) {
        #expect(!found(word))
    }

    @Test("a word one edit away from two names matches neither")
    func ambiguous() {
        // One edit from both "brandstetter" (substitution) and "brandstettner" (insertion).
        #expect(!found("brandstetner"))
    }

    @Test("edit distance rules")
    func editRules() {
        func apart(_ a: String, _ b: String) -> Bool {
            let x = a.unicodeScalars.map(\.value), y = b.unicodeScalars.map(\.value)
            return x.withUnsafeBufferPointer { p in y.withUnsafeBufferPointer { q in FuzzyIndex.isOneEditApart(p, q) } }
        }
        #expect(apart("selenskij", "selenskyj"))
        #expect(apart("selensky", "selenskyj"))
        #expect(apart("selenskyyj", "selenskyj"))
        #expect(apart("selenksyj", "selenskyj"))
        #expect(!apart("selenskyj", "selenskyj"))
        #expect(!apart("selnekskyj", "selenskyj"))
        #expect(!apart("selensk", "selenskyj"))
    }
}

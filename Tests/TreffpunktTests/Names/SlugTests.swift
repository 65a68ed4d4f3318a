import Testing
@testable import Treffpunkt

@Suite("Slugs")
struct SlugTests {
    @Test func foldsUmlautsAndStripsDiacritics() {
        #expect(Slug.make("Bernd Neuendorf") == "bernd-neuendorf")
        #expect(Slug.make("Jürgen Großmann") == "juergen-grossmann")
        #expect(Slug.make("Universität Łódź") == "universitaet-lodz")
        #expect(Slug.make("François Hollande") == "francois-hollande")
        #expect(Slug.make("John Peel's") == "john-peels")
        #expect(Slug.make("Rabe GmbH & Co. KG") == "rabe-gmbh-co-kg")
    }

    @Test func anotherScriptGivesCodePoints() {
        #expect(Slug.make("Лавров") == "41b-430-432-440-43e-432")
    }

    @Test func appendsAfterAPrefix() {
        var id = Array("person/~".utf8)
        Slug.append("Jürgen Großmann".unicodeScalars, to: &id)
        #expect(String(decoding: id, as: UTF8.self) == "person/~juergen-grossmann")
        var other = Array("place/~".utf8)
        Slug.append(" Лавров".unicodeScalars, to: &other)
        #expect(String(decoding: other, as: UTF8.self) == "place/~20-41b-430-432-440-43e-432")
    }
}

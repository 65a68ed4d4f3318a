import Testing
@testable import Treffpunkt

@Suite struct GazetteerToolsTests {
    func withFile<T>(_ text: String, ext: String = "tsv", _ body: (String) throws -> T) rethrows -> T {
        let path = "/tmp/treffpunkt-tools-test-\(Int.random(in: 0..<1_000_000_000)).\(ext)"
        #expect(writeFile(path, text))
        defer { removeFile(path) }
        return try body(path)
    }

    @Test func checkReportsSharedNamesAsWarnings() {
        withFile("place/georgia\tGeorgia\t-\nplace/georgien\tGeorgien\tGEORGIA\nplace/x\tX\n") { path in
            let report = GazetteerLinter.check(files: [path])
            #expect(report.entries == 2)
            #expect(report.errors == ["\(path):3: expected ID<TAB>NAME<TAB>ALIASES, found 2 field(s)"])
            #expect(report.warnings == ["\(path):2: \"GEORGIA\" of place/georgien also names place/georgia (\(path):1)"])
        }
    }

    @Test func testFindsEveryFormOrSaysWhatWasFound() throws {
        let text = """
        place/russland-test\tRusslandia\t-\tadj=russlandisch\tdemonym=Russlandier\texample=Er reiste nach Russlandia.
        person/anna-bolt\tAnna Bolt\tBolt\texample=Der Blitz schlug ein.
        person/maria-kurz\tMaria Kurz\t-\tcase=exact
        """
        try withFile(text) { path in
            let pipeline = try Pipeline(configuration: Configuration(dataDirectory: TestSupport.dataDirectory, extraGazetteers: [path]))
            let (checks, failures) = try GazetteerTester(pipeline: pipeline).run(files: [path])
            #expect(checks > 10)
            #expect(failures.map(\.description) == [
                "\(path):2\tperson/anna-bolt\texample\tDer Blitz schlug ein.\tnothing found",
            ])
        }
    }

    @Test func fillPutsTheFormAndItsGenitive() {
        let (s1, span1) = GazetteerTester.fill("Die Rede {s} war lang.", with: "Lawrow")
        #expect(s1 == "Die Rede Lawrows war lang." && span1 == TextSpan(9, 16))
        let (s2, span2) = GazetteerTester.fill("Die Lage {s} ist ernst.", with: "Donbass")
        #expect(s2 == "Die Lage Donbass' ist ernst." && span2 == TextSpan(9, 16))
    }
}

import Testing
@testable import Treffpunkt

@Suite struct GazetteerCacheTests {
    /// A gazetteer large enough to be cached: generated names of persons and places.
    static func bigGazetteer(entries: Int) -> String {
        var lines = ["# Generated for the cache tests."]
        let syllables = ["ka", "ro", "min", "del", "sta", "wer", "lu", "ben", "tor", "gis"]
        for i in 0..<entries {
            let a = syllables[i % 10] + syllables[(i / 10) % 10] + syllables[(i / 100) % 10]
            let b = syllables[(i / 1000) % 10] + syllables[(i / 7) % 10] + "ner"
            lines.append("person/p\(i)\t\(a.capitalized) \(b.capitalized)\t\(b.capitalized)\tgender=\(i % 2 == 0 ? "f" : "m")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func roundTripAndRebuildOnChange() throws {
        let dir = "/tmp/treffpunkt-cache-test-\(Int.random(in: 0..<1_000_000_000))"
        let path = dir + ".tsv"
        #expect(writeFile(path, GazetteerCacheTests.bigGazetteer(entries: 9000)))
        defer {
            removeFile(path)
            if let cache = GazetteerCache(sources: [path], directory: dir) { removeFile(cache.path) }
            removeDirectory(dir)
        }
        let compiled = try GazetteerFixture.compile(try String(contentsOfFile: path), path: path)
        let cache = try #require(GazetteerCache(sources: [path], directory: dir))
        #expect(cache.read() == nil)
        cache.write(compiled)
        let read = try #require(cache.read())
        #expect(read.entryCount == compiled.entryCount)
        #expect(read.patternCount == compiled.patternCount)
        #expect(read.memoryBytes == compiled.memoryBytes)
        for e in [0, 1, 4500, 8999] {
            #expect(read.entity(ofEntry: e) == compiled.entity(ofEntry: e))
        }
        let text = "Gestern traf \(compiled.name(ofEntry: 4321)) in Berlin ein."
        #expect(GazetteerFixture.names(text, with: GazetteerMatcher(gazetteer: read))
                == GazetteerFixture.names(text, with: GazetteerMatcher(gazetteer: compiled)))
        #expect(GazetteerFixture.names(text, with: GazetteerMatcher(gazetteer: read)).count == 1)

        // Another size or time: another cache file.
        #expect(writeFile(path, GazetteerCacheTests.bigGazetteer(entries: 9001)))
        let changed = try #require(GazetteerCache(sources: [path], directory: dir))
        #expect(changed.path != cache.path)
        #expect(changed.read() == nil)
        removeFile(cache.path)
    }

    @Test func damagedCacheFilesAreIgnored() throws {
        let dir = "/tmp/treffpunkt-cache-test-\(Int.random(in: 0..<1_000_000_000))"
        let path = dir + ".tsv"
        #expect(writeFile(path, GazetteerCacheTests.bigGazetteer(entries: 9000)))
        defer { removeFile(path) }
        let cache = try #require(GazetteerCache(sources: [path], directory: dir))
        cache.write(try GazetteerFixture.compile(try String(contentsOfFile: path), path: path))
        let bytes = try #require(FileBytes.read(cache.path))
        #expect(writeFile(cache.path, String(decoding: bytes.prefix(bytes.count / 2), as: UTF8.self)))
        #expect(cache.read() == nil)
        removeFile(cache.path)
        removeDirectory(dir)
    }

    @Test func smallSourcesAreNotCached() {
        let path = "/tmp/treffpunkt-cache-small-\(Int.random(in: 0..<1_000_000_000)).tsv"
        #expect(writeFile(path, "place/x\tX\t-\n"))
        defer { removeFile(path) }
        #expect(GazetteerCache(sources: [path], directory: "/tmp") == nil)
    }

    @Test func onlyTheNewestCacheFilesAreKept() throws {
        let dir = "/tmp/treffpunkt-cache-keep-\(Int.random(in: 0..<1_000_000_000))"
        let compiled = try GazetteerFixture.compile("place/x\tX\t-\n")
        var paths: [String] = []
        for i in 0..<(GazetteerCache.keptFiles + 2) {
            let source = "\(dir)-\(i).tsv"
            #expect(writeFile(source, GazetteerCacheTests.bigGazetteer(entries: 9000)))
            let cache = try #require(GazetteerCache(sources: [source], directory: dir))
            cache.write(compiled)
            paths.append(cache.path)
            removeFile(source)
        }
        let left = FileBytes.contents(of: dir)
        #expect(left.count == GazetteerCache.keptFiles)
        for p in paths { removeFile(p) }
        removeDirectory(dir)
    }
}

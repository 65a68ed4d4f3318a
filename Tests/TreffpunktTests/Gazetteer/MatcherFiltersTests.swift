import Testing
@testable import Treffpunkt

@Suite("The matcher's edge filter and entity table")
struct MatcherFiltersTests {
    @Test func edgeFilterKeepsEveryEdge() throws {
        let g = try GazetteerFixture.compile(GazetteerFixture.politics)
        let filter = EdgeFilter(g.edges)
        let slots = g.edges.slots
        var edges = 0
        for i in stride(from: 0, to: slots.count, by: 2) where slots[i] != .max {
            edges += 1
            let node = Int32(truncatingIfNeeded: slots[i] >> 32), key = Int32(truncatingIfNeeded: slots[i] & 0xFFFF_FFFF)
            #expect(filter.mayHave(node, key))
        }
        #expect(edges == g.edges.count)
        // A key that only starts names never follows another node.
        let lawrow = g.keys.find(Array("lawrow".utf8))
        let sergej = g.edges.child(0, g.keys.find(Array("sergej".utf8)))
        #expect(lawrow >= 0 && sergej > 0)
        #expect(g.edges.child(sergej, g.keys.find(Array("sergej".utf8))) < 0)
        #expect(!filter.mayHave(sergej, g.keys.find(Array("sergej".utf8))))
    }

    @Test func entityOfEntryFindsWhatWasSet() {
        var table = EntityOfEntry()
        #expect(table[5] == nil)
        for e in 0..<300 { table[Int32(e * 7)] = e }
        for e in 0..<300 { #expect(table[Int32(e * 7)] == e) }
        #expect(table[1] == nil)
        table[14] = 1_000
        #expect(table[14] == 1_000)
        #expect(table[Int32.max] == nil)
    }
}

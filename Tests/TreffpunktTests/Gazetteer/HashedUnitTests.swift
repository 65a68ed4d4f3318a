import Testing
@testable import Treffpunkt

@Suite("Units with their hashed keys")
struct HashedUnitTests {
    /// The units, keys and flags of `KeyNormalizer`, with the hashes of the whole key and of the key
    /// without one and two bytes, computed the slow way.
    private static func expected(_ scalars: UnsafeBufferPointer<UInt32>) -> [String] {
        var out: [String] = []
        var i = 0
        var key: [UInt8] = []
        while let r = KeyNormalizer.nextUnit(scalars, from: &i, to: scalars.count) {
            let flags = KeyNormalizer.key(scalars, r, into: &key)
            let n = key.count
            let hashes = key.withUnsafeBufferPointer { k in
                (KeyTable.hash(k), KeyTable.hash(UnsafeBufferPointer(rebasing: k[0..<max(0, n - 1)])),
                 n >= 2 ? KeyTable.hash(UnsafeBufferPointer(rebasing: k[0..<(n - 2)])) : KeyTable.offsetBasis)
            }
            out.append("\(r) \(flags.rawValue) \(key) \(hashes.0) \(hashes.1) \(hashes.2)")
        }
        return out
    }

    private static func actual(_ scalars: UnsafeBufferPointer<UInt32>) -> [String] {
        var out: [String] = []
        var i = 0
        let key = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4 * scalars.count + 4)
        defer { key.deallocate() }
        while let u = HashedUnit.next(scalars, from: &i, to: scalars.count, key: key) {
            out.append("\(u.range) \(u.flags.rawValue) \(Array(key[0..<u.length])) \(u.hash) \(u.hashWithoutLast) \(u.hashWithoutLastTwo)")
        }
        return out
    }

    @Test("one pass gives the units, keys, flags and prefix hashes of the separate steps", arguments: [
        "US-Außenministerin Annalena Baerbock traf O'Brien in Kyjiw.",
        "Die NATO, die Nato und die UNO; Ärzte ÖSTERREICHS, Éric Zemmour.",
        "  Bundestages Kremls   Lawrows\tX  a  ",
        "Wolodymyr Selenskyj (Володимир Зеленський) und 习近平 😀 — „Zitat“ 3,5 % e\u{301}tude",
        "",
        "   ",
    ])
    func sameAsSeparateSteps(_ text: String) {
        let scalars = text.unicodeScalars.map(\.value)
        scalars.withUnsafeBufferPointer { buffer in
            #expect(Self.actual(buffer) == Self.expected(buffer))
        }
    }

    @Test func prefixHashesFindTheGenitiveKeys() {
        let scalars = "Kremls".unicodeScalars.map(\.value)
        scalars.withUnsafeBufferPointer { buffer in
            var i = 0
            let key = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 32)
            defer { key.deallocate() }
            let u = HashedUnit.next(buffer, from: &i, to: buffer.count, key: key)
            #expect(u?.hashWithoutLast == Array("kreml".utf8).withUnsafeBufferPointer { KeyTable.hash($0) })
            #expect(u?.flags == [.firstUpper])
            #expect(i == buffer.count)
        }
    }
}

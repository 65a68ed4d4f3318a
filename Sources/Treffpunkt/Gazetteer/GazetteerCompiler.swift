/// Builds a `CompiledGazetteer` from entries: every name, alias and generated variant becomes a
/// pattern in the trie.
struct GazetteerCompiler {
    /// Names shorter than this many letters never match with a typo.
    static let fuzzyMinimumLength = 8

    private var g = CompiledGazetteer()
    private var nodeCount = 1
    private var terminalNodes: [Int32] = []
    private var exact: [(pattern: Int32, form: String)] = []
    private var fuzzy: Set<Int32> = []
    private var startKeys: Set<Int32> = []
    // Scratch buffers of addPattern.
    private var scalars: [UInt32] = []
    private var ranges: [Range<Int>] = []
    private var keyBuffer: [UInt8] = []
    private let variants: VariantGenerator?

    init(variants: VariantGenerator?) {
        self.variants = variants
    }

    static func compile(_ entries: [GazetteerEntry], variants: VariantGenerator?) -> CompiledGazetteer {
        var compiler = GazetteerCompiler(variants: variants)
        for entry in entries { compiler.add(entry) }
        return compiler.finish()
    }

    mutating func add(_ entry: GazetteerEntry) {
        let e = Int32(g.entryTypes.count)
        g.entryIDs.append(entry.id)
        g.entryNames.append(entry.name)
        g.entryTypes.append(UInt8(EntityType.allCases.firstIndex(of: entry.type)!))
        let gender = entry.values("gender").first
        g.entryGenders.append(gender == "f" ? 1 : gender == "m" ? 2 : 0)
        g.entryFlags.append(entry.values("ambiguous").contains("word") ? 1 : 0)
        g.entryAttributes.append(entry.attributes.map { "\($0.key)=\($0.value)" }.joined(separator: "\t"))
        let exactCase = entry.caseRule == .exact
        for (text, kind) in VariantGenerator.patterns(of: entry, variants: variants) {
            addPattern(text, entry: e, kind: kind, exact: exactCase && kind.isName, fuzzy: entry.allowsFuzzy && entry.type == .person && kind.isName,
                       anyCase: entry.caseRule == .insensitive)
        }
    }

    private mutating func addPattern(_ text: String, entry: Int32, kind: PatternKind, exact isExact: Bool, fuzzy: Bool,
                                     anyCase: Bool) {
        scalars.removeAll(keepingCapacity: true)
        for s in text.unicodeScalars { scalars.append(s.value) }
        ranges.removeAll(keepingCapacity: true)
        scalars.withUnsafeBufferPointer { KeyNormalizer.units($0, 0..<$0.count, into: &ranges) }
        guard !ranges.isEmpty else { return }
        var node: Int32 = 0
        var caseBits: UInt32 = 0
        for (i, range) in ranges.enumerated() {
            let flags = scalars.withUnsafeBufferPointer { KeyNormalizer.key($0, range, into: &keyBuffer) }
            let key = g.keys.intern(keyBuffer)
            if i == 0 { startKeys.insert(key) }
            var next = g.edges.child(node, key)
            if next < 0 {
                next = Int32(nodeCount)
                nodeCount += 1
                g.edges.insert(node, key, child: next)
            }
            node = next
            var rule = UnitCase(name: flags)
            if (kind == .adjective && rule == .lower) || anyCase { rule = .any }
            if i < 16 { caseBits |= rule.rawValue << (2 * UInt32(i)) }
            if fuzzy && rule == .upper && range.count >= GazetteerCompiler.fuzzyMinimumLength {
                self.fuzzy.insert(key)
            }
        }
        let p = Int32(g.patternEntry.count)
        g.patternEntry.append(entry)
        g.patternKind.append(kind.rawValue)
        g.patternCase.append(caseBits)
        terminalNodes.append(node)
        if isExact {
            let texts = ranges.map { String(String.UnicodeScalarView(scalars[$0].compactMap(Unicode.Scalar.init))) }
            exact.append((p, texts.joined(separator: "\u{1F}")))
        }
    }

    mutating func finish() -> CompiledGazetteer {
        // Patterns grouped by their end node (a counting sort).
        var start = [UInt32](repeating: 0, count: nodeCount + 1)
        for n in terminalNodes { start[Int(n) + 1] += 1 }
        for i in 0..<nodeCount { start[i + 1] += start[i] }
        var fill = start
        var list = [Int32](repeating: 0, count: terminalNodes.count)
        for (p, n) in terminalNodes.enumerated() {
            list[Int(fill[Int(n)])] = Int32(p)
            fill[Int(n)] += 1
        }
        g.terminalStart = start
        g.edges.markTerminals { start[Int($0)] < start[Int($0) + 1] }
        g.terminalPatterns = list
        exact.sort { $0.pattern < $1.pattern }
        g.exactPatterns = exact.map(\.pattern)
        for x in exact { g.exactForms.append(x.form) }
        g.keys.seal()
        g.startKeys = [UInt64](repeating: 0, count: g.keys.count / 64 + 1)
        for k in startKeys { g.startKeys[Int(k) >> 6] |= 1 << UInt64(k & 63) }
        g.fuzzyKeys = fuzzy.sorted()
        var fuzzyScalars: [[UInt32]] = []
        for key in g.fuzzyKeys {
            let scalars = Array(String(decoding: g.keys.key(key), as: UTF8.self).unicodeScalars.map(\.value))
            fuzzyScalars.append(scalars)
        }
        g.fuzzyPrefixes = g.fuzzyKeys.isEmpty ? [] : FuzzyIndex.prefixBits(fuzzyScalars)
        return g
    }
}

/// Words next to a name that tell which type of entity it stands for (`rules/gazetteer-cues.txt`):
/// they resolve names of several entries and admit names that are also common words
/// (`ambiguous=word`).
public struct GazetteerCues: Sendable {
    /// The cue file, relative to the data folder.
    public static let path = "rules/gazetteer-cues.txt"

    /// Lowercase word → the types it announces when it stands right before a name.
    public private(set) var before: [String: Set<EntityType>] = [:]
    /// Lowercase word → the types it announces when it stands right after a name.
    public private(set) var after: [String: Set<EntityType>] = [:]

    /// No cues.
    public init() {}

    /// Reads the cue file of a configuration (none when the file is absent).
    public init(configuration: Configuration) throws {
        let path = configuration.dataPath(GazetteerCues.path)
        guard FileBytes.exists(path) else {
            self.init()
            return
        }
        try self.init(file: try DataFile(path: path))
    }

    /// Parses a cue file; throws with every malformed line.
    public init(file: DataFile) throws {
        var errors: [String] = []
        for line in file.lines {
            let f = line.fields
            guard f.count == 3, let type = EntityType(rawValue: String(f[0])), f[1] == "before" || f[1] == "after", !f[2].isEmpty else {
                errors.append(file.error(line.number, "expected TYPE<TAB>before|after<TAB>WORD with TYPE person, organization, place or topic"))
                continue
            }
            let word = f[2].lowercased()
            if f[1] == "before" { before[word, default: []].insert(type) } else { after[word, default: []].insert(type) }
        }
        if !errors.isEmpty { throw TreffpunktError.invalidData(errors) }
    }

    /// The types the words around a name announce (the words lowercase, nil at a sentence edge).
    public func types(before word: String?, after next: String?) -> Set<EntityType> {
        var result: Set<EntityType> = []
        if let word, let t = before[word] { result.formUnion(t) }
        if let next, let t = after[next] { result.formUnion(t) }
        return result
    }
}

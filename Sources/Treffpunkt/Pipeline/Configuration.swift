/// Where the pipeline finds its data and what the user adds to it.
public struct Configuration: Sendable {
    /// The built-in data folder (the project's `Gazetteers/`).
    public var dataDirectory: String
    /// Extra gazetteer files or folders, on top of the built-in ones (`--gazetteer`).
    public var extraGazetteers: [String]

    public init(dataDirectory: String, extraGazetteers: [String] = []) {
        self.dataDirectory = dataDirectory
        self.extraGazetteers = extraGazetteers
    }

    /// The path of a file in the data folder, such as `rules/abbreviations.txt`.
    public func dataPath(_ relative: String) -> String {
        dataDirectory.hasSuffix("/") ? dataDirectory + relative : dataDirectory + "/" + relative
    }

    /// Finds the built-in data folder: `$TREFFPUNKT_DATA`, then a `Gazetteers/` folder beside the
    /// executable or in one of its parent folders (a build tree), then `../share/treffpunkt/Gazetteers`
    /// of an installed binary.
    public static func locateDataDirectory(environment: [String: String]) -> String? {
        if let explicit = environment["TREFFPUNKT_DATA"], FileBytes.isDirectory(explicit) { return explicit }
        guard var dir = FileBytes.executableDirectory else { return nil }
        let installed = dir + "/../share/treffpunkt/Gazetteers"
        for _ in 0..<6 {
            let candidate = dir + "/Gazetteers"
            if FileBytes.isDirectory(candidate + "/rules") { return candidate }
            guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
            dir = String(dir[..<slash])
        }
        if FileBytes.isDirectory(installed) { return installed }
        return nil
    }
}

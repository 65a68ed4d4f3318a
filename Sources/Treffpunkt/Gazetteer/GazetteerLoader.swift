#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads the gazetteers of a configuration: the built-in `persons/`, `organizations/`, `places/`
/// and `topics/` folders of the data folder, then every `--gazetteer` file or folder.
public enum GazetteerLoader {
    /// The built-in gazetteer folders, relative to the data folder.
    public static let builtInFolders = ["persons", "organizations", "places", "topics"]

    /// The absolute path with links resolved, or the path itself when it does not exist.
    public static func canonicalPath(_ path: String) -> String {
        guard let p = realpath(path, nil) else { return path }
        defer { free(p) }
        return String(cString: p)
    }

    /// Every gazetteer file of a configuration, in load order.
    public static func files(configuration: Configuration) -> [String] {
        var files: [String] = []
        for folder in builtInFolders {
            let path = configuration.dataPath(folder)
            if FileBytes.isDirectory(path) { files += FileBytes.files(under: path, extensions: GazetteerReader.extensions) }
        }
        for extra in configuration.extraGazetteers {
            files += FileBytes.files(under: extra, extensions: GazetteerReader.extensions)
        }
        return files
    }

    /// Reads and compiles every gazetteer of a configuration, or takes the compiled form from the
    /// cache when the sources have not changed; throws with every error of every file.
    public static func load(configuration: Configuration) throws -> CompiledGazetteer {
        try load(files: files(configuration: configuration), configuration: configuration).gazetteer
    }

    /// Loads gazetteer files through the cache; `fromCache` tells whether the compiled form was
    /// read from the cache.
    public static func load(files: [String], configuration: Configuration) throws -> (gazetteer: CompiledGazetteer, fromCache: Bool) {
        let cache = GazetteerCache(sources: files + VariantGenerator.ruleFiles(configuration: configuration))
        if let cached = cache?.read() { return (cached, true) }
        let compiled = try compile(files: files, configuration: configuration)
        cache?.write(compiled)
        return (compiled, false)
    }

    /// The cache file a set of gazetteer files compiles to, or nil when they are not cached.
    public static func cachePath(files: [String], configuration: Configuration) -> String? {
        GazetteerCache(sources: files + VariantGenerator.ruleFiles(configuration: configuration))?.path
    }

    /// Reads and compiles gazetteer files, without the cache.
    public static func compile(files: [String], configuration: Configuration) throws -> CompiledGazetteer {
        let entries = try GazetteerReader.read(files: files)
        let needsVariants = entries.contains { e in e.attributes.contains { $0.key == "orig" } }
        let variants = needsVariants ? try VariantGenerator(configuration: configuration) : nil
        return GazetteerCompiler.compile(entries, variants: variants)
    }
}

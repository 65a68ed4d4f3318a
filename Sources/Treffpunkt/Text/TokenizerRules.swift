/// The data the tokenizer and sentence splitter read from `rules/abbreviations.txt`.
public struct TokenizerRules: Sendable {
    /// Abbreviations with their final period, as written (`Dr.`, `z.B.`).
    public let abbreviations: Set<String>

    public init(configuration: Configuration) throws {
        let file = try DataFile(path: configuration.dataPath("rules/abbreviations.txt"))
        abbreviations = Set(file.lines.map { String($0.text.trimmingSpaces) })
    }

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }
}

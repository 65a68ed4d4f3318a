import ArgumentParser

@main
struct TreffpunktCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treffpunkt",
        abstract: "Finds who met whom, where, when and about what in German news.",
        subcommands: [ExtractCommand.self, TokenizeCommand.self, GazetteerCommand.self]
    )
}

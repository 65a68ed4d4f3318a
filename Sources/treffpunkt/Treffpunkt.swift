import ArgumentParser
import Treffpunkt
#if canImport(Glibc)
import Glibc
#endif

@main
struct TreffpunktCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treffpunkt",
        abstract: "Finds who met whom, where, when and about what in German news.",
        subcommands: [ExtractCommand.self, TokenizeCommand.self, GazetteerCommand.self]
    )

    /// Runs the command; unusable arguments exit with status 2, as the output contract says
    /// (ArgumentParser's own code for them is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStreams.error(fullMessage(for: error))
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}

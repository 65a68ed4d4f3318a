import ArgumentParser

/// Release-build benchmarks of the engine's stages; the peer comparisons in `Benchmarks/*.py`
/// run this program and the peers on the same text in one script.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "treffpunkt-bench",
        abstract: "Measures the speed and memory of Treffpunkt's stages.",
        subcommands: [
            TokenizeBench.self,
            GazetteerBench.self,
            TimeBench.self,
            NamesBench.self,
            MeetingsBench.self,
            ExtractBench.self,
        ]
    )
}

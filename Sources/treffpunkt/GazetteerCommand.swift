import ArgumentParser
import Foundation
import Treffpunkt

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Checks and tests gazetteer files.",
        subcommands: [Check.self, Test.self]
    )

    /// The data folder given or found, or exit status 2.
    static func dataDirectory(_ given: String?) throws -> String {
        guard let directory = given ?? Configuration.locateDataDirectory(environment: ProcessInfo.processInfo.environment),
              FileBytes.isDirectory(directory) else {
            StandardStreams.error("treffpunkt: cannot find the Gazetteers/ data folder; pass --data DIR or set TREFFPUNKT_DATA")
            throw ExitCode(2)
        }
        return directory
    }

    static func files(_ paths: [String]) throws -> [String] {
        for p in paths where !FileBytes.exists(p) {
            StandardStreams.error("treffpunkt: \(p): no such gazetteer file or folder")
            throw ExitCode(2)
        }
        return paths.flatMap { FileBytes.files(under: $0, extensions: GazetteerReader.extensions) }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lints gazetteer files: malformed lines, duplicate ids, names shared by several entries.",
            discussion: """
            Prints one line per problem, "FILE:LINE: message"; names shared by several entries are
            warnings. Exit status: 0 without errors, 1 with errors, 2 for unusable arguments.
            """
        )

        @Argument(help: "Gazetteer files or folders (.tsv, .jsonl).")
        var paths: [String]

        func run() throws {
            let report = GazetteerLinter.check(files: try GazetteerCommand.files(paths))
            for e in report.errors { StandardStreams.writeLine(Array("error: \(e)".utf8)) }
            for w in report.warnings { StandardStreams.writeLine(Array("warning: \(w)".utf8)) }
            StandardStreams.error("treffpunkt: \(report.entries) entries, \(report.errors.count) error(s), \(report.warnings.count) warning(s)")
            if !report.errors.isEmpty { throw ExitCode(1) }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Proves that every entry is found: names, aliases and variants in template sentences, and its example= sentences.",
            discussion: """
            The files are loaded on top of the built-in gazetteers, as --gazetteer would. Prints one
            line per failure, sorted and tab-separated: FILE:LINE, id, form, sentence, what was found.
            Exit status: 0 when everything is found, 1 otherwise, 2 for unusable arguments or data.
            """
        )

        @Argument(help: "Gazetteer files or folders (.tsv, .jsonl).")
        var paths: [String]

        @Option(name: .customLong("data"), help: "The built-in data folder.")
        var dataDirectory: String?

        func run() throws {
            let files = try GazetteerCommand.files(paths)
            let directory = try GazetteerCommand.dataDirectory(dataDirectory)
            // Files of the built-in folders are loaded anyway; the others come on top.
            let builtIn = Set(GazetteerLoader.files(configuration: Configuration(dataDirectory: directory)).map(GazetteerLoader.canonicalPath))
            let extra = files.filter { !builtIn.contains(GazetteerLoader.canonicalPath($0)) }
            let configuration = Configuration(dataDirectory: directory, extraGazetteers: extra)
            let result: (checks: Int, failures: [GazetteerTester.Failure])
            do {
                let tester = try GazetteerTester(pipeline: try Pipeline(configuration: configuration))
                result = try tester.run(files: files)
            } catch {
                StandardStreams.error("treffpunkt: \(error)")
                throw ExitCode(2)
            }
            for f in result.failures { StandardStreams.writeLine(Array(f.description.utf8)) }
            StandardStreams.error("treffpunkt: \(result.checks) check(s), \(result.failures.count) failure(s)")
            if !result.failures.isEmpty { throw ExitCode(1) }
        }
    }
}

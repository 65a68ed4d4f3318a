import Treffpunkt

/// The project's own data folder and a pipeline over it, shared by the tests.
enum TestSupport {
    /// `Gazetteers/` of this checkout.
    static let dataDirectory: String = {
        let file = #filePath
        var parts = file.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/TreffpunktTests/TestSupport.swift
        return parts.joined(separator: "/") + "/Gazetteers"
    }()

    /// `../shared/` beside this checkout, where the project's external gold data lives; nil when absent.
    static let sharedDirectory: String? = {
        let root = String(dataDirectory.dropLast("/Gazetteers".count))
        let shared = root + "/../shared"
        return FileBytes.isDirectory(shared) ? shared : nil
    }()

    static let configuration = Configuration(dataDirectory: dataDirectory)

    static let pipeline: Pipeline = {
        do {
            return try Pipeline(configuration: configuration)
        } catch {
            fatalError("the built-in data does not load: \(error)")
        }
    }()

    /// Runs every stage over a text.
    static func process(_ text: String, date: String? = nil) -> Document {
        var document = Document(id: "test", text: text, date: date.flatMap(CalendarDate.init(iso:)))
        try! pipeline.makeWorker().process(&document)
        return document
    }

    /// Tokens and sentences of a text.
    static func segment(_ text: String) -> Document {
        var document = Document(id: "test", text: text)
        try! pipeline.makeWorker().segment(&document)
        return document
    }
}

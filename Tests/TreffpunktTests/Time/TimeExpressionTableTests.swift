import Testing
import Treffpunkt

/// The table `expressions.tsv`: German news sentences, their publication dates, and the times the
/// tagger must find in them with their TIMEX3 values (or no time at all).
@Suite struct TimeExpressionTableTests {
    struct Row: CustomStringConvertible {
        var line: Int
        var date: String?
        var text: String
        /// nil: the text holds no time.
        var expression: String?
        var value: String?

        var description: String { "expressions.tsv:\(line): \(text)" }
    }

    static let rows: [Row] = {
        let path = String(#filePath.dropLast("TimeExpressionTableTests.swift".count)) + "expressions.tsv"
        let file = try! DataFile(path: path)
        return file.lines.map { line in
            let f = line.fields.map(String.init)
            precondition(f.count == 4, "\(path):\(line.number): expected 4 fields")
            return Row(line: line.number, date: f[0] == "-" ? nil : f[0], text: f[1],
                       expression: f[2] == "-" ? nil : f[2], value: f[3] == "-" ? nil : f[3])
        }
    }()

    static func times(_ row: Row) -> [TimeExpression] {
        var document = Document(id: "row", text: row.text, date: row.date.flatMap(CalendarDate.init(iso:)))
        try! TestSupport.pipeline.makeWorker().segment(&document)
        TestSupport.pipeline.timeTagger.annotate(&document)
        return document.times
    }

    /// What the tagger gives for a row: nil when it is right, else what went wrong.
    static func failure(_ row: Row) -> String? {
        let found = times(row)
        let doc = Document(id: "row", text: row.text)
        let shown = found.map { "\"\(doc.text($0.start, $0.end))\"=\($0.value)" }.joined(separator: ", ")
        guard let expression = row.expression else {
            return found.isEmpty ? nil : "\(row): expected no time, got \(shown)"
        }
        guard let t = found.first(where: { doc.text($0.start, $0.end) == expression }) else {
            return "\(row): expected \"\(expression)\"=\(row.value ?? "?"), got \(shown.isEmpty ? "nothing" : shown)"
        }
        return t.value == row.value ? nil : "\(row): \"\(expression)\" expected \(row.value ?? "?"), got \(t.value)"
    }

    @Test func tableHasEnoughRows() {
        #expect(Self.rows.count >= 150)
        #expect(Self.rows.filter { $0.expression == nil }.count >= 15)
    }

    @Test(arguments: rows)
    func expressionHasItsValue(_ row: Row) {
        let problem = Self.failure(row)
        #expect(problem == nil, "\(problem ?? "")")
    }
}

extension TimeExpressionTableTests.Row: Sendable {}

/// Encodes a processed document in the output contract "treffpunkt/1" (see Docs/output-schema.json).
public struct ContractEncoder: Sendable {
    public static let schema = "treffpunkt/1"

    /// Indentation in spaces for pretty output, nil for one line (JSON Lines).
    public var indent: Int?

    public init(indent: Int? = nil) {
        self.indent = indent
    }

    public func encode(_ document: Document) -> [UInt8] {
        // The contract's JSON takes about three bytes per code point of the text.
        var w = JSONWriter(indent: indent, capacity: 1024 + 3 * document.scalars.count)
        w.beginObject()
        w.field("schema", ContractEncoder.schema)
        w.key("document")
        w.beginObject()
        w.field("id", document.id)
        w.field("language", "de")
        w.field("date", document.date?.description)
        if !document.meta.isEmpty {
            w.key("meta")
            w.beginObject()
            for (k, json) in document.meta {
                w.key(string: k)
                w.raw(json)
            }
            w.endObject()
        }
        w.endObject()

        w.key("entities")
        w.beginArray()
        let byEntity = MentionsByEntity(document)
        var referenced = [Bool](repeating: false, count: document.entities.count)
        for m in document.meetings { if let p = m.place { referenced[p] = true } }
        for (e, entity) in document.entities.enumerated() where !byEntity.mentions(of: e).isEmpty || referenced[e] {
            w.beginObject()
            w.field("id", entity.id)
            w.field("type", entity.type.rawValue)
            w.field("name", entity.name)
            if let g = entity.gender { w.field("gender", g.rawValue) }
            w.key("mentions")
            w.beginArray()
            for i in byEntity.mentions(of: e) {
                let m = document.mentions[i]
                w.beginObject()
                w.field("text", scalars: document.scalars[m.start..<m.end])
                w.field("start", m.start)
                w.field("end", m.end)
                w.field("sentence", m.sentence)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()

        w.key("times")
        w.beginArray()
        for t in document.times {
            w.beginObject()
            w.field("text", scalars: document.scalars[t.start..<t.end])
            w.field("start", t.start)
            w.field("end", t.end)
            w.field("value", t.value)
            if let note = t.note { w.field("note", note) }
            w.endObject()
        }
        w.endArray()

        w.key("meetings")
        w.beginArray()
        for (i, meeting) in document.meetings.enumerated() {
            w.beginObject()
            w.field("id", "m\(i + 1)")
            w.key("who")
            writeIDs(meeting.who, document, &w)
            w.key("whom")
            writeIDs(meeting.whom, document, &w)
            w.field("where", meeting.place.map { document.entities[$0].id })
            if let v = meeting.venue { w.field("venue", document.entities[v].id) }
            w.key("when")
            if let t = meeting.time {
                let time = document.times[t]
                w.beginObject()
                w.field("text", scalars: document.scalars[time.start..<time.end])
                w.field("value", Meeting.day(of: time.value))
                w.endObject()
            } else {
                w.null()
            }
            w.key("about")
            w.beginArray()
            for topic in meeting.about {
                w.beginObject()
                w.field("text", scalars: document.scalars[topic.start..<topic.end])
                w.field("start", topic.start)
                w.field("end", topic.end)
                w.key("entities")
                writeIDs(topic.entities, document, &w)
                w.endObject()
            }
            w.endArray()
            w.field("status", meeting.status.rawValue)
            w.key("evidence")
            w.beginArray()
            for e in meeting.evidence {
                w.beginObject()
                w.field("sentence", e.sentence)
                w.field("start", e.start)
                w.field("end", e.end)
                w.field("rule", e.rule)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()

        w.key("triples")
        w.beginArray()
        for (i, meeting) in document.meetings.enumerated() {
            for a in meeting.who {
                for b in meeting.whom where a != b {
                    w.beginObject()
                    w.field("subject", document.entities[a].id)
                    w.field("predicate", "met")
                    w.field("object", document.entities[b].id)
                    w.field("meeting", "m\(i + 1)")
                    w.field("status", meeting.status.rawValue)
                    w.field("where", meeting.place.map { document.entities[$0].id })
                    w.field("when", meeting.time.map { Meeting.day(of: document.times[$0].value) })
                    w.key("about")
                    w.beginArray()
                    for topic in meeting.about { w.value(scalars: document.scalars[topic.start..<topic.end]) }
                    w.endArray()
                    w.endObject()
                }
            }
        }
        w.endArray()
        w.endObject()
        return w.takeBytes()
    }

    private func writeIDs(_ indexes: [Int], _ document: Document, _ w: inout JSONWriter) {
        w.beginArray()
        for i in indexes { w.value(document.entities[i].id) }
        w.endArray()
    }

    /// Encodes the error object that stands in for a line or document that could not be processed.
    public static func error(id: String?, code: String, message: String) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", id)
        w.key("error")
        w.beginObject()
        w.field("code", code)
        w.field("message", message)
        w.endObject()
        w.endObject()
        return w.bytes
    }
}

/// The indexes of a document's mentions grouped by entity, each group in text order: one flat
/// array (a counting sort), not one array per entity.
private struct MentionsByEntity {
    private var starts: [Int]
    private var order: [Int]

    init(_ document: Document) {
        let entityCount = document.entities.count
        starts = [Int](repeating: 0, count: entityCount + 1)
        for m in document.mentions { starts[m.entity + 1] += 1 }
        for e in 0..<entityCount { starts[e + 1] += starts[e] }
        order = [Int](repeating: 0, count: document.mentions.count)
        var next = starts
        for (i, m) in document.mentions.enumerated() {
            order[next[m.entity]] = i
            next[m.entity] += 1
        }
    }

    /// The indexes into `document.mentions` of the mentions of entity `e`.
    func mentions(of e: Int) -> ArraySlice<Int> { order[starts[e]..<starts[e + 1]] }
}

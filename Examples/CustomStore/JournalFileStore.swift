import AgencyCore
import AgencyStore
import Foundation

/// A custom `Store` that keeps its data in one append-only file: every successful batch is
/// appended as one JSON line, and opening the store replays the lines.
///
/// Semantics come from `StoreEngine` (the reference contract), so this type only decides
/// where data lives — the pattern for file, key-value or blob backends. Replay is exact
/// because each line records the `now` of its batch and the rows as the engine stored them
/// (inserts carry their assigned keys and timestamps; updates carry the version they were
/// read at, so the engine recomputes the same new version).
actor JournalFileStore: Store {
    private let engine: StoreEngine
    private let schema: SchemaTarget
    private let clock: any TimeSource
    private let journal: FileHandle

    /// Opens (or creates) the journal at `url` and replays it.
    init(schema: SchemaTarget, clock: any TimeSource, ids: UUIDGenerator, url: URL) throws {
        self.schema = schema
        self.clock = clock
        engine = try StoreEngine(schema: schema, ids: ids)
        if !FileManager.default.fileExists(atPath: url.path), !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw StoreError.backend("cannot create the journal at \(url.path)")
        }
        let existing = try Data(contentsOf: url)
        for line in existing.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let entry = try JSONDecoder.agencyKit.decode(JournalEntry.self, from: Data(line))
            _ = try engine.apply(try entry.batch(in: schema), in: .platformWide, now: entry.now)
        }
        journal = try FileHandle(forWritingTo: url)
        try journal.seekToEnd()
    }

    func fetch<Row: Model>(_ query: Query<Row>, in scope: StoreScope) throws -> [Row] {
        try engine.fetch(query, in: scope)
    }

    func count<Row: Model>(_ query: Query<Row>, in scope: StoreScope) throws -> Int {
        try engine.count(query, in: scope)
    }

    func apply(_ batch: WriteBatch, in scope: StoreScope) throws -> [WriteResult] {
        let now = clock.now()
        let results = try engine.apply(batch, in: scope, now: now)
        let entry = try JournalEntry(now: now, batch: batch, results: results)
        var line = try JSONEncoder.agencyKit.encode(entry)
        line.append(UInt8(ascii: "\n"))
        try journal.write(contentsOf: line)
        return results
    }
}

/// One applied batch as a journal line.
struct JournalEntry: Codable {
    struct Operation: Codable {
        let kind: String
        let table: String
        let row: JSONValue?
        let key: JSONValue?
    }

    let now: Timestamp
    let operations: [Operation]

    init(now: Timestamp, batch: WriteBatch, results: [WriteResult]) throws {
        self.now = now
        operations = try zip(batch.operations, results).map { operation, result in
            let row: (any Model)? = operation.kind == .insert ? result.row : operation.row
            return Operation(kind: operation.kind.rawValue, table: operation.table,
                             row: try row.map { try JSONValue(encoding: $0) },
                             key: try operation.key.map { try JSONValue(encoding: $0.displayText) })
        }
    }

    /// The batch to replay, with rows decoded into their model types.
    func batch(in schema: SchemaTarget) throws -> WriteBatch {
        var batch = WriteBatch()
        for operation in operations {
            guard let model = schema.models.first(where: { $0.tableDescription.name == operation.table }),
                  let kind = WriteKind(rawValue: operation.kind) else {
                throw StoreError.unknownTable(operation.table)
            }
            try Self.add(model, kind, operation, to: &batch)
        }
        return batch
    }

    private static func add<M: Model>(_ type: M.Type, _ kind: WriteKind, _ operation: Operation, to batch: inout WriteBatch) throws {
        switch kind {
        case .insert, .update:
            guard let json = operation.row else { throw StoreError.backend("journal line without a row") }
            let row = try json.decode(as: M.self)
            if kind == .insert { batch.insert(row) } else { batch.update(row) }
        case .softDelete, .restore, .purge:
            guard let text = operation.key?.stringValue,
                  let keyColumn = M.schema.column(named: M.schema.table.primaryKey) else {
                throw StoreError.backend("journal line without a key")
            }
            let id = try ID<M>(sqlValue: SQLValue.text(text).coerced(to: keyColumn.description.type))
            switch kind {
            case .softDelete: batch.softDelete(M.self, id: id)
            case .restore: batch.restore(M.self, id: id)
            default: batch.purge(M.self, id: id)
            }
        }
    }
}

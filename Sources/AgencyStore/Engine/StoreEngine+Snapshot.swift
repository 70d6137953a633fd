import AgencyCore
import Foundation


extension StoreEngine {
    /// The whole store as a JSON snapshot: every table's rows (soft-deleted ones included,
    /// ordered by key) and every table's sequence, so a restored store never reuses a key.
    ///
    /// - Throws: ``SnapshotError/writeFailed(_:)`` when a row cannot be encoded.
    public func snapshot() throws -> Data {
        do {
            return try JSONEncoder.agencyKit.encode(SnapshotWriter(engine: self))
        } catch {
            throw SnapshotError.writeFailed(String(describing: error))
        }
    }

    /// An engine holding the rows of `snapshot`, each checked like an insert (validation,
    /// unique keys, references).
    ///
    /// - Throws: ``SnapshotError`` when the data is corrupt, foreign, of another schema target,
    ///   or holds an invalid row.
    public convenience init(schema: SchemaTarget, ids: UUIDGenerator, snapshot data: Data) throws {
        try self.init(schema: schema, ids: ids)
        let decoder = JSONDecoder.agencyKit
        guard let key = SnapshotContent.targetKey else { throw SnapshotError.corrupt("no decoding context") }
        decoder.userInfo[key] = schema
        let content: SnapshotContent
        do {
            content = try decoder.decode(SnapshotContent.self, from: data)
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw SnapshotError.corrupt(String(describing: error))
        }
        do {
            var batch = WriteBatch()
            for row in content.rows { batch.append(row) }
            _ = try apply(batch, in: .platformWide, now: .unassigned)
        } catch let error as StoreError {
            throw SnapshotError.invalidRow(error)
        }
        for (table, value) in content.sequences {
            if let storage = tables[table] as? any SequencedTable { storage.restoreSequence(value) }
        }
    }

    /// Rows stored per table, soft-deleted ones included.
    public var rowCounts: [String: Int] { tables.mapValues(\.rowCount) }
}

/// Lets the snapshot restore a table's sequence without knowing its model type.
protocol SequencedTable: AnyObject {
    var sequenceValue: Int64 { get }
    func restoreSequence(_ value: Int64)
    func encodeRows(into container: inout KeyedEncodingContainer<AnyCodingKey>) throws
}

extension TableStorage: SequencedTable {
    var sequenceValue: Int64 { sequence }
    func restoreSequence(_ value: Int64) { sequence = max(sequence, value) }
    func encodeRows(into container: inout KeyedEncodingContainer<AnyCodingKey>) throws {
        let rows = self.rows(inPartition: nil).sorted { key(of: $0).sortsBefore(key(of: $1)) }
        try container.encode(rows, forKey: AnyCodingKey(table.name))
    }
}

private struct SnapshotWriter: Encodable {
    let engine: StoreEngine

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(SnapshotContent.format, forKey: AnyCodingKey("format"))
        try container.encode(SnapshotContent.version, forKey: AnyCodingKey("version"))
        try container.encode(engine.target.name, forKey: AnyCodingKey("schema"))
        var sequences: [String: Int64] = [:]
        var tables = container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: AnyCodingKey("tables"))
        for description in engine.target.tables {
            guard let storage = engine.tables[description.name] as? any SequencedTable else { continue }
            try storage.encodeRows(into: &tables)
            if storage.sequenceValue > 0 { sequences[description.name] = storage.sequenceValue }
        }
        try container.encode(sequences, forKey: AnyCodingKey("sequences"))
    }
}

struct SnapshotContent: Decodable {
    static let format = "agencykit.snapshot"
    static let version = 1
    static let targetKey = CodingUserInfoKey(rawValue: "agencykit.snapshot.target")
    var rows: [any Model] = []
    var sequences: [String: Int64] = [:]

    init(from decoder: any Decoder) throws {
        guard let key = Self.targetKey, let target = decoder.userInfo[key] as? SchemaTarget else {
            throw SnapshotError.corrupt("no schema target to decode with")
        }
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let format = try? container.decode(String.self, forKey: AnyCodingKey("format"))
        guard format == SnapshotContent.format else { throw SnapshotError.foreignFormat("format is \(format ?? "missing")") }
        let version = try container.decode(Int.self, forKey: AnyCodingKey("version"))
        guard version <= SnapshotContent.version else { throw SnapshotError.foreignFormat("format version \(version) is newer than \(SnapshotContent.version)") }
        let schema = try container.decode(String.self, forKey: AnyCodingKey("schema"))
        guard schema == target.name else { throw SnapshotError.schemaMismatch(expected: target.name, found: schema) }
        sequences = try container.decodeIfPresent([String: Int64].self, forKey: AnyCodingKey("sequences")) ?? [:]
        let tables = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: AnyCodingKey("tables"))
        let known = Set(target.tables.map(\.name))
        if let stray = tables.allKeys.first(where: { !known.contains($0.stringValue) }) {
            throw SnapshotError.schemaMismatch(expected: target.name, found: "a snapshot with table \(stray.stringValue)")
        }
        for model in target.models {
            rows.append(contentsOf: try Self.decodeRows(model, from: tables))
        }
    }

    private static func decodeRows<M: Model>(_ type: M.Type, from container: KeyedDecodingContainer<AnyCodingKey>) throws -> [any Model] {
        try container.decodeIfPresent([M].self, forKey: AnyCodingKey(M.schema.name)) ?? []
    }
}

extension WriteBatch {
    mutating func append(_ row: any Model) { insertErased(row) }

    private mutating func insertErased<M: Model>(_ row: M) { insert(row) }
}

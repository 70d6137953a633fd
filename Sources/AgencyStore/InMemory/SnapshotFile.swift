import AgencyCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a snapshot could not be read or written. A failed load leaves the file untouched
/// and the store unchanged; a failed save leaves the previous snapshot in place.
public enum SnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid JSON or not shaped like a snapshot.
    case corrupt(String)
    /// The file is JSON but not an AgencyKit snapshot (or a newer format version).
    case foreignFormat(String)
    /// The snapshot belongs to another schema target.
    case schemaMismatch(expected: String, found: String)
    /// A row in the snapshot breaks the store's rules.
    case invalidRow(StoreError)
    /// The snapshot could not be written.
    case writeFailed(String)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .corrupt(let detail): return "the snapshot file is corrupt: \(detail)"
        case .foreignFormat(let detail): return "the file is not an AgencyKit snapshot: \(detail)"
        case .schemaMismatch(let expected, let found): return "the snapshot is of schema \(found), not \(expected)"
        case .invalidRow(let error): return "the snapshot holds an invalid row: \(error)"
        case .writeFailed(let detail): return "the snapshot could not be written: \(detail)"
        }
    }
}

/// A JSON snapshot of an in-memory store, replaced atomically on save.
struct SnapshotFile: Sendable {
    static let format = "agencykit.snapshot"
    static let version = 1
    let url: URL

    func load(into engine: inout InMemoryEngine) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SnapshotError.corrupt("cannot read \(url.path): \(error.localizedDescription)")
        }
        let decoder = JSONDecoder.agencyKit
        guard let key = SnapshotContent.targetKey else { throw SnapshotError.corrupt("no decoding context") }
        decoder.userInfo[key] = engine.target
        let content: SnapshotContent
        do {
            content = try decoder.decode(SnapshotContent.self, from: data)
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw SnapshotError.corrupt(String(describing: error))
        }
        var restored = engine
        do {
            var batch = WriteBatch()
            for row in content.rows { batch.append(row) }
            _ = try restored.apply(batch, in: .platformWide, now: .unassigned)
        } catch let error as StoreError {
            throw SnapshotError.invalidRow(error)
        }
        for (table, value) in content.sequences {
            if let storage = restored.tables[table] as? any SequencedTable { storage.restoreSequence(value) }
        }
        engine = restored
    }

    func save(_ engine: InMemoryEngine) throws {
        let data: Data
        do {
            data = try JSONEncoder.agencyKit.encode(SnapshotWriter(engine: engine))
        } catch {
            throw SnapshotError.writeFailed(String(describing: error))
        }
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw SnapshotError.writeFailed("cannot write \(temporary.path): \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw SnapshotError.writeFailed("cannot replace \(url.path) (errno \(errno))")
        }
    }
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
    let engine: InMemoryEngine

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(SnapshotFile.format, forKey: AnyCodingKey("format"))
        try container.encode(SnapshotFile.version, forKey: AnyCodingKey("version"))
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
    static let targetKey = CodingUserInfoKey(rawValue: "agencykit.snapshot.target")
    var rows: [any Model] = []
    var sequences: [String: Int64] = [:]

    init(from decoder: any Decoder) throws {
        guard let key = Self.targetKey, let target = decoder.userInfo[key] as? SchemaTarget else {
            throw SnapshotError.corrupt("no schema target to decode with")
        }
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let format = try? container.decode(String.self, forKey: AnyCodingKey("format"))
        guard format == SnapshotFile.format else { throw SnapshotError.foreignFormat("format is \(format ?? "missing")") }
        let version = try container.decode(Int.self, forKey: AnyCodingKey("version"))
        guard version <= SnapshotFile.version else { throw SnapshotError.foreignFormat("format version \(version) is newer than \(SnapshotFile.version)") }
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

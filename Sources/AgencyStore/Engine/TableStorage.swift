import AgencyCore

/// What the engine needs from a table without knowing its model type.
protocol AnyTableStorage: AnyObject {
    var table: TableDescription { get }
    /// The partition (tenant key, or `.null`) of the row whose `column` equals `value`;
    /// `nil` when no row matches.
    func partition(ofRowWhere column: String, equals value: SQLValue) -> SQLValue?
    /// Primary keys of rows whose `column` equals `value`.
    func keys(ofRowsWhere column: String, equals value: SQLValue) -> [SQLValue]
    /// The partition of the row with primary key `key`.
    func partition(ofKey key: SQLValue) -> SQLValue?
    /// The value of `column` in the row with primary key `key`.
    func value(_ column: String, ofKey key: SQLValue) -> SQLValue?
    /// Removes the row with primary key `key`; returns an undo action.
    func removeRow(_ key: SQLValue) -> (() -> Void)?
    /// Sets `column` to `NULL` in the row with primary key `key`; returns an undo action.
    func setNull(_ column: String, inRow key: SQLValue) throws -> (() -> Void)?
    /// Every row, type-erased (for snapshots and state comparison).
    var allRows: [any Model] { get }
    /// Rows stored.
    var rowCount: Int { get }
}

/// The rows of one table, partitioned by tenant so a tenant-scoped read never touches
/// another tenant's rows, with hash indexes for every unique constraint.
final class TableStorage<M: Model>: AnyTableStorage {
    let schema: TableSchema<M>
    private var partitions: [SQLValue: Partition] = [:]
    private var partitionOfKey: [SQLValue: SQLValue] = [:]

    /// A stored row with the unique-index keys it holds.
    struct Entry {
        var row: M
        var uniqueKeys: [[SQLValue]?]
    }

    /// One tenant's rows, with its primary keys in order, kept until a key is added or removed.
    final class Partition {
        var entries: [SQLValue: Entry] = [:]
        var orderedKeys: [SQLValue]?
    }
    private var uniqueIndexes: [[[SQLValue]: SQLValue]]
    private let uniqueChecks: [UniqueCheck]
    let primaryKey: Column<M>
    /// Columns whose database default the store assigns (keys, sequences, `now()`).
    let storeAssignedColumns: [(column: Column<M>, default: ColumnDefault)]
    private let softDeleted: (M) -> Bool
    /// The last value issued by the table's sequence; never decremented, even by a rollback.
    var sequence: Int64 = 0

    struct UniqueCheck {
        let constraint: UniqueConstraint
        let columns: [Column<M>]
        let caseInsensitive: [Bool]
        let condition: CompiledPredicate<M>?
    }

    init(schema: TableSchema<M>) throws {
        self.schema = schema
        guard let key = schema.column(named: schema.table.primaryKey) else {
            throw StoreError.unknownTable("\(schema.name) (primary key \(schema.table.primaryKey) is not a column)")
        }
        primaryKey = key
        storeAssignedColumns = schema.columns.compactMap { column in
            guard let value = column.description.defaultValue, value.isStoreAssigned else { return nil }
            return (column, value)
        }
        var checks: [UniqueCheck] = []
        for constraint in schema.table.uniqueConstraints {
            var columns: [Column<M>] = []
            for name in constraint.columns {
                guard let column = schema.column(named: name) else {
                    throw StoreError.unknownTable("\(schema.name) (unique constraint \(constraint.name) names no column \(name))")
                }
                columns.append(column)
            }
            let condition = try constraint.condition.map { try $0.compile(for: schema) }
            checks.append(UniqueCheck(constraint: constraint, columns: columns,
                                      caseInsensitive: constraint.columns.map { constraint.caseInsensitiveColumns.contains($0) },
                                      condition: condition))
        }
        uniqueChecks = checks
        uniqueIndexes = Array(repeating: [:], count: checks.count)
        softDeleted = { schema.isSoftDeleted($0) }
    }

    var table: TableDescription { schema.table }

    var rowCount: Int { partitionOfKey.count }

    func key(of row: M) -> SQLValue { primaryKey.value(in: row) }

    func row(_ key: SQLValue) -> (row: M, partition: SQLValue)? {
        guard let partition = partitionOfKey[key], let entry = partitions[partition]?.entries[key] else { return nil }
        return (entry.row, partition)
    }

    func isSoftDeleted(_ row: M) -> Bool { softDeleted(row) }

    /// Rows of one partition, or of all partitions, without copying them into an array.
    func rows(inPartition partition: SQLValue?) -> some Sequence<M> {
        let selected = partition.map { key in partitions[key].map { [$0] } ?? [] } ?? Array(partitions.values)
        return selected.lazy.flatMap { $0.entries.values.lazy.map(\.row) }
    }

    /// The rows of one partition (or of all) that satisfy `isIncluded`, each copied out once.
    /// O(rows of the partition).
    ///
    /// A plain loop over each partition's entries: reading through ``rows(inPartition:)``'s
    /// lazy sequences costs a runtime generic-metadata look-up and a copy of the whole entry
    /// per row, which made bulk reads several times slower than the filter itself.
    func rows(inPartition partition: SQLValue?, where isIncluded: (M) -> Bool) -> [M] {
        var result: [M] = []
        forEachPartition(partition) { target in
            for entry in target.entries.values where isIncluded(entry.row) { result.append(entry.row) }
        }
        return result
    }

    /// How many rows of one partition (or of all) satisfy `isIncluded`. O(rows of the partition).
    func countRows(inPartition partition: SQLValue?, where isIncluded: (M) -> Bool) -> Int {
        var count = 0
        forEachPartition(partition) { target in
            for entry in target.entries.values where isIncluded(entry.row) { count += 1 }
        }
        return count
    }

    /// The rows with `keys` that satisfy `isIncluded`, in the keys' order, skipping the first
    /// `offset` matches and stopping at `limit`. O(keys visited).
    func rows<Keys: Sequence<SQLValue>>(keyed keys: Keys, inPartition partition: SQLValue?, offset: Int, limit: Int?,
                                        where isIncluded: (M) -> Bool) -> [M] {
        var page: [M] = []
        var skipped = 0
        let only = partition.flatMap { partitions[$0] }
        if partition != nil && only == nil { return page }
        for key in keys {
            if let limit, page.count >= limit { break }
            let entry: Entry?
            if let only {
                entry = only.entries[key]
            } else {
                entry = partitionOfKey[key].flatMap { partitions[$0]?.entries[key] }
            }
            guard let entry, isIncluded(entry.row) else { continue }
            if skipped < offset {
                skipped += 1
                continue
            }
            page.append(entry.row)
        }
        return page
    }

    private func forEachPartition(_ partition: SQLValue?, _ body: (Partition) -> Void) {
        if let partition {
            if let target = partitions[partition] { body(target) }
        } else {
            for target in partitions.values { body(target) }
        }
    }

    /// The primary keys of one partition (or all), in primary-key order. O(n log n) after a
    /// key was added or removed, then O(1) until the next such change.
    func orderedKeys(inPartition partition: SQLValue?) -> [SQLValue] {
        guard let partition else {
            return partitions.values.flatMap { ordered($0) }.sorted { $0.sortsBefore($1) }
        }
        return partitions[partition].map(ordered) ?? []
    }

    private func ordered(_ partition: Partition) -> [SQLValue] {
        if let keys = partition.orderedKeys { return keys }
        let keys = partition.entries.keys.sorted { $0.sortsBefore($1) }
        partition.orderedKeys = keys
        return keys
    }

    /// The unique-index keys `row` holds, one per constraint (`nil` where it takes no part).
    func uniqueKeys(of row: M) -> [[SQLValue]?] {
        uniqueChecks.map { indexKey($0, row) }
    }

    /// The unique constraint a row with `keys` would break, ignoring the row with primary key `excluding`.
    func conflict(keys: [[SQLValue]?], excluding: SQLValue?) -> UniqueConstraint? {
        for (index, key) in keys.enumerated() {
            guard let key else { continue }
            if let holder = uniqueIndexes[index][key], holder != excluding { return uniqueChecks[index].constraint }
        }
        return nil
    }

    /// Stores `row` in `partition`, replacing the row with the same key; returns an undo action.
    @discardableResult
    func put(_ row: M, partition: SQLValue, uniqueKeys known: [[SQLValue]?]? = nil) -> () -> Void {
        let key = key(of: row)
        let entry = Entry(row: row, uniqueKeys: known ?? uniqueKeys(of: row))
        if partitionOfKey[key] == partition, let target = partitions[partition], let previous = target.entries[key] {
            replace(previous, with: entry, key: key, in: target)
            // Resolved when undone: a later write of the batch may have emptied the partition
            // and its undo recreated it as a new object.
            return { [weak self] in
                guard let self else { return }
                if let current = self.partitions[partition], current.entries[key] != nil {
                    self.replace(entry, with: previous, key: key, in: current)
                } else {
                    _ = self.removeEntry(key)
                    self.insert(previous, key: key, partition: partition)
                }
            }
        }
        let previous = removeEntry(key)
        insert(entry, key: key, partition: partition)
        return { [weak self] in
            guard let self else { return }
            _ = self.removeEntry(key)
            if let previous { self.insert(previous.entry, key: key, partition: previous.partition) }
        }
    }

    func removeRow(_ key: SQLValue) -> (() -> Void)? {
        guard let existing = removeEntry(key) else { return nil }
        return { [weak self] in self?.insert(existing.entry, key: key, partition: existing.partition) }
    }

    func setNull(_ column: String, inRow key: SQLValue) throws -> (() -> Void)? {
        guard let existing = row(key), let target = schema.column(named: column) else { return nil }
        var updated = existing.row
        try target.setValue(.null, in: &updated)
        let partition = column == table.tenancy.tenantColumn ? SQLValue.null : existing.partition
        return put(updated, partition: partition)
    }

    func partition(ofRowWhere column: String, equals value: SQLValue) -> SQLValue? {
        if column == schema.table.primaryKey { return partitionOfKey[value] }
        guard let target = schema.column(named: column) else { return nil }
        for (partition, rows) in partitions where rows.entries.values.contains(where: { target.value(in: $0.row) == value }) {
            return partition
        }
        return nil
    }

    func keys(ofRowsWhere column: String, equals value: SQLValue) -> [SQLValue] {
        guard let target = schema.column(named: column) else { return [] }
        return partitions.values.flatMap { rows in rows.entries.compactMap { target.value(in: $0.value.row) == value ? $0.key : nil } }
    }

    func partition(ofKey key: SQLValue) -> SQLValue? { partitionOfKey[key] }

    func value(_ column: String, ofKey key: SQLValue) -> SQLValue? {
        guard let existing = row(key) else { return nil }
        return schema.value(column, in: existing.row)
    }

    var allRows: [any Model] { partitions.values.flatMap { $0.entries.values.map { $0.row as any Model } } }

    private func indexKey(_ check: UniqueCheck, _ row: M) -> [SQLValue]? {
        if check.constraint.liveRowsOnly && softDeleted(row) { return nil }
        if let condition = check.condition, !condition.matches(row) { return nil }
        var key: [SQLValue] = []
        key.reserveCapacity(check.columns.count)
        for (column, folded) in zip(check.columns, check.caseInsensitive) {
            let value = column.value(in: row)
            if value.isNull { return nil }
            if folded, case .text(let text) = value { key.append(.text(text.lowercased())) } else { key.append(value) }
        }
        return key
    }

    private func insert(_ entry: Entry, key: SQLValue, partition: SQLValue) {
        let target: Partition
        if let existing = partitions[partition] {
            target = existing
        } else {
            target = Partition()
            partitions[partition] = target
        }
        if target.entries.updateValue(entry, forKey: key) == nil { target.orderedKeys = nil }
        partitionOfKey[key] = partition
        for (position, indexKey) in entry.uniqueKeys.enumerated() {
            if let indexKey { uniqueIndexes[position][indexKey] = key }
        }
    }

    /// Swaps a row in place: its key stays in the partition, so the key order stays valid.
    private func replace(_ old: Entry, with new: Entry, key: SQLValue, in target: Partition) {
        for (position, indexKey) in old.uniqueKeys.enumerated() {
            if let indexKey, uniqueIndexes[position][indexKey] == key { uniqueIndexes[position][indexKey] = nil }
        }
        target.entries[key] = new
        for (position, indexKey) in new.uniqueKeys.enumerated() {
            if let indexKey { uniqueIndexes[position][indexKey] = key }
        }
    }

    private func removeEntry(_ key: SQLValue) -> (entry: Entry, partition: SQLValue)? {
        guard let partition = partitionOfKey[key], let target = partitions[partition],
              let entry = target.entries.removeValue(forKey: key) else { return nil }
        target.orderedKeys = nil
        if target.entries.isEmpty { partitions[partition] = nil }
        partitionOfKey[key] = nil
        for (position, indexKey) in entry.uniqueKeys.enumerated() {
            if let indexKey, uniqueIndexes[position][indexKey] == key { uniqueIndexes[position][indexKey] = nil }
        }
        return (entry, partition)
    }
}

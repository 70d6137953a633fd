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
    private(set) var partitions: [SQLValue: [SQLValue: M]] = [:]
    private var partitionOfKey: [SQLValue: SQLValue] = [:]
    private var uniqueIndexes: [[[SQLValue]: SQLValue]]
    private let uniqueChecks: [UniqueCheck]
    let primaryKey: Column<M>
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
        guard let partition = partitionOfKey[key], let row = partitions[partition]?[key] else { return nil }
        return (row, partition)
    }

    func isSoftDeleted(_ row: M) -> Bool { softDeleted(row) }

    /// Rows of one partition, or of all partitions.
    func rows(inPartition partition: SQLValue?) -> [M] {
        if let partition { return partitions[partition].map { Array($0.values) } ?? [] }
        return partitions.values.flatMap { $0.values }
    }

    /// The unique constraint `row` would break, ignoring the row with primary key `excluding`.
    func conflict(for row: M, excluding: SQLValue?) -> UniqueConstraint? {
        for (index, check) in uniqueChecks.enumerated() {
            guard let key = indexKey(check, row) else { continue }
            if let holder = uniqueIndexes[index][key], holder != excluding { return check.constraint }
        }
        return nil
    }

    /// Stores `row` in `partition`, replacing the row with the same key; returns an undo action.
    @discardableResult
    func put(_ row: M, partition: SQLValue) -> () -> Void {
        let key = key(of: row)
        let previous = self.row(key)
        if let previous { unindex(previous.row, key: key, partition: previous.partition) }
        partitions[partition, default: [:]][key] = row
        partitionOfKey[key] = partition
        index(row, key: key)
        return { [weak self] in
            guard let self else { return }
            if let current = self.row(key) { self.unindex(current.row, key: key, partition: current.partition) }
            if let previous {
                self.partitions[previous.partition, default: [:]][key] = previous.row
                self.partitionOfKey[key] = previous.partition
                self.index(previous.row, key: key)
            }
        }
    }

    func removeRow(_ key: SQLValue) -> (() -> Void)? {
        guard let existing = row(key) else { return nil }
        unindex(existing.row, key: key, partition: existing.partition)
        return { [weak self] in self?.put(existing.row, partition: existing.partition) }
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
        for (partition, rows) in partitions where rows.values.contains(where: { target.value(in: $0) == value }) {
            return partition
        }
        return nil
    }

    func keys(ofRowsWhere column: String, equals value: SQLValue) -> [SQLValue] {
        guard let target = schema.column(named: column) else { return [] }
        return partitions.values.flatMap { rows in rows.compactMap { target.value(in: $0.value) == value ? $0.key : nil } }
    }

    func partition(ofKey key: SQLValue) -> SQLValue? { partitionOfKey[key] }

    func value(_ column: String, ofKey key: SQLValue) -> SQLValue? {
        guard let existing = row(key) else { return nil }
        return schema.value(column, in: existing.row)
    }

    var allRows: [any Model] { partitions.values.flatMap { $0.values.map { $0 as any Model } } }

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

    private func index(_ row: M, key: SQLValue) {
        for (position, check) in uniqueChecks.enumerated() {
            if let indexKey = indexKey(check, row) { uniqueIndexes[position][indexKey] = key }
        }
    }

    private func unindex(_ row: M, key: SQLValue, partition: SQLValue) {
        for (position, check) in uniqueChecks.enumerated() {
            if let indexKey = indexKey(check, row), uniqueIndexes[position][indexKey] == key {
                uniqueIndexes[position][indexKey] = nil
            }
        }
        partitions[partition]?[key] = nil
        if partitions[partition]?.isEmpty == true { partitions[partition] = nil }
        partitionOfKey[key] = nil
    }
}

import AgencyCore
import AgencyStore

/// A tenant-owned model chosen from the schema target for the generic query, sort and
/// pagination cases: it needs a nullable integer column and a nullable free-text column
/// that no key, reference or check involves.
struct QueryProbe<M: Model>: Sendable {
    let number: Column<M>
    let text: Column<M>
    let lower: Int64
    let upper: Int64

    init?(_ type: M.Type) {
        let table = M.schema.table
        guard case .owned = table.tenancy, table.mutability == .mutable else { return nil }
        var reserved = Set(table.foreignKeys.map(\.column))
        reserved.formUnion(table.uniqueConstraints.flatMap(\.columns))
        reserved.formUnion(table.checks.flatMap { $0.predicate.referencedColumns })
        let free = M.schema.columns.filter { $0.description.isNullable && !reserved.contains($0.name) && $0.description.defaultValue == nil }
        func plainRules(_ column: Column<M>) -> Bool {
            column.description.rules.allSatisfy { rule in
                switch rule {
                case .range, .maxLength: return true
                default: return false
                }
            }
        }
        guard let number = free.first(where: { $0.description.type == .integer && plainRules($0) }),
              let text = free.first(where: { [.text].contains($0.description.type) && plainRules($0) }) else { return nil }
        var lower: Int64 = 0
        var upper: Int64 = 100
        for case .range(let low, let high) in number.description.rules {
            if case .int(let value)? = low { lower = value }
            if case .int(let value)? = high { upper = value }
        }
        guard upper - lower >= 20 else { return nil }
        self.number = number
        self.text = text
        self.lower = lower
        self.upper = upper
    }

    /// Integer values with NULLs and duplicates, inside the column's range.
    var numbers: [SQLValue] {
        [nil, 0, 5, 5, 10, 20, nil, 15, 5, 1].map { $0.map { SQLValue.int(lower + Int64($0)) } ?? .null }
    }

    /// Text values with NULLs, case variants, a shared prefix and non-ASCII.
    static var texts: [SQLValue] {
        [nil, "alpha", "Alpha", "beta", "Beta", "alphabet", nil, "b", "Ålborg", "a"].map { $0.map(SQLValue.text) ?? .null }
    }

    /// Inserts the probe rows for tenant 0 and returns every row of the probe table tenant 0
    /// now holds (fixture rows included), as the store returned them.
    func seed(_ context: ConformanceContext) async throws -> [M] {
        var batch = WriteBatch()
        for (index, (number, text)) in zip(numbers, Self.texts).enumerated() {
            var row = try context.newRow(M.self, tenant: 0, ordinal: 2_000 + index, rich: false)
            try self.number.setValue(number, in: &row)
            try self.text.setValue(text, in: &row)
            batch.insert(row)
        }
        let inserted = try await context.tenant(0).apply(batch).compactMap { $0.row(as: M.self) }
        return context.world.rows(M.self, tenant: 0) + inserted
    }

    /// The keys of `rows` that satisfy `predicate`, in primary-key order.
    func expected(_ rows: [M], where predicate: (SQLValue, SQLValue) -> Bool) -> [SQLValue] {
        rows.filter { predicate(number.value(in: $0), text.value(in: $0)) }
            .map { M.schema.primaryKeyValue(of: $0) }
            .sorted { $0.sortsBefore($1) }
    }

    func keys(_ rows: [M]) -> [SQLValue] { rows.map { M.schema.primaryKeyValue(of: $0) } }
}

extension SQLValue {
    /// The integer, if this is one.
    var integer: Int64? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The text, if this is text.
    var string: String? {
        if case .text(let value) = self { return value }
        return nil
    }
}

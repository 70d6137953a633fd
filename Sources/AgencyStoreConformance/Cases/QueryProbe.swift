import AgencyCore
import AgencyStore
import Foundation

/// A tenant-owned model chosen from the schema target for the generic query, sort and
/// pagination cases: it needs a nullable number column (integer, or numeric of any scale)
/// and a nullable free-text column that no key, reference or check involves.
///
/// Probe numbers are `lower + k·step` for small offsets `k` (step 1 for integers, one unit
/// of the last decimal place for numerics), so a `numeric(3,2)` confidence in [0, 1] serves
/// as well as an integer score.
struct QueryProbe<M: Model>: Sendable {
    let number: Column<M>
    let text: Column<M>
    /// The smallest probe number (the column's lower bound, or 0).
    let lower: Decimal
    /// The distance between consecutive probe numbers.
    let step: Decimal
    /// Whether the number column is an integer type.
    let isInteger: Bool

    /// The largest offset the probe uses.
    static var largestOffset: Int { 20 }

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
        let integersFirst = free.filter { $0.description.type == .integer } + free.filter { $0.description.type != .integer }
        for candidate in integersFirst where plainRules(candidate) {
            guard let (lower, step, isInteger) = Self.numbers(for: candidate.description) else { continue }
            guard let text = free.first(where: { [.text].contains($0.description.type) && plainRules($0) }) else { return nil }
            self.number = candidate
            self.text = text
            self.lower = lower
            self.step = step
            self.isInteger = isInteger
            return
        }
        return nil
    }

    /// The lower bound and step of probe numbers for `column`, or `nil` when its type is not
    /// a usable number or its range is too narrow for ``largestOffset`` steps.
    private static func numbers(for column: ColumnDescription) -> (lower: Decimal, step: Decimal, isInteger: Bool)? {
        var low: Decimal?
        var high: Decimal?
        for case .range(let min, let max) in column.rules {
            low = min?.numericValue
            high = max?.numericValue
        }
        let lower = low ?? 0
        let step: Decimal
        let isInteger: Bool
        switch column.type {
        case .integer, .smallint, .bigint:
            step = 1
            isInteger = true
        case .numeric(let precision, let scale):
            step = (0..<scale).reduce(Decimal(1)) { value, _ in value / 10 }
            isInteger = false
            let largest = SQLNumeric(lower + Decimal(largestOffset) * step)
            guard largest.integerDigits <= precision - scale, SQLNumeric(lower).integerDigits <= precision - scale else { return nil }
        default:
            return nil
        }
        if let high, high - lower < Decimal(largestOffset) * step { return nil }
        return (lower, step, isInteger)
    }

    /// The probe number at `offset` steps above ``lower``.
    func value(_ offset: Int64) -> SQLValue {
        let decimal = lower + Decimal(offset) * step
        if isInteger { return .int(NSDecimalNumber(decimal: decimal).int64Value) }
        return .numeric(SQLNumeric(decimal))
    }

    /// How many steps above ``lower`` a stored number is, or `nil` for `NULL` and non-probe values.
    func offset(of value: SQLValue) -> Int64? {
        guard !value.isNull, let decimal = value.numericValue else { return nil }
        let steps = (decimal - lower) / step
        let whole = NSDecimalNumber(decimal: steps).int64Value
        return Decimal(whole) == steps ? whole : nil
    }

    /// Numbers with NULLs and duplicates, inside the column's range.
    var numbers: [SQLValue] {
        [nil, 0, 5, 5, 10, 20, nil, 15, 5, 1].map { $0.map { value(Int64($0)) } ?? .null }
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

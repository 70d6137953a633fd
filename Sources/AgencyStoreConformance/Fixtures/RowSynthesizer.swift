import AgencyCore
import AgencyStore
import Foundation

/// Builds valid rows of any model from its schema description alone: values chosen by
/// SQL type and rules, references resolved to rows of the same tenant, varied by ordinal
/// so rows never collide by accident. No code per model.
struct RowSynthesizer: Sendable {
    /// Whether to fill nullable columns too (for round-trip coverage of every field).
    enum Richness: Sendable { case minimal, rich }

    let base: Timestamp
    let seed: UInt64

    /// A valid row of `M`.
    ///
    /// - Parameters:
    ///   - tenant: The tenant key for tenant columns (nil for shared tables).
    ///   - ordinal: Varies every synthesized value.
    ///   - parents: Resolves a foreign key to a referenced value.
    ///   - assignKey: Whether to give the row an explicit primary key.
    func make<M: Model>(_ type: M.Type, tenant: SQLValue?, ordinal: Int, richness: Richness,
                        assignKey: Bool, parents: (ForeignKey, Int) -> SQLValue?) throws -> M {
        let schema = M.schema
        var generator = SeededGenerator(seed: seed &+ UInt64(truncatingIfNeeded: ordinal &* 7_919) &+ Self.hash(schema.name))
        var object: [String: JSONValue] = [:]
        var minimal: [String: JSONValue] = [:]
        for (position, column) in schema.columns.enumerated() {
            let description = column.description
            let baseline = try baselineValue(description, schema.table, tenant: tenant, ordinal: ordinal,
                                             assignKey: assignKey, parents: parents, generator: &generator)
            minimal[description.name] = baseline
            if richness == .rich, baseline == .null, description.defaultValue == nil,
               description.name != schema.table.softDelete?.column {
                object[description.name] = synthesize(description, schema.table, ordinal: ordinal, position: position,
                                                       generator: &generator, parents: parents)
            } else {
                object[description.name] = baseline
            }
        }
        var row = try decode(M.self, object: object, minimal: minimal)
        for _ in 0..<4 {
            let violations = schema.violations(of: row)
            guard !violations.isEmpty else { return row }
            var reverted = false
            for violation in violations {
                for name in violation.columns {
                    guard let value = minimal[name], object[name] != value else { continue }
                    object[name] = value
                    reverted = true
                }
            }
            guard reverted else {
                throw FixtureError(table: schema.name, detail: violations.map(\.description).joined(separator: "; "))
            }
            row = try decode(M.self, object: object, minimal: minimal)
        }
        throw FixtureError(table: schema.name, detail: schema.violations(of: row).map(\.description).joined(separator: "; "))
    }

    /// The value every row gets: keys, tenant, required references, defaults, and for
    /// NOT NULL columns without a default a synthesized value; `null` otherwise.
    private func baselineValue(_ column: ColumnDescription, _ table: TableDescription, tenant: SQLValue?, ordinal: Int,
                               assignKey: Bool, parents: (ForeignKey, Int) -> SQLValue?,
                               generator: inout SeededGenerator) throws -> JSONValue {
        if let tenantColumn = table.tenancy.tenantColumn, column.name == tenantColumn, let tenant {
            return json(tenant)
        }
        if column.name == table.primaryKey {
            switch table.primaryKeyKind {
            case .uuid: return assignKey ? .string(UUID.version4(using: &generator).uuidString.lowercased()) : .string(UUID.unassigned.uuidString)
            case .serial: return 0
            case .natural: return .string("\(table.name)-key-\(ordinal)")
            }
        }
        if let foreignKey = table.foreignKey(on: column.name) {
            let required = !column.isNullable || { if case .inherited(let through) = table.tenancy { return through == column.name }; return false }()
            if required {
                guard let value = parents(foreignKey, ordinal) else {
                    throw FixtureError(table: table.name, detail: "no \(foreignKey.table) row to reference from \(column.name)")
                }
                return json(value)
            }
            return .null
        }
        if let defaultValue = column.defaultValue {
            switch defaultValue {
            case .value(let value): return json(value)
            case .now: return .string(Timestamp.unassigned.postgresText)
            case .nowPlusDays(let days): return .string(base.adding(days: days).postgresText)
            case .randomUUID: return .string(UUID.unassigned.uuidString)
            case .sequence: return 0
            }
        }
        if column.isNullable { return .null }
        return synthesize(column, table, ordinal: ordinal, position: 0, generator: &generator, parents: parents)
    }

    private func synthesize(_ column: ColumnDescription, _ table: TableDescription, ordinal: Int, position: Int,
                            generator: inout SeededGenerator, parents: (ForeignKey, Int) -> SQLValue?) -> JSONValue {
        if let foreignKey = table.foreignKey(on: column.name) {
            return parents(foreignKey, ordinal).map(json) ?? .null
        }
        for rule in column.rules {
            switch rule {
            case .oneOf(let allowed) where !allowed.isEmpty: return .string(allowed[ordinal % allowed.count])
            case .eachOneOf(let allowed) where !allowed.isEmpty: return .array([.string(allowed[ordinal % allowed.count])])
            case .format(let format): return formatted(format, column, table, ordinal)
            default: continue
            }
        }
        return typed(column.type, column, table, ordinal: ordinal, position: position, generator: &generator)
    }

    private func typed(_ type: SQLType, _ column: ColumnDescription, _ table: TableDescription, ordinal: Int,
                       position: Int, generator: inout SeededGenerator) -> JSONValue {
        switch type {
        case .uuid: return .string(UUID.version4(using: &generator).uuidString.lowercased())
        case .text: return .string(text(column, table, ordinal, limit: nil))
        case .varchar(let limit): return .string(text(column, table, ordinal, limit: limit))
        case .smallint, .integer, .bigint: return .number(Decimal(integer(column, ordinal)))
        case .doublePrecision: return .number(Decimal(fraction(column, ordinal)))
        case .numeric(let precision, let scale): return .number(numeric(column, ordinal, precision: precision, scale: scale))
        case .boolean: return .bool(ordinal % 2 == 0)
        case .timestamptz, .timestamp:
            return .string(base.adding(days: 365).adding(minutes: position).adding(seconds: Double(ordinal)).postgresText)
        case .date: return .string(base.utcDate.adding(days: 30 + ordinal).isoText)
        case .time: return .string((TimeOfDay(hour: 10, minute: ordinal % 60) ?? TimeOfDay(microsecondsSinceMidnight: 0)).isoText)
        case .jsonb, .json: return .object(["fixture": .string("\(table.name)-\(ordinal)")])
        case .inet: return .string("192.0.2.\(ordinal % 250 + 1)")
        case .array(let element):
            return .array([typed(element, column, table, ordinal: ordinal, position: position, generator: &generator)])
        }
    }

    private func text(_ column: ColumnDescription, _ table: TableDescription, _ ordinal: Int, limit: Int?) -> String {
        let value = "\(column.name)-\(ordinal)"
        let limit = min(limit ?? Int.max, maxLength(column) ?? Int.max)
        return value.count <= limit ? value : String(value.suffix(max(1, limit)))
    }

    private func maxLength(_ column: ColumnDescription) -> Int? {
        for case .maxLength(let limit) in column.rules { return limit }
        return nil
    }

    private func bounds(_ column: ColumnDescription) -> (min: Decimal?, max: Decimal?) {
        for case .range(let low, let high) in column.rules { return (low?.numericValue, high?.numericValue) }
        return (nil, nil)
    }

    private func integer(_ column: ColumnDescription, _ ordinal: Int) -> Int {
        let (low, high) = bounds(column)
        let lower = low.map { NSDecimalNumber(decimal: $0).intValue } ?? 1
        guard let high else { return lower + ordinal }
        let upper = NSDecimalNumber(decimal: high).intValue
        return upper <= lower ? lower : lower + ordinal % (upper - lower + 1)
    }

    private func fraction(_ column: ColumnDescription, _ ordinal: Int) -> Double {
        let (low, high) = bounds(column)
        if let low, let high, high - low <= 1 { return NSDecimalNumber(decimal: low).doubleValue + 0.25 + Double(ordinal % 4) * 0.125 }
        return 1.5 + Double(ordinal)
    }

    private func numeric(_ column: ColumnDescription, _ ordinal: Int, precision: Int, scale: Int) -> Decimal {
        let (low, high) = bounds(column)
        let largest = (0..<(precision - scale)).reduce(Decimal(1)) { value, _ in value * 10 } - 1
        var value = Decimal(min(ordinal + 1, NSDecimalNumber(decimal: largest).intValue))
        if scale > 0 { value += Decimal(string: "0.5") ?? 0 }
        if let high, value > high { value = (low ?? 0) + (high - (low ?? 0)) / 2 }
        if let low, value < low { value = low }
        return SQLNumeric(value).rounded(scale: scale).decimal
    }

    private func formatted(_ format: ValueFormat, _ column: ColumnDescription, _ table: TableDescription, _ ordinal: Int) -> JSONValue {
        let label = column.name.replacingOccurrences(of: "_", with: "-")
        let value: String
        switch format {
        case .email: value = "\(label)-\(ordinal)@\(table.name.replacingOccurrences(of: "_", with: "-")).example.com"
        case .domain: value = "\(label)-\(ordinal).example.com"
        case .url: value = "https://example.com/\(table.name)/\(label)/\(ordinal)"
        case .e164Phone: value = "+614" + String(format: "%08d", 10_000_000 + ordinal)
        case .timeZone: value = ["UTC", "Australia/Sydney", "Europe/Paris"][ordinal % 3]
        }
        if case .array = column.type { return .array([.string(value)]) }
        return .string(value)
    }

    private func decode<M: Model>(_ type: M.Type, object: [String: JSONValue], minimal: [String: JSONValue]) throws -> M {
        var attempt = object
        for _ in 0...object.count {
            do {
                return try JSONValue.object(attempt).decode(as: M.self)
            } catch {
                guard let column = failingColumn(error), let fallback = fallback(column, attempt, minimal) else {
                    throw FixtureError(table: M.schema.name, detail: "decoding failed: \(error)")
                }
                attempt[column] = fallback
            }
        }
        throw FixtureError(table: M.schema.name, detail: "no decodable combination of values")
    }

    private func failingColumn(_ error: any Error) -> String? {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context):
            return context.codingPath.first?.stringValue
        case let error as UnknownEnumValueError: return error.codingPath.first
        default: return nil
        }
    }

    /// The next value to try for a JSON column whose synthesized value its Swift type rejects.
    private func fallback(_ column: String, _ attempt: [String: JSONValue], _ minimal: [String: JSONValue]) -> JSONValue? {
        let candidates: [JSONValue] = [minimal[column] ?? .null, .object([:]), .array([]), .null]
        guard let current = attempt[column], let index = candidates.firstIndex(of: current) else { return candidates.first }
        return index + 1 < candidates.count ? candidates[index + 1] : nil
    }

    /// FNV-1a of a table name, so tables never share a generator sequence.
    static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    func json(_ value: SQLValue) -> JSONValue {
        switch value {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .int(let value): return .number(Decimal(value))
        case .double(let value): return .number(Decimal(value))
        case .numeric(let value): return .number(value.decimal)
        case .text(let value): return .string(value)
        case .uuid(let value): return .string(value.uuidString.lowercased())
        case .timestamp(let value): return .string(value.postgresText)
        case .date(let value): return .string(value.isoText)
        case .time(let value): return .string(value.isoText)
        case .json(let value): return value
        case .array(let values): return .array(values.map(json))
        }
    }
}

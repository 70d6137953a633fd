import AgencyCore
import AgencyStore
import PostgresNIO

/// Turns driver and server errors into the `StoreError` cases `InMemoryStore` throws for the
/// same situation (constraint names map back to the schema description), and everything
/// else into `StoreError.backend` with a message that carries no row values or secrets.
struct PostgresErrorMapping: Sendable {
    let target: SchemaTarget

    func map(_ error: any Error) -> any Error {
        switch error {
        case let error as StoreError: return error
        case let error as PSQLError: return map(error)
        case is CancellationError: return StoreError.backend("the operation was cancelled")
        case let error as PostgresTimeout: return StoreError.backend(error.description)
        case let error as UnknownEnumValueError: return StoreError.backend("a stored row holds an unknown value: \(error)")
        case let error as DecodingError: return StoreError.backend("a stored row could not be decoded: \(Self.describe(error))")
        default: return StoreError.backend("\(type(of: error))")
        }
    }

    private func map(_ error: PSQLError) -> StoreError {
        guard error.code == .server, let info = error.serverInfo else {
            let reason = error.underlying.map { " (\(type(of: $0)): \(String(describing: $0)))" } ?? ""
            return .backend("connection failure: \(error.code)\(reason)")
        }
        let state = info[.sqlState] ?? "?????"
        let constraint = info[.constraintName] ?? ""
        let table = info[.tableName] ?? ""
        let message = info[.message] ?? "server error"
        switch state {
        case "23505": return unique(table: table, constraint: constraint)
        case "23503": return foreignKey(table: table, constraint: constraint, message: message)
        case "23514": return check(table: table, constraint: constraint)
        case "23502":
            let column = info[.columnName] ?? "?"
            return .invalid(ValidationError(table: table, violations: [
                Violation(table: table, columns: [column], kind: .notNull, rule: "not_null", value: nil, message: "\(column) must not be null"),
            ]))
        case "57014": return .backend("the statement timed out or was cancelled (SQLSTATE 57014)")
        case "40001", "40P01": return .backend("the transaction conflicted with another and was rolled back (SQLSTATE \(state)); retry it")
        default:
            if state.hasPrefix("08") || state.hasPrefix("57P") {
                return .backend("connection failure (SQLSTATE \(state)): \(message)")
            }
            return .backend("SQLSTATE \(state): \(message)")
        }
    }

    private func unique(table: String, constraint: String) -> StoreError {
        for description in target.tables {
            if constraint == ConstraintNames.primaryKey(description.name) {
                return .uniqueViolation(table: description.name, constraint: "\(description.name)_pkey", columns: [description.primaryKey])
            }
            if let match = description.uniqueConstraints.first(where: { $0.name == constraint }) {
                return .uniqueViolation(table: description.name, constraint: match.name, columns: match.columns)
            }
        }
        return .uniqueViolation(table: table, constraint: constraint, columns: [])
    }

    private func foreignKey(table: String, constraint: String, message: String) -> StoreError {
        for description in target.tables {
            for key in description.foreignKeys where ConstraintNames.foreignKey(description.name, key.column) == constraint {
                if message.hasPrefix("update or delete") {
                    return .referencedByOtherRows(table: key.table, referencingTable: description.name, column: key.column)
                }
                return .missingReference(table: description.name, column: key.column, referencedTable: key.table, value: "(concurrently removed)")
            }
        }
        return .backend("foreign key \(constraint) on \(table) was violated")
    }

    private func check(table: String, constraint: String) -> StoreError {
        var columns: [String] = []
        var message = "violates check constraint \(constraint)"
        if let description = target.table(named: table) {
            if let check = description.checks.first(where: { $0.name == constraint }) {
                columns = Array(check.predicate.referencedColumns).sorted()
                message = check.message
            } else if let column = description.columns.first(where: { ConstraintNames.columnCheck(table, $0.name) == constraint }) {
                columns = [column.name]
            }
        }
        return .invalid(ValidationError(table: table, violations: [
            Violation(table: table, columns: columns, kind: .check, rule: constraint, value: nil, message: message),
        ]))
    }

    /// A decoding error's path and kind, without the offending value.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(type) expected at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case .keyNotFound(let key, _): return "missing column \(key.stringValue)"
        case .dataCorrupted(let context): return "corrupt value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default: return "undecodable row"
        }
    }
}

/// A store call that did not finish within the configured operation timeout.
struct PostgresTimeout: Error, CustomStringConvertible {
    let limit: Duration
    var description: String { "the operation did not finish within \(limit) (server unreachable or overloaded)" }
}

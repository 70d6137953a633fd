import AgencyCore

/// Why a store refused an operation. A refused operation changes nothing: in a batch,
/// every earlier write of the batch is rolled back too.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The row breaks its table's rules.
    case invalid(ValidationError)
    /// No visible row has this key (missing, soft-deleted for updates, or another tenant's).
    case notFound(table: String, key: String)
    /// The update was made from a stale copy: the stored row changed since it was read.
    case staleWrite(table: String, key: String, expectedVersion: String, storedVersion: String)
    /// A UNIQUE constraint (or the primary key) already holds this key among the rows it covers.
    case uniqueViolation(table: String, constraint: String, columns: [String])
    /// A referenced row does not exist.
    case missingReference(table: String, column: String, referencedTable: String, value: String)
    /// A referenced row belongs to another tenant.
    case crossTenantReference(table: String, column: String, referencedTable: String)
    /// The row belongs to a different tenant than the scope, or would move between tenants.
    case tenantMismatch(table: String, scope: String)
    /// The operation needs the platform-wide scope (e.g. writing a row no tenant owns).
    case requiresPlatformScope(table: String, operation: String)
    /// Purge would break a reference that does not cascade.
    case referencedByOtherRows(table: String, referencingTable: String, column: String)
    /// The table does not allow this operation (append-only logs, retained suppression
    /// entries, tables without soft delete).
    case operationNotAllowed(table: String, operation: String, reason: String)
    /// The model is not part of the store's schema target.
    case unknownTable(String)
    /// The query does not fit the table.
    case invalidQuery(QueryError)
    /// The backend failed (connection lost, timeout, server error); the message is the
    /// backend's, without secrets.
    case backend(String)

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .invalid(let error): return error.description
        case .notFound(let table, let key): return "no \(table) row with key \(key) in this scope"
        case .staleWrite(let table, let key, let expected, let stored):
            return "stale write to \(table) \(key): read at version \(expected), stored version is \(stored)"
        case .uniqueViolation(let table, let constraint, let columns):
            return "\(table) already has a row with this \(columns.joined(separator: ", ")) (constraint \(constraint))"
        case .missingReference(let table, let column, let referenced, let value):
            return "\(table).\(column) = \(value) references no \(referenced) row"
        case .crossTenantReference(let table, let column, let referenced):
            return "\(table).\(column) references a \(referenced) row of another tenant"
        case .tenantMismatch(let table, let scope): return "the \(table) row does not belong to \(scope)"
        case .requiresPlatformScope(let table, let operation):
            return "\(operation) on \(table) needs the platform-wide scope"
        case .referencedByOtherRows(let table, let referencing, let column):
            return "\(table) row is still referenced by \(referencing).\(column)"
        case .operationNotAllowed(let table, let operation, let reason):
            return "\(operation) is not allowed on \(table): \(reason)"
        case .unknownTable(let table): return "table \(table) is not part of this store's schema"
        case .invalidQuery(let error): return error.description
        case .backend(let message): return "backend error: \(message)"
        }
    }
}

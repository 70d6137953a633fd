import AgencyCore
import AgencyStore

/// SQL text with its parameters.
struct SQLStatement {
    var sql: String
    var binds: [String?]
}

extension PostgresStore {
    /// `SELECT row_to_json(t)` (or `count(*)`) for a query in a scope.
    func selectStatement<Row: Model>(_ query: Query<Row>, scope: StoreScope, count: Bool) throws -> SQLStatement {
        let table = try table(Row.self)
        do {
            let predicate = try query.resolvedPredicate()
            var renderer = PredicateSQL(table: table, qualifier: "t", sink: ParameterSink())
            var conditions: [String] = []
            if let filter = tenantFilter(table, alias: "t", scope: scope, sink: &renderer.sink) { conditions.append(filter) }
            conditions.append(try renderer.render(predicate))
            let from = " FROM \(qualified(table.name)) AS t WHERE " + conditions.joined(separator: " AND ")
            if count { return SQLStatement(sql: "SELECT count(*)::text" + from, binds: renderer.sink.values) }
            var sql = "SELECT row_to_json(t)::text" + from + " ORDER BY " + (try renderer.orderBy(query.effectiveSort))
            if let limit = query.limit { sql += " LIMIT " + renderer.sink.bind(String(limit)) + "::bigint" }
            if query.offset > 0 { sql += " OFFSET " + renderer.sink.bind(String(query.offset)) + "::bigint" }
            return SQLStatement(sql: sql, binds: renderer.sink.values)
        } catch let error as QueryError {
            throw StoreError.invalidQuery(error)
        }
    }

    /// The rows of `table` (aliased `alias`) a tenant scope sees, written out explicitly
    /// (row level security enforces the same rule again); `nil` when the scope sees all.
    func tenantFilter(_ table: TableDescription, alias: String, scope: StoreScope, sink: inout ParameterSink, depth: Int = 0) -> String? {
        guard scope.tenant != nil else { return nil }
        switch table.tenancy {
        case .global: return nil
        case .tenantRoot(let column), .owned(let column), .optionallyOwned(let column):
            guard let tenant = tenantText(scope) else { return "FALSE" }
            return "\(alias).\(SQLText.identifier(column)) = \(sink.bind(tenant))::\(tenantKeyType.ddl)"
        case .inherited(let column):
            guard let key = table.foreignKey(on: column), let parent = target.table(named: key.table) else { return "FALSE" }
            let parentAlias = "p\(depth)"
            let inner = tenantFilter(parent, alias: parentAlias, scope: scope, sink: &sink, depth: depth + 1).map { " AND " + $0 } ?? ""
            return "EXISTS (SELECT 1 FROM \(qualified(parent.name)) AS \(parentAlias) WHERE \(parentAlias).\(SQLText.identifier(key.referencedColumn))"
                + " = \(alias).\(SQLText.identifier(column))\(inner))"
        }
    }

    /// The tenant of the row aliased `alias`, as text (`NULL` for shared rows).
    func tenantExpression(_ table: TableDescription, alias: String, depth: Int = 0) -> String {
        switch table.tenancy {
        case .global: return "NULL::text"
        case .tenantRoot(let column), .owned(let column), .optionallyOwned(let column):
            return "(\(alias).\(SQLText.identifier(column)))::text"
        case .inherited(let column):
            guard let key = table.foreignKey(on: column), let parent = target.table(named: key.table) else { return "NULL::text" }
            let parentAlias = "q\(depth)"
            return "(SELECT \(tenantExpression(parent, alias: parentAlias, depth: depth + 1)) FROM \(qualified(parent.name)) AS \(parentAlias)"
                + " WHERE \(parentAlias).\(SQLText.identifier(key.referencedColumn)) = \(alias).\(SQLText.identifier(column)))"
        }
    }
}

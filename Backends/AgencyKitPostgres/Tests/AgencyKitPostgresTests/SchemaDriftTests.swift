import AgencyCore
import AgencyKitPostgres
import AgencyOS
import Avenir
import Foundation
import PostgresNIO
import Testing

/// The migrated database's catalog against every model's `TableDescription`: the drift the
/// reference system suffered (models selecting columns the migrations never created) fails here.
/// Every schema target whose migrations ship is checked (Agency OS and Avenir).
@Suite struct SchemaDriftTests {
    static let targetNames = [AgencyOSSchema.target.name, AvenirSchema.target.name]

    struct CatalogColumn: Hashable {
        let name: String
        let udtName: String
        let nullable: Bool
        let maxLength: Int?
        let precision: Int?
        let scale: Int?
        let defaultExpression: String?
    }

    static func catalog(_ namespace: String) async throws -> [String: [CatalogColumn]] {
        let client = try TestDatabase.requireClient()
        let rows = try await client.query("""
            SELECT table_name::text, column_name::text, udt_name::text, is_nullable::text, character_maximum_length,
                   numeric_precision, numeric_scale, column_default::text
            FROM information_schema.columns WHERE table_schema = \(namespace) ORDER BY table_name, ordinal_position
            """, logger: TestDatabase.logger)
        var tables: [String: [CatalogColumn]] = [:]
        for try await (table, name, udt, nullable, length, precision, scale, defaultExpression)
            in rows.decode((String, String, String, String, Int?, Int?, Int?, String?).self) {
            tables[table, default: []].append(CatalogColumn(name: name, udtName: udt, nullable: nullable == "YES", maxLength: length,
                                                            precision: precision, scale: scale, defaultExpression: defaultExpression))
        }
        return tables
    }

    @Test(arguments: targetNames)
    func everyTableAndColumnMatchesItsDescription(_ targetName: String) async throws {
        let target = try TestDatabase.schemaTarget(named: targetName)
        let namespace = try await TestDatabase.migratedNamespace(prefix: "drift", target: target)
        let catalog = try await Self.catalog(namespace)
        let expected = Set(target.tables.map(\.name)).union(["agencykit_migrations"])
        #expect(Set(catalog.keys) == expected, "the namespace holds exactly the target's tables")
        for table in target.tables {
            let columns = try #require(catalog[table.name], "table \(table.name) exists")
            #expect(columns.map(\.name) == table.columns.map(\.name), "\(table.name): column set and order")
            for (actual, description) in zip(columns, table.columns) {
                let place = "\(table.name).\(description.name)"
                #expect(actual.udtName == description.type.udtName, "\(place): type")
                #expect(actual.nullable == description.isNullable, "\(place): nullability")
                if case .varchar(let length) = description.type { #expect(actual.maxLength == length, "\(place): length") }
                if case .numeric(let precision, let scale) = description.type {
                    #expect(actual.precision == precision && actual.scale == scale, "\(place): precision and scale")
                }
                try await expectDefault(actual.defaultExpression, description, place: place)
            }
        }
    }

    /// The catalog's default expression, evaluated by the server, against the description's default.
    private func expectDefault(_ expression: String?, _ column: ColumnDescription, place: String) async throws {
        switch column.defaultValue {
        case nil: #expect(expression == nil, "\(place): no default")
        case .now?: #expect(expression == "now()", "\(place): DEFAULT now()")
        case .randomUUID?: #expect(expression == "gen_random_uuid()", "\(place): DEFAULT gen_random_uuid()")
        case .nowPlusDays(let days)?: #expect(expression == "(now() + '\(days) days'::interval)", "\(place): DEFAULT now() + \(days) days")
        case .sequence?: #expect(expression?.hasPrefix("nextval(") == true, "\(place): DEFAULT nextval(…)")
        case .value(let value)?:
            let sqlExpression = try #require(expression, "\(place): has a default")
            let evaluated = try await TestDatabase.sql("SELECT to_jsonb(\(sqlExpression))::text").first ?? nil
            let json = try JSONDecoder().decode(JSONValue.self, from: Data((evaluated ?? "null").utf8))
            #expect(json == Self.json(value), "\(place): default value \(value.displayText)")
        }
    }

    static func json(_ value: SQLValue) -> JSONValue {
        switch value {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let int): return .number(Decimal(int))
        case .double(let double): return .number(Decimal(double))
        case .numeric(let number): return .number(number.decimal)
        case .json(let json): return json
        case .array(let items): return .array(items.map(json))
        default: return .string(value.displayText)
        }
    }

    @Test(arguments: targetNames)
    func keysUniqueIndexesAndForeignKeysMatch(_ targetName: String) async throws {
        let target = try TestDatabase.schemaTarget(named: targetName)
        let namespace = try await TestDatabase.migratedNamespace(prefix: "drift", target: target)
        let client = try TestDatabase.requireClient()
        for table in target.tables {
            let relation = "\"\(namespace)\".\"\(table.name)\""
            let primary = try await TestDatabase.sql("""
                SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM pg_constraint c
                CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                WHERE c.conrelid = '\(relation)'::regclass AND c.contype = 'p'
                """)
            #expect(primary == [table.primaryKey], "\(table.name): primary key")

            var foreignKeys: Set<String> = []
            let rows = try await client.query("""
                SELECT a.attname::text, r.relname::text, ra.attname::text, c.confdeltype::text FROM pg_constraint c
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                JOIN pg_class r ON r.oid = c.confrelid
                JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1]
                WHERE c.conrelid = \(relation)::regclass AND c.contype = 'f'
                """, logger: TestDatabase.logger)
            for try await (column, referenced, referencedColumn, action) in rows.decode((String, String, String, String).self) {
                foreignKeys.insert("\(column)->\(referenced).\(referencedColumn) \(action)")
            }
            let actions: [ReferentialAction: String] = [.noAction: "a", .restrict: "r", .cascade: "c", .setNull: "n"]
            let expectedKeys = Set(table.foreignKeys.map { "\($0.column)->\($0.table).\($0.referencedColumn) \(actions[$0.onDelete] ?? "?")" })
            #expect(foreignKeys == expectedKeys, "\(table.name): foreign keys and ON DELETE")

            var unique: [String: (keys: [String], predicate: String?)] = [:]
            let indexes = try await client.query("""
                SELECT i.relname::text, x.indisunique, x.indnkeyatts::int, pg_get_expr(x.indpred, x.indrelid), x.indexrelid::int8
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = \(relation)::regclass AND NOT x.indisprimary
                """, logger: TestDatabase.logger)
            var plain: [String: [String]] = [:]
            var plainPredicates: [String: String] = [:]
            var definitions: [String: String] = [:]
            for try await (name, isUnique, count, predicate, oid) in indexes.decode((String, Bool, Int, String?, Int64).self) {
                var keys: [String] = []
                for position in 1...count {
                    // Identifiers that are keywords (`timestamp`) come back quoted.
                    let key = try await TestDatabase.sql("SELECT pg_get_indexdef(\(oid)::oid, \(position), true)").first.flatMap { $0 } ?? "?"
                    keys.append(key.replacingOccurrences(of: "\"", with: ""))
                }
                definitions[name] = (try await TestDatabase.sql("SELECT pg_get_indexdef(\(oid)::oid)").first.flatMap { $0 } ?? "")
                    .replacingOccurrences(of: "\"", with: "")
                if isUnique { unique[name] = (keys, predicate) } else { plain[name] = keys }
                if !isUnique, let predicate { plainPredicates[name] = predicate }
            }
            #expect(Set(unique.keys) == Set(table.uniqueConstraints.map(\.name)), "\(table.name): unique indexes")
            for constraint in table.uniqueConstraints {
                guard let index = unique[constraint.name] else { continue }
                let keys = constraint.columns.map { constraint.caseInsensitiveColumns.contains($0) ? "lower(\($0))" : $0 }
                #expect(index.keys == keys, "\(table.name).\(constraint.name): key columns")
                if constraint.liveRowsOnly, let style = table.softDelete {
                    #expect(index.predicate?.contains(style.column) == true, "\(table.name).\(constraint.name): live rows only")
                } else if constraint.condition == nil {
                    #expect(index.predicate == nil, "\(table.name).\(constraint.name): whole table")
                }
            }
            #expect(Set(plain.keys) == Set(table.indexes.map(\.name)), "\(table.name): query indexes")
            for index in table.indexes {
                let columns = index.columns.map { $0.hasPrefix("-") ? String($0.dropFirst()) : $0 }
                #expect(plain[index.name] == columns, "\(table.name).\(index.name): columns")
                for column in index.columns where column.hasPrefix("-") {
                    #expect(definitions[index.name]?.contains("\(column.dropFirst()) DESC") == true, "\(table.name).\(index.name): \(column.dropFirst()) descending")
                }
                #expect((plainPredicates[index.name] != nil) == (index.condition != nil), "\(table.name).\(index.name): partial exactly when described so")
                for column in index.condition?.referencedColumns ?? [] {
                    #expect(plainPredicates[index.name]?.contains(column) == true, "\(table.name).\(index.name): condition on \(column)")
                }
            }

            let checks = Set(try await TestDatabase.sql("SELECT conname::text FROM pg_constraint WHERE conrelid = '\(relation)'::regclass AND contype = 'c'").compactMap { $0 })
            for check in table.checks where check.isDatabaseEnforced {
                #expect(checks.contains(check.name), "\(table.name): CHECK \(check.name)")
            }
            let isText = { (type: SQLType) -> Bool in
                if case .varchar = type { return true }
                return type == .text
            }
            for column in table.columns where column.rules.contains(where: { rule in
                if case .format = rule { return false }
                if case .oneOf = rule { return isText(column.type) }
                if case .range = rule, case .array = column.type { return false }
                if case .range(let low, let high) = rule { return low != nil || high != nil }
                return false
            }) {
                #expect(checks.contains("\(table.name)_\(column.name)_check"), "\(table.name).\(column.name): allowed values or range enforced")
            }
        }
    }

    @Test func avenirHighPriorityProspectsPartialIndexExists() async throws {
        let namespace = try await TestDatabase.migratedNamespace(prefix: "drift", target: AvenirSchema.target)
        let definition = try await TestDatabase.sql("""
            SELECT indexdef FROM pg_indexes WHERE schemaname = '\(namespace)' AND indexname = 'idx_prospects_high_priority'
            """).first.flatMap { $0 }
        let text = try #require(definition)
        #expect(text.contains("(automation_need_score DESC, contacted)") && text.contains("automation_need_score >= "))
    }

    @Test func avenirTenantKeyIsUniqueBeforeItIsReferenced() async throws {
        // lead_memory.client_id references clients.client_id, a unique non-primary column.
        let namespace = try await TestDatabase.migratedNamespace(prefix: "drift", target: AvenirSchema.target)
        let references = try await TestDatabase.sql("""
            SELECT c.conrelid::regclass::text || ' -> ' || pg_get_constraintdef(c.oid) FROM pg_constraint c
            JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE n.nspname = '\(namespace)' AND c.contype = 'f' AND pg_get_constraintdef(c.oid) LIKE '%clients(client_id)%'
            ORDER BY 1
            """).compactMap { $0 }
        let described = AvenirSchema.target.tables.flatMap(\.foreignKeys).filter { $0.table == "clients" && $0.referencedColumn == "client_id" }
        #expect(!described.isEmpty && references.count == described.count, "every reference to clients(client_id) exists: \(references)")
        #expect(references.allSatisfy { $0.contains("ON DELETE CASCADE") })
    }

    @Test func pendingSuggestionsPartialIndexExists() async throws {
        let namespace = try await TestDatabase.migratedNamespace(prefix: "drift")
        let definition = try await TestDatabase.sql("""
            SELECT indexdef FROM pg_indexes WHERE schemaname = '\(namespace)' AND indexname = 'idx_campaign_suggestions_pending'
            """).first.flatMap { $0 }
        let text = try #require(definition)
        #expect(text.contains("(client_id, status)") && text.contains("'pending'") && text.contains("deleted_at IS NULL"))
    }
}

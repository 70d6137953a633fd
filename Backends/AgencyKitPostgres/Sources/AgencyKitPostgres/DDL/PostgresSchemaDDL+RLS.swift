import AgencyCore

extension PostgresSchemaDDL {
    /// The tenant key's type: the tenants table's key column (`uuid` for Agency OS).
    var tenantKeyType: SQLType {
        for table in target.tables {
            if case .tenantRoot(let column) = table.tenancy, let key = table.column(named: column) { return key.type }
        }
        return .text
    }

    /// The condition under which the app role sees a row of `table` (nil: shared table).
    func tenantPolicy(_ table: TableDescription) throws -> String? {
        let tenant = "\"{{schema}}\".current_tenant()"
        switch table.tenancy {
        case .global: return nil
        case .tenantRoot(let column), .owned(let column), .optionallyOwned(let column):
            return "(\(SQLText.identifier(table.name)).\(SQLText.identifier(column)) = \(tenant))"
        case .inherited(let column):
            guard let key = table.foreignKey(on: column) else {
                throw PostgresMigrationError.unsupportedSchema("\(table.name) inherits tenancy through \(column), which is no foreign key")
            }
            return "(EXISTS (SELECT 1 FROM \(Self.table(key.table)) AS parent_row WHERE parent_row.\(SQLText.identifier(key.referencedColumn))"
                + " = \(SQLText.identifier(table.name)).\(SQLText.identifier(column))))"
        }
    }

    /// `0003_row_level_security.sql`: the app role, its grants, the tenant setting and one
    /// policy per tenant-owned table. Inherited tenancy reads the parent under the parent's
    /// own policy, so isolation follows the foreign keys.
    func rowLevelSecurity() throws -> String {
        var out = header + """

        DO $migration$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{{app_role}}') THEN
                CREATE ROLE "{{app_role}}" NOLOGIN NOSUPERUSER NOBYPASSRLS;
            END IF;
            IF NOT pg_has_role(current_user, '{{app_role}}', 'MEMBER') THEN
                EXECUTE 'GRANT "{{app_role}}" TO ' || quote_ident(current_user);
            END IF;
        END
        $migration$;

        GRANT USAGE ON SCHEMA "{{schema}}" TO "{{app_role}}";
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{{schema}}" TO "{{app_role}}";
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "{{schema}}" TO "{{app_role}}";

        -- The tenant of the current transaction: SELECT set_config('app.current_tenant', '<key>', true).
        CREATE OR REPLACE FUNCTION "{{schema}}".current_tenant() RETURNS \(tenantKeyType.ddl)
            LANGUAGE sql STABLE
            AS $function$ SELECT nullif(current_setting('app.current_tenant', true), '')::\(tenantKeyType.ddl) $function$;
        GRANT EXECUTE ON FUNCTION "{{schema}}".current_tenant() TO "{{app_role}}";

        """
        for table in target.tables {
            guard let policy = try tenantPolicy(table) else { continue }
            out += "\nALTER TABLE \(Self.table(table.name)) ENABLE ROW LEVEL SECURITY;\n"
            out += "DO $migration$\nBEGIN\n"
            out += "    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = '{{schema}}' AND tablename = \(SQLText.literal(table.name)) AND policyname = 'tenant_isolation') THEN\n"
            out += "        CREATE POLICY tenant_isolation ON \(Self.table(table.name)) USING \(policy) WITH CHECK \(policy);\n"
            out += "    END IF;\nEND\n$migration$;\n"
        }
        return out
    }
}

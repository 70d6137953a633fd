import AgencyCore

/// Column access on a type-erased row.
enum ErasedRow {
    static func value(_ row: any Model, _ column: String) -> SQLValue { open(row, column) }

    static func key(_ row: any Model) -> SQLValue { openKey(row) }

    static func table(_ row: any Model) -> String { type(of: row).tableDescription.name }

    private static func open<M: Model>(_ row: M, _ column: String) -> SQLValue { M.schema.value(column, in: row) }

    private static func openKey<M: Model>(_ row: M) -> SQLValue { M.schema.primaryKeyValue(of: row) }
}

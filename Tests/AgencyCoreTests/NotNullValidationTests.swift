import Foundation
import Testing
import AgencyCore

@Suite("Validation: NOT NULL")
struct NotNullValidationTests {
    @Test("nullability is the optionality of the property")
    func nullability() {
        let table = Account.tableDescription
        #expect(table.column(named: "handle")?.isNullable == false)
        #expect(table.column(named: "price")?.isNullable == true)
        #expect(table.column(named: "settings")?.isNullable == true)
        #expect(table.column(named: "document")?.isNullable == false)
        #expect(table.column(named: "required")?.isNullable == false)
    }

    @Test("a non-nullable column reading NULL is one not_null violation")
    func notNull() throws {
        let row = Account(required: Nullish(nil))
        let violation = try #require(row.violations.first)
        #expect(row.violations.count == 1)
        #expect(violation.kind == .notNull && violation.rule == "not_null" && violation.columns == ["required"])
        #expect(violation.value == "NULL")
        #expect(violation.message == "required must not be null")
    }

    @Test("a NULL passes every column rule of a nullable column")
    func nullPassesRules() {
        #expect(Account().violations.isEmpty)
        let column = ColumnDescription(name: "n", type: .integer, isNullable: false, rules: [.range(min: .int(1), max: nil)])
        #expect(Account.schema.violations(of: .null, in: column).map(\.kind) == [.notNull])
    }

    @Test("JSON-typed columns: nil is SQL NULL, JSON null is a value")
    func jsonColumns() throws {
        let schema = Account.schema
        let empty = Account()
        #expect(schema.value("settings", in: empty) == .null)
        #expect(schema.value("document", in: Account(document: .null)) == .json(.null))
        #expect(Account(meta: .null, settings: Settings(theme: "dark"), document: .null).violations.isEmpty)
        #expect(schema.value("settings", in: Account(settings: Settings(theme: "dark", limit: 3))) ==
            .json(["theme": "dark", "limit": 3]))

        var row = empty
        let settings = try #require(schema.column(named: "settings"))
        try settings.setValue(.json(["theme": "light"]), in: &row)
        #expect(row.settings == Settings(theme: "light"))
        try settings.setValue(.null, in: &row)
        #expect(row.settings == nil)
        #expect(throws: SQLValueConversionError.self) { try settings.setValue(.text("x"), in: &row) }
        #expect(throws: DecodingError.self) { try settings.setValue(.json(["theme": 1]), in: &row) }
    }
}

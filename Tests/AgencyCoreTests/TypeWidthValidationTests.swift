import Foundation
import Testing
import AgencyCore

@Suite("Validation: type widths")
struct TypeWidthValidationTests {
    @Test("varchar length counts Unicode scalars", arguments: [
        ("héllo", true), ("he\u{301}llo", false), ("abcde", true), ("abcdef", false), ("\u{1F44D}\u{1F3FD}\u{1F44D}", true),
        ("\u{1F44D}\u{1F3FD}\u{1F44D}\u{1F3FD}\u{1F44D}\u{1F3FD}", false),
    ])
    func varcharLength(_ handle: String, _ valid: Bool) {
        let row = Account(handle: handle)
        #expect(row.isValid == valid, "\(row.violations)")
        if !valid {
            #expect(brokenRules(row) == ["handle:max_length(5)"])
            #expect(row.violations.first?.kind == .maxLength)
        }
    }

    @Test("array elements are held to their varchar length")
    func arrayElementLength() {
        #expect(brokenRules(Account(aliases: ["a", "bb"])) == [])
        #expect(brokenRules(Account(aliases: ["a", "ccccc"])) == ["aliases:max_length(4)"])
    }

    @Test("integers must fit their column type", arguments: [
        ("seats", Int.max), ("small", 32_768), ("small", -32_769), ("seats", Int(Int32.min) - 1),
    ])
    func integerWidth(_ column: String, _ value: Int) {
        var row = Account()
        if column == "seats" { row.seats = value } else { row.small = value }
        let violation = row.violations.first { $0.rule == "integer_width" }
        #expect(violation?.columns == [column])
        #expect(violation?.kind == .outOfRange)
        #expect(violation?.value == String(value))
    }

    @Test("integers at the edges of their type are accepted")
    func integerEdges() {
        for row in [Account(seats: 10, small: 32_767, big: Int.max), Account(seats: 10, small: -32_768, big: Int.min)] {
            #expect(row.violations.filter { $0.kind == .outOfRange }.isEmpty)
        }
        #expect(brokenRules(Account(small: 32_767)) == ["seats,small:seat_budget"])
    }

    @Test("numeric values must fit precision and scale", arguments: [
        ("123.45", nil), ("-999.99", nil), ("0.5", nil), ("0", nil), ("1234.5", "numeric_precision"),
        ("1000", "numeric_precision"), ("1.234", "numeric_scale"), ("-0.001", "numeric_scale"),
    ])
    func numericPrecision(_ text: String, _ rule: String?) {
        let row = Account(price: SQLNumeric(text))
        #expect(row.violations.filter { $0.kind == .outOfRange }.map(\.rule) == (rule.map { [$0] } ?? []))
    }
}

import Foundation
import Testing
import AgencyCore

@Suite("Validation: column rules")
struct ColumnRuleValidationTests {
    @Test("range: inclusive bounds, across number kinds", arguments: [
        (0, ["seats:range"]), (1, []), (10, []), (11, ["seats:range"]),
    ])
    func integerRange(_ seats: Int, _ broken: [String]) {
        #expect(brokenRules(Account(seats: seats)) == broken)
    }

    @Test("range on doubles and numerics", arguments: [
        (Double?.some(0), String?.none, [String]()), (1, nil, []), (1.0000001, nil, ["confidence:range"]),
        (-0.1, nil, ["confidence:range"]), (.nan, nil, ["confidence:range"]), (nil, "-0.01", ["price:range"]),
        (nil, "0.00", []),
    ])
    func fractionalRange(_ confidence: Double?, _ price: String?, _ broken: [String]) {
        let row = Account(price: price.flatMap { SQLNumeric($0) }, confidence: confidence)
        #expect(brokenRules(row) == broken)
    }

    @Test("range messages name the bound")
    func rangeMessages() {
        #expect(Account(seats: 0).violations.first?.message == "seats = 0 is below the minimum 1")
        #expect(Account(seats: 11).violations.first?.message == "seats = 11 is above the maximum 10")
    }

    @Test("oneOf, and the enum's own allowed values")
    func allowedValues() {
        #expect(brokenRules(Account(plan: "pro")) == [])
        #expect(brokenRules(Account(plan: "Pro")) == ["plan:one_of"])
        #expect(Account.tableDescription.column(named: "shade")?.rules == [.oneOf(["red", "green", "blue"])])
        #expect(Account.tableDescription.column(named: "shades")?.rules == [.eachOneOf(["red", "green", "blue"])])
        #expect(Account(shades: [.red, .blue]).isValid)
        #expect(brokenRules(Account(aliases: ["a", "zz"])) == ["aliases:each_one_of"])
        #expect(Account(plan: "gold").violations.first?.kind == .allowedValues)
    }

    @Test("maxLength counts Unicode scalars; nonEmpty ignores white space", arguments: [
        (String?.some("abc"), "ada", [String]()), ("abcd", "ada", ["nickname:max_length(3)"]),
        ("e\u{301}e", "ada", []), ("e\u{301}e\u{301}", "ada", ["nickname:max_length(3)"]),
        (nil, "", ["handle:non_empty"]), (nil, " \n\t", ["handle:non_empty"]), (nil, " a ", []),
    ])
    func lengthAndEmptiness(_ nickname: String?, _ handle: String, _ broken: [String]) {
        #expect(brokenRules(Account(handle: handle, nickname: nickname)) == broken)
    }

    @Test("every format rule is checked in Swift only")
    func formatRulesAreSwiftOnly() {
        #expect(!ColumnRule.format(.email).isDatabaseEnforced)
        #expect(ColumnRule.maxLength(3).isDatabaseEnforced && ColumnRule.percentage.isDatabaseEnforced)
        #expect(ColumnRule.format(.e164Phone).name == "format(e164Phone)")
    }
}

import Foundation
import Testing
import AgencyCore

@Suite("Validation: reporting")
struct ViolationReportingTests {
    static let bad = Account(
        handle: "", seats: 0, small: 40_000, price: SQLNumeric("1.234"), confidence: 2, plan: "gold", nickname: "long",
        email: "nope", website: "ftp://x.com", domain: "-x.com", phone: "123", timezone: "Mars/Base",
        aliases: ["zz"], required: Nullish(nil), startsOn: LocalDate(daysSinceEpoch: 5), endsOn: LocalDate(daysSinceEpoch: 1))

    @Test("every violation is reported, in column order then check order")
    func everyViolation() throws {
        #expect(brokenRules(Self.bad) == [
            "handle:non_empty", "seats:range", "small:integer_width", "price:numeric_scale", "confidence:range",
            "plan:one_of", "nickname:max_length(3)", "email:format(email)", "website:format(url)",
            "domain:format(domain)", "phone:format(e164Phone)", "timezone:format(timeZone)", "aliases:each_one_of",
            "required:not_null", "ends_on,starts_on:valid_period", "seats,small:seat_budget",
        ])
        #expect(!Self.bad.isValid)
    }

    @Test("validate() throws one error listing them all")
    func validateThrows() throws {
        #expect(throws: Never.self) { try Account().validate() }
        do {
            try Self.bad.validate()
            Issue.record("validated an invalid row")
        } catch let error as ValidationError {
            #expect(error.table == "accounts")
            #expect(error.violations == Self.bad.violations)
            #expect(error.description.hasPrefix("invalid accounts row (16 violations):\n  - accounts.handle: "))
            #expect(error.description.split(separator: "\n").count == 17)
        }
        #expect(throws: ValidationError.self) { try Account.schema.validate(Self.bad) }
    }

    @Test("a violation shows the offending value")
    func offendingValue() {
        let violation = Account(email: "nope").violations.first
        #expect(violation?.value == "nope" && violation?.table == "accounts")
        #expect(violation?.description == "accounts.email: email = nope is not a valid email")
    }
}

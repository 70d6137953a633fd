import Foundation
import Testing
import AgencyCore

@Suite("Validation: secrets")
struct SecretRedactionTests {
    static let secrets = ["not-a-phone-key", "99999", "12.345", "+0000", "-5", "100"]

    @Test("a secret value never appears in a violation's value or message", arguments: [
        Account(apiKey: "not-a-phone-key"), Account(apiKey: "+0000"), Account(pin: 99_999), Account(pin: -5),
        Account(secretAmount: SQLNumeric("12.345")), Account(secretAmount: SQLNumeric("100")),
    ])
    func redacted(_ row: Account) {
        let violations = row.violations
        #expect(!violations.isEmpty)
        for violation in violations {
            #expect(violation.value == nil)
            for secret in Self.secrets {
                #expect(!violation.message.contains(secret), "\(violation.message)")
                #expect(!violation.description.contains(secret))
            }
        }
        let error = ValidationError(table: "accounts", violations: violations)
        for secret in Self.secrets { #expect(!error.description.contains(secret)) }
        #expect(Account.tableDescription.column(named: "api_key")?.isSecret == true)
    }

    @Test("secrets in a text array are not shown either")
    func arraySecrets() {
        let column = ColumnDescription(name: "codes", type: .array(.text), isNullable: false,
                                       rules: [.eachOneOf(["a"]), .format(.email)], isSecret: true)
        let violations = Account.schema.violations(of: .array([.text("hunter2")]), in: column)
        #expect(violations.count == 2)
        #expect(violations.allSatisfy { $0.value == nil && !$0.message.contains("hunter2") })
    }
}

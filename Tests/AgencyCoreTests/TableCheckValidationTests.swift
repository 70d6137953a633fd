import Foundation
import Testing
import AgencyCore

@Suite("Validation: table checks")
struct TableCheckValidationTests {
    @Test("a check passes when unknown and fails only when false", arguments: [
        (Int?.some(0), Int?.some(1), true), (0, 0, true), (1, 0, false), (nil, 0, true), (0, nil, true), (nil, nil, true),
    ])
    func threeValuedCheck(_ starts: Int?, _ ends: Int?, _ valid: Bool) {
        let row = Account(startsOn: starts.map { LocalDate(daysSinceEpoch: $0) }, endsOn: ends.map { LocalDate(daysSinceEpoch: $0) })
        #expect(row.isValid == valid)
        if !valid {
            let violation = row.violations.first
            #expect(violation?.kind == .check && violation?.rule == "valid_period")
            #expect(violation?.columns == ["ends_on", "starts_on"])
            #expect(violation?.value == nil && violation?.message == "ends_on must not be before starts_on")
        }
    }

    @Test("checks over sums")
    func sumCheck() {
        #expect(Account(seats: 10, small: 90).isValid)
        #expect(brokenRules(Account(seats: 10, small: 91)) == ["seats,small:seat_budget"])
    }

    @Test("a check naming an unknown column is itself reported")
    func brokenCheck() {
        let violations = BrokenCheck(id: .unassigned).violations
        #expect(violations.map(\.rule) == ["ghost_positive"])
        #expect(violations.first?.message == "check ghost_positive names an unknown column")
    }
}

import Testing
import AgencyCore
import Avenir

/// Every CHECK of the seed (and every rule AgencyKit adds), once passing and once failing.
@Suite("Avenir CHECK constraints")
struct CheckConstraintTests {
    struct EnumCheck: Sendable, CustomStringConvertible {
        let table: String
        let column: String
        let allowed: [String]
        var description: String { "\(table).\(column)" }
    }

    static let enumChecks = [
        EnumCheck(table: "clients", column: "language", allowed: ["en", "fr"]),
        EnumCheck(table: "clients", column: "email_tone", allowed: ["Friendly", "Professional", "Formal", "Energetic"]),
        EnumCheck(table: "clients", column: "followup_speed", allowed: ["Instant", "Within 1 hour", "Same day"]),
        EnumCheck(table: "lead_actions", column: "action_type", allowed: ["insert", "update", "tag", "archive", "delete", "revert"]),
        EnumCheck(table: "prospect_outreach_log", column: "status", allowed: ["sent", "opened", "replied", "ignored"]),
        EnumCheck(table: "lead_memory", column: "current_tag", allowed: ["Active", "Follow-Up", "Converted", "Archived", "Deleted"]),
        EnumCheck(table: "lead_actions", column: "tag", allowed: ["Active", "Follow-Up", "Converted", "Archived", "Deleted"]),
    ]

    @Test("IN (…) checks: the column carries exactly the seed's values", arguments: enumChecks)
    func enumRule(_ check: EnumCheck) throws {
        let column = try #require(AvenirSchema.target.table(named: check.table)?.column(named: check.column))
        #expect(column.rules.first == .oneOf(check.allowed))
    }

    @Test("IN (…) checks: every allowed value passes, another fails with the typed error", arguments: enumChecks)
    func enumValues(_ check: EnumCheck) throws {
        try exercise(Tables.model(check.table), check)
    }

    private func exercise<M: Model>(_ type: M.Type, _ check: EnumCheck) throws {
        for value in check.allowed {
            var changes: [String: JSONValue] = [check.column: .string(value)]
            if check.table == "lead_actions" { changes["conversion_outcome"] = .bool(check.column == "tag" && value == "Converted") }
            if check.table == "lead_actions", check.column == "action_type" { changes["tag"] = "Active" }
            if check.table == "prospect_outreach_log" { changes["opened_at"] = .null }
            let row = try Fixtures.row(M.self, changing: changes)
            #expect(row.violations.isEmpty, "\(check): \(value) — \(row.violations)")
        }
        #expect(throws: UnknownEnumValueError.self, "\(check) rejects a value outside the list") {
            try Fixtures.row(M.self, changing: [check.column: "not-a-value"])
        }
        #expect(throws: UnknownEnumValueError.self, "\(check) is case-sensitive") {
            try Fixtures.row(M.self, changing: [check.column: .string(check.allowed[0].uppercased() + "x")])
        }
    }

    struct RangeCheck: Sendable, CustomStringConvertible {
        let table: String
        let column: String
        let passing: [JSONValue]
        let failing: [JSONValue]
        var description: String { "\(table).\(column)" }
    }

    static let rangeChecks = [
        RangeCheck(table: "lead_memory", column: "confidence_score", passing: [0, 1, 0.5], failing: [-0.01, 1.01]),
        RangeCheck(table: "growth_brain", column: "confidence", passing: [0, 1, 0.78], failing: [-0.01, 1.01]),
        RangeCheck(table: "prospect_candidates", column: "response_score", passing: [0, 100], failing: [-0.01, 100.01]),
        RangeCheck(table: "prospect_candidates", column: "automation_need_score", passing: [0, 100], failing: [-0.01, 100.01]),
    ]

    @Test("range checks pass at their bounds and fail just outside", arguments: rangeChecks)
    func ranges(_ check: RangeCheck) throws {
        try exercise(Tables.model(check.table), check)
    }

    private func exercise<M: Model>(_ type: M.Type, _ check: RangeCheck) throws {
        for value in check.passing {
            let row = try Fixtures.row(M.self, changing: changes(check, value))
            #expect(row.violations.isEmpty, "\(check) = \(value): \(row.violations)")
        }
        for value in check.failing {
            var failing = changes(check, value)
            for key in failing.keys where key != check.column { failing[key] = .null }
            let row = try Fixtures.row(M.self, changing: failing)
            #expect(row.violations.map(\.columns) == [[check.column]], "\(check) = \(value)")
            #expect(row.violations.first?.kind == .range)
        }
    }

    /// The value, with the inverse score adjusted so the prospect's inverse rule holds.
    private func changes(_ check: RangeCheck, _ value: JSONValue) -> [String: JSONValue] {
        guard check.table == "prospect_candidates", case .number(let number) = value else { return [check.column: value] }
        let other = check.column == "response_score" ? "automation_need_score" : "response_score"
        return [check.column: value, other: .number(100 - number)]
    }

    @Test("numeric(3,2) refuses a third decimal and numeric(5,2) a fourth integer digit")
    func numericWidth() throws {
        let lead = try Fixtures.row(LeadMemory.self, changing: ["confidence_score": 0.925])
        #expect(lead.violations.map(\.rule) == ["numeric_scale"])
        let prospect = try Fixtures.row(ProspectCandidate.self, changing: ["response_score": 1000, "automation_need_score": -900])
        #expect(prospect.violations.contains { $0.rule == "numeric_precision" })
    }

    @Test("lead_actions: conversion_outcome is true exactly for a tag action to Converted")
    func conversionOutcome() throws {
        let rule = "lead_actions_conversion_outcome"
        let passing: [[String: JSONValue]] = [
            ["action_type": "tag", "tag": "Converted", "conversion_outcome": true],
            ["action_type": "tag", "tag": "Follow-Up", "conversion_outcome": false],
            ["action_type": "revert", "tag": "Active", "conversion_outcome": false, "reversion_reason": "by accident"],
            ["action_type": "insert", "tag": .null, "conversion_outcome": false],
        ]
        for changes in passing {
            #expect(try Fixtures.row(LeadAction.self, changing: changes).violations.isEmpty, "\(changes)")
        }
        let failing: [[String: JSONValue]] = [
            ["action_type": "tag", "tag": "Converted", "conversion_outcome": false],
            ["action_type": "tag", "tag": "Active", "conversion_outcome": true],
            ["action_type": "insert", "tag": "Converted", "conversion_outcome": true],
            ["action_type": "tag", "tag": .null, "conversion_outcome": true],
        ]
        for changes in failing {
            #expect(try Fixtures.row(LeadAction.self, changing: changes).violations.map(\.rule) == [rule], "\(changes)")
        }
    }

    @Test("lead_actions: only a revert carries a reversion_reason")
    func reversionReason() throws {
        let revert = try Fixtures.row(LeadAction.self, changing: [
            "action_type": "revert", "tag": "Active", "conversion_outcome": false, "reversion_reason": "Placed in converted by accident"])
        #expect(revert.violations.isEmpty)
        let tagged = try Fixtures.row(LeadAction.self, changing: ["reversion_reason": "why"])
        #expect(tagged.violations.map(\.rule) == ["lead_actions_reversion_reason"])
    }

    @Test("prospect_candidates: automation need is 100 − response")
    func inverseScores() throws {
        #expect(try Fixtures.row(ProspectCandidate.self).violations.isEmpty)
        #expect(try Fixtures.row(ProspectCandidate.self, changing: ["response_score": .null, "automation_need_score": .null]).violations.isEmpty)
        let broken = try Fixtures.row(ProspectCandidate.self, changing: ["automation_need_score": 70])
        #expect(broken.violations.map(\.rule) == ["prospect_candidates_need_is_inverse"])
    }

    @Test("prospect_outreach_log: opened_at only past sent, replied_at only when replied")
    func outreachTimes() throws {
        let replied = try Fixtures.row(ProspectOutreachLog.self, changing: ["status": "replied", "replied_at": "2025-10-18T09:00:00+00:00"])
        #expect(replied.violations.isEmpty)
        let sentButOpened = try Fixtures.row(ProspectOutreachLog.self, changing: ["status": "sent"])
        #expect(sentButOpened.violations.map(\.rule) == ["prospect_outreach_log_opened_at"])
        let openedButReplied = try Fixtures.row(ProspectOutreachLog.self, changing: ["replied_at": "2025-10-18T09:00:00+00:00"])
        #expect(openedButReplied.violations.map(\.rule) == ["prospect_outreach_log_replied_at"])
    }

    @Test("clients: only the internal client id may be internal")
    func internalClient() throws {
        let internalRow = try Fixtures.row(Client.self, changing: ["client_id": "00000000-0000-0000-0000-000000000001", "is_internal": true])
        #expect(internalRow.violations.isEmpty)
        let impostor = try Fixtures.row(Client.self, changing: ["is_internal": true])
        #expect(impostor.violations.map(\.rule) == ["clients_internal_client"])
    }

    @Test("clients.email must be an email address (validation only)")
    func clientEmail() throws {
        let broken = try Fixtures.row(Client.self, changing: ["email": "not an email"])
        #expect(broken.violations.map(\.rule) == ["format(email)"])
        #expect(Client.tableDescription.column(named: "email")?.rules.allSatisfy { !$0.isDatabaseEnforced } == true)
    }

    @Test("api_key_rotation_log keeps at most four characters and a reason")
    func rotationLog() throws {
        #expect(try Fixtures.row(APIKeyRotationLog.self, changing: ["old_key_last_four": "a9"]).violations.isEmpty)
        let long = try Fixtures.row(APIKeyRotationLog.self, changing: ["old_key_last_four": "7f1e0"])
        #expect(long.violations.map(\.rule) == ["max_length(4)"])
        let blank = try Fixtures.row(APIKeyRotationLog.self, changing: ["reason": "  "])
        #expect(blank.violations.map(\.rule) == ["non_empty"])
    }
}

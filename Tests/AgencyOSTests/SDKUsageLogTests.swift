import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct SDKUsageLogRowTests {
    @Test func fixtureRoundTripsLosslessly() throws {
        try ResourceFixtures.checkRoundTrip(SDKUsageLog.self)
        try ResourceFixtures.checkNullability(SDKUsageLog.self)
    }

    @Test func rules() throws {
        let log = try ResourceFixtures.row(SDKUsageLog.self)
        let failing: [(String, (inout SDKUsageLog) -> Void)] = [
            ("non_empty@agent_type", { $0.agentType = "" }),
            ("max_length(50)@agent_type", { $0.agentType = String(repeating: "a", count: 51) }),
            ("non_empty@model_used", { $0.modelUsed = "  " }),
            ("max_length(100)@model_used", { $0.modelUsed = String(repeating: "m", count: 101) }),
            ("range@input_tokens", { $0.inputTokens = -1 }),
            ("range@output_tokens", { $0.outputTokens = -1 }),
            ("range@cached_tokens", { $0.cachedTokens = -1 }),
            ("range@cost_aud", { $0.costAud = -1 }),
            ("numeric_scale@cost_aud", { $0.costAud = SQLNumeric(Decimal(1) / Decimal(10_000_000)) }),
            ("numeric_precision@cost_aud", { $0.costAud = 10_000 }),
            ("range@turns_used", { $0.turnsUsed = -1 }),
            ("range@duration_ms", { $0.durationMs = -1 }),
            ("max_length(100)@output_schema", { $0.outputSchema = String(repeating: "o", count: 101) }),
        ]
        let passing: [(String, (inout SDKUsageLog) -> Void)] = [
            ("failed run", { $0.success = false; $0.errorMessage = "rate limited" }),
            ("largest cost", { $0.costAud = SQLNumeric(Decimal(9_999_999_999) / Decimal(1_000_000)) }),
        ]
        ResourceFixtures.checkRules(log, failing: failing, passing: passing)
    }

    @Test func schema() {
        let table = SDKUsageLog.tableDescription
        #expect(table.timestamps == .createdOnly)
        #expect(table.softDelete == .timestamp(column: "deleted_at"))
        #expect(table.foreignKey(on: "lead_id")?.onDelete == .setNull)
        #expect(table.foreignKey(on: "user_id")?.table == "users")
        #expect(table.column(named: "tool_calls")?.isNullable == false)
    }

    @Test func defaults() {
        let log = SDKUsageLog(clientId: .unassigned, agentType: "email", modelUsed: "claude-sonnet-4-20250514")
        #expect(log.turnsUsed == 1 && log.success && log.toolCalls.isEmpty && log.costAud == 0)
    }
}

@Suite struct SDKUsageLogTokenTests {
    func log(input: Int, output: Int, cached: Int) -> SDKUsageLog {
        SDKUsageLog(clientId: .unassigned, agentType: "email", modelUsed: "m", inputTokens: input, outputTokens: output,
                    cachedTokens: cached)
    }

    @Test func totalTokensExcludeCached() {
        #expect(log(input: 12_840, output: 1_935, cached: 9_600).totalTokens == 14_775)
        #expect(log(input: Int.max, output: 1, cached: 0).totalTokens == Int.max)
    }

    @Test func cacheHitRateIsAPercentageOfInput() {
        #expect(log(input: 12_800, output: 0, cached: 9_600).cacheHitRate == 75)
        #expect(log(input: 0, output: 10, cached: 5).cacheHitRate == 0)
        #expect(log(input: 100, output: 0, cached: 0).cacheHitRate == 0)
    }
}

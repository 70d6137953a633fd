import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct LinkedInSeatRowTests {
    @Test func fixtureRoundTripsLosslessly() throws {
        try ResourceFixtures.checkRoundTrip(LinkedInSeat.self)
        try ResourceFixtures.checkNullability(LinkedInSeat.self)
    }

    @Test func rules() throws {
        let seat = try ResourceFixtures.row(LinkedInSeat.self)
        let failing: [(String, (inout LinkedInSeat) -> Void)] = [
            ("max_length(255)@unipile_account_id", { $0.unipileAccountId = String(repeating: "u", count: 256) }),
            ("format(email)@account_email", { $0.accountEmail = "sarah chen@sparro.com.au" }),
            ("format(url)@profile_url", { $0.profileUrl = "ftp://linkedin.com/in/x" }),
            ("range@daily_limit_override", { $0.dailyLimitOverride = -5 }),
            ("range@accept_rate_7d", { $0.acceptRate7d = SQLNumeric("1.5") }),
            ("numeric_scale@accept_rate_30d", { $0.acceptRate30d = SQLNumeric("0.12345") }),
            ("range@pending_count", { $0.pendingCount = -1 }),
            ("restricted_seat_has_restricted_at@restricted_at,status", { $0.status = .restricted }),
            ("warmup_completed_after_activated@activated_at,warmup_completed_at", {
                $0.warmupCompletedAt = $0.activatedAt?.adding(days: -1)
            }),
        ]
        let passing: [(String, (inout LinkedInSeat) -> Void)] = [
            ("restricted with time", { $0.status = .restricted; $0.restrictedAt = $0.activatedAt }),
            ("rates at bounds", { $0.acceptRate7d = 0; $0.acceptRate30d = 1 }),
            ("warm-up done", { $0.warmupCompletedAt = $0.activatedAt?.adding(days: 14); $0.status = .active }),
        ]
        ResourceFixtures.checkRules(seat, failing: failing, passing: passing)
    }

    @Test func schema() throws {
        let table = LinkedInSeat.tableDescription
        #expect(table.tenancy == .owned(column: "client_id"))
        #expect(table.foreignKey(on: "resource_id")?.table == "client_resources")
        #expect(table.foreignKey(on: "persona_id")?.table == "client_personas")
        #expect(table.column(named: "status")?.rules.first == .oneOf(LinkedInSeatStatus.allRawValues))
        var object = try ResourceFixtures.object(LinkedInSeat.self)
        object["status"] = "suspended"
        #expect(throws: UnknownEnumValueError.self) { try ResourceFixtures.decode(LinkedInSeat.self, from: object) }
    }
}

@Suite struct LinkedInSeatDailyLimitTests {
    let activated: Timestamp

    init() throws { activated = try ResourceFixtures.time(2026, 1, 19, 22, 5, 40) }

    func seat(status: LinkedInSeatStatus = .warmup, activated: Timestamp?, override: Int? = nil) -> LinkedInSeat {
        LinkedInSeat(clientId: .unassigned, status: status, activatedAt: activated, dailyLimitOverride: override)
    }

    @Test func warmupScheduleByDay() {
        let seat = seat(activated: activated)
        let justBefore: Int64 = -1
        let expectations: [(days: Int, offset: Int64, day: Int, limit: Int)] = [
            (0, 0, 1, 5), (3, justBefore, 3, 5), (3, 0, 4, 10), (7, justBefore, 7, 10), (7, 0, 8, 15),
            (11, justBefore, 11, 15), (11, 0, 12, 20), (998, 0, 999, 20), (2000, 0, 2001, 20),
        ]
        for (days, offset, day, limit) in expectations {
            let now = activated.adding(days: days).adding(microseconds: offset)
            #expect(seat.daysActive(now: now) == day, "after \(days) days \(offset) µs")
            #expect(seat.dailyLimit(now: now) == limit, "day \(day)")
        }
    }

    @Test func inactiveSeatsSendNothing() {
        #expect(seat(activated: nil).daysActive(now: activated) == 0)
        #expect(seat(activated: nil).dailyLimit(now: activated) == 0)
        #expect(seat(status: .restricted, activated: activated).dailyLimit(now: activated.adding(days: 30)) == 0)
    }

    @Test func futureActivationCountsAsDayOne() {
        let seat = seat(activated: activated.adding(days: 2))
        #expect(seat.daysActive(now: activated) == 1)
        #expect(seat.dailyLimit(now: activated) == 5)
    }

    @Test func overrideWins() {
        #expect(seat(activated: nil, override: 7).dailyLimit(now: activated) == 7)
        #expect(seat(status: .restricted, activated: activated, override: 3).dailyLimit(now: activated) == 3)
        #expect(seat(activated: activated, override: 0).dailyLimit(now: activated.adding(days: 20)) == 0)
    }

    @Test func scheduleIsTheReference() {
        #expect(LinkedInSeat.warmupSchedule == [
            WarmupStep(firstDay: 1, lastDay: 3, dailyLimit: 5), WarmupStep(firstDay: 4, lastDay: 7, dailyLimit: 10),
            WarmupStep(firstDay: 8, lastDay: 11, dailyLimit: 15), WarmupStep(firstDay: 12, lastDay: nil, dailyLimit: 20),
        ])
        #expect(LinkedInSeat.warmupSchedule.dailyLimit(onDay: 0) == nil)
    }

    @Test func activeStates() {
        for status in LinkedInSeatStatus.allCases {
            #expect(seat(status: status, activated: activated).isActive == (status == .warmup || status == .active))
        }
    }
}

@Suite struct LinkedInSeatHealthTests {
    func seat(rate: String?) -> LinkedInSeat {
        LinkedInSeat(clientId: .unassigned, acceptRate7d: rate.flatMap(SQLNumeric.init))
    }

    @Test func healthyAndCriticalBoundaries() {
        #expect(seat(rate: nil).isHealthy && !seat(rate: nil).isCritical)
        #expect(seat(rate: "0.30").isHealthy)
        #expect(!seat(rate: "0.2999").isHealthy && !seat(rate: "0.2999").isCritical)
        #expect(!seat(rate: "0.20").isCritical && !seat(rate: "0.20").isHealthy)
        #expect(seat(rate: "0.1999").isCritical)
    }

    @Test func healthReduction() {
        var critical = seat(rate: "0.15")
        critical.applyHealthReduction()
        #expect(critical.dailyLimitOverride == 10)
        var unhealthy = seat(rate: "0.25")
        unhealthy.applyHealthReduction()
        #expect(unhealthy.dailyLimitOverride == 15)
        var healthy = seat(rate: "0.30")
        healthy.dailyLimitOverride = 15
        healthy.applyHealthReduction()
        #expect(healthy.dailyLimitOverride == nil)
        var unknown = seat(rate: nil)
        unknown.dailyLimitOverride = 10
        unknown.applyHealthReduction()
        #expect(unknown.dailyLimitOverride == nil)
    }
}

@Suite struct LinkedInSeatLifecycleTests {
    @Test func markConnectedStartsWarmup() throws {
        let now = try ResourceFixtures.time(2026, 1, 20, 8)
        var seat = LinkedInSeat(clientId: .unassigned, profileUrl: "https://www.linkedin.com/in/old",
                                status: .awaiting2FA, pendingConnectionId: "flow_123")
        seat.markConnected(unipileAccountId: "upl_acc_1", accountEmail: "sam@sparro.com.au", accountName: "Sam Lee", now: now)
        #expect(seat.unipileAccountId == "upl_acc_1" && seat.accountEmail == "sam@sparro.com.au" && seat.accountName == "Sam Lee")
        #expect(seat.profileUrl == nil)
        #expect(seat.status == .warmup)
        #expect(seat.activatedAt == now)
        #expect(seat.pendingConnectionId == nil)
        #expect(seat.dailyLimit(now: now) == 5)
        #expect(seat.isValid)
    }

    @Test func markRestrictedStopsSending() throws {
        let now = try ResourceFixtures.time(2026, 1, 25)
        var seat = try ResourceFixtures.row(LinkedInSeat.self)
        seat.markRestricted(reason: "Unusual activity detected", now: now)
        #expect(seat.status == .restricted)
        #expect(seat.restrictedAt == now)
        #expect(seat.restrictedReason == "Unusual activity detected")
        #expect(seat.dailyLimitOverride == 0)
        #expect(seat.dailyLimit(now: now) == 0)
        #expect(!seat.isActive)
        #expect(seat.isValid)
    }
}

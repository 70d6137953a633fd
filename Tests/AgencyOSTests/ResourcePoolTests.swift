import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct ResourcePoolRowTests {
    @Test func fixtureRoundTripsLosslessly() throws {
        try ResourceFixtures.checkRoundTrip(ResourcePool.self)
        try ResourceFixtures.checkRoundTrip(ClientResource.self)
    }

    @Test func nullabilityMatchesTheSchema() throws {
        try ResourceFixtures.checkNullability(ResourcePool.self)
        try ResourceFixtures.checkNullability(ClientResource.self)
    }

    @Test func fixtureValues() throws {
        let pool = try ResourceFixtures.row(ResourcePool.self)
        #expect(pool.resourceType == .emailDomain)
        #expect(pool.status == .assigned)
        #expect(pool.bounceRate == SQLNumeric("0.0123"))
        #expect(pool.complaintRate == 0)
        #expect(pool.providerMetadata?["region"] == "au")
        #expect(pool.healthCheckedAt == Timestamp(microsecondsSinceEpoch: 1_769_148_000_000_123))
    }

    @Test func poolRules() throws {
        let pool = try ResourceFixtures.row(ResourcePool.self)
        let failing: [(String, (inout ResourcePool) -> Void)] = [
            ("non_empty@resource_value", { $0.resourceValue = " " }),
            ("range@max_clients", { $0.maxClients = 0; $0.currentClients = 0 }),
            ("range@current_clients", { $0.currentClients = -1 }),
            ("range@reputation_score", { $0.reputationScore = 101 }),
            ("range@reputation_score", { $0.reputationScore = -1 }),
            ("range@sends_30d", { $0.sends30d = -1 }),
            ("range@bounces_30d", { $0.bounces30d = -1 }),
            ("range@complaints_30d", { $0.complaints30d = -1 }),
            ("integer_width@sends_30d", { $0.sends30d = Int(Int32.max) + 1 }),
            ("range@bounce_rate", { $0.bounceRate = SQLNumeric("1.0001") }),
            ("numeric_scale@bounce_rate", { $0.bounceRate = SQLNumeric("0.01234") }),
            ("range@complaint_rate", { $0.complaintRate = SQLNumeric("-0.00001") }),
            ("numeric_scale@complaint_rate", { $0.complaintRate = SQLNumeric("0.000001") }),
            ("range@daily_limit_override", { $0.dailyLimitOverride = -1 }),
            ("current_clients_within_capacity@current_clients,max_clients", { $0.currentClients = 2 }),
            ("warmup_completed_after_started@warmup_completed_at,warmup_started_at", {
                $0.warmupCompletedAt = $0.warmupStartedAt?.adding(microseconds: -1)
            }),
        ]
        let passing: [(String, (inout ResourcePool) -> Void)] = [
            ("reputation 100", { $0.reputationScore = 100 }),
            ("rates at 1", { $0.bounceRate = 1; $0.complaintRate = 1 }),
            ("warm-up completes at its start", { $0.warmupCompletedAt = $0.warmupStartedAt }),
            ("shared resource", { $0.maxClients = 3; $0.currentClients = 3 }),
            ("no warm-up times", { $0.warmupStartedAt = nil; $0.warmupCompletedAt = nil }),
            ("override 0", { $0.dailyLimitOverride = 0 }),
        ]
        ResourceFixtures.checkRules(pool, failing: failing, passing: passing)
    }

    @Test func assignmentRules() throws {
        let assignment = try ResourceFixtures.row(ClientResource.self)
        ResourceFixtures.checkRules(assignment, failing: [
            ("range@total_sends", { $0.totalSends = -1 }),
            ("released_after_assigned@assigned_at,released_at", { $0.releasedAt = $0.assignedAt.adding(seconds: -1) }),
        ], passing: [
            ("released at assignment", { $0.releasedAt = $0.assignedAt }),
        ])
    }

    @Test func schemaConstraints() {
        let pool = ResourcePool.tableDescription
        #expect(pool.tenancy == .global)
        #expect(pool.uniqueConstraints.map(\.columns) == [["resource_value"]])
        #expect(pool.column(named: "health_status")?.rules.first == .oneOf(["good", "warning", "critical"]))
        #expect(pool.column(named: "status")?.rules.first == .oneOf(["available", "assigned", "warming", "retired"]))
        let assignment = ClientResource.tableDescription
        #expect(assignment.tenancy == .owned(column: "client_id"))
        #expect(assignment.uniqueConstraints.map(\.columns) == [["client_id", "resource_pool_id"]])
        #expect(assignment.foreignKey(on: "resource_pool_id")?.table == "resource_pool")
        #expect(assignment.foreignKey(on: "client_id")?.onDelete == .cascade)
    }

    @Test func unknownEnumValuesAreTypedErrors() throws {
        for (key, enumName) in [("health_status", "HealthStatus"), ("status", "ResourceStatus"),
                                ("resource_type", "ResourceType")] {
            var object = try ResourceFixtures.object(ResourcePool.self)
            object[key] = "bogus"
            let error = #expect(throws: UnknownEnumValueError.self) {
                try ResourceFixtures.decode(ResourcePool.self, from: object)
            }
            #expect(error?.enumName == enumName)
            #expect(error?.value == "bogus")
        }
    }
}

@Suite struct ResourcePoolAvailabilityTests {
    func pool(_ status: ResourceStatus, current: Int, max: Int) -> ResourcePool {
        ResourcePool(resourceType: .phoneNumber, resourceValue: "+61412345678", maxClients: max,
                     currentClients: current, status: status)
    }

    @Test func availableWhileAssignableWithCapacity() {
        #expect(pool(.available, current: 0, max: 1).isAvailable)
        #expect(pool(.assigned, current: 1, max: 2).isAvailable)
        #expect(!pool(.assigned, current: 1, max: 1).isAvailable)
        #expect(!pool(.warming, current: 0, max: 1).isAvailable)
        #expect(!pool(.retired, current: 0, max: 1).isAvailable)
    }

    @Test func warmedOnceWarmupCompleted() throws {
        var resource = pool(.available, current: 0, max: 1)
        #expect(!resource.isWarmed)
        resource.warmupCompletedAt = try ResourceFixtures.time(2026, 1, 1)
        #expect(resource.isWarmed)
    }
}

@Suite struct ResourcePoolDailyLimitTests {
    let start: Timestamp

    init() throws { start = try ResourceFixtures.time(2026, 1, 1, 9) }

    func domain(started: Timestamp?, completed: Timestamp? = nil, health: HealthStatus = .good,
                override: Int? = nil) -> ResourcePool {
        ResourcePool(resourceType: .emailDomain, resourceValue: "agencyxos-reach.com", warmupStartedAt: started,
                     warmupCompletedAt: completed, healthStatus: health, dailyLimitOverride: override)
    }

    @Test func warmupBucketsByWholeDaysSinceStart() {
        let resource = domain(started: start)
        let justBefore: Int64 = -1
        let expectations: [(days: Int, offset: Int64, limit: Int)] = [
            (0, 0, 5), (4, justBefore, 5), (4, 0, 10), (8, justBefore, 10), (8, 0, 20),
            (15, justBefore, 20), (15, 0, 35), (22, justBefore, 35), (22, 0, 50), (400, 0, 50),
        ]
        for (days, offset, limit) in expectations {
            let now = start.adding(days: days).adding(microseconds: offset)
            #expect(resource.dailyLimit(now: now) == limit, "day \(days) offset \(offset)")
        }
    }

    @Test func unstartedOrFutureWarmupSendsFive() {
        #expect(domain(started: nil).dailyLimit(now: start) == 5)
        #expect(domain(started: start.adding(days: 3)).dailyLimit(now: start) == 5)
    }

    @Test func warmedDomainsFollowHealth() {
        let warmed = start.adding(days: 22)
        let now = start.adding(days: 60)
        #expect(domain(started: start, completed: warmed, health: .good).dailyLimit(now: now) == 50)
        #expect(domain(started: start, completed: warmed, health: .warning).dailyLimit(now: now) == 35)
        #expect(domain(started: start, completed: warmed, health: .critical).dailyLimit(now: now) == 0)
        #expect(domain(started: nil, completed: warmed, health: .warning).dailyLimit(now: start) == 35)
    }

    @Test func overrideWins() {
        #expect(domain(started: nil, override: 12).dailyLimit(now: start) == 12)
        #expect(domain(started: start, completed: start, health: .good, override: 0).dailyLimit(now: start) == 0)
    }

    @Test func phonesAndSeatsHaveFixedLimits() {
        let phone = ResourcePool(resourceType: .phoneNumber, resourceValue: "+61412345678")
        let seat = ResourcePool(resourceType: .linkedinSeat, resourceValue: "seat_abc123", dailyLimitOverride: 3)
        #expect(phone.dailyLimit(now: start) == 50)
        #expect(seat.dailyLimit(now: start) == 20)
    }

    @Test func healthDailyLimits() {
        #expect(HealthStatus.good.dailyLimit == 50)
        #expect(HealthStatus.warning.dailyLimit == 35)
        #expect(HealthStatus.critical.dailyLimit == 0)
    }
}

@Suite struct ResourcePoolHealthTests {
    let now: Timestamp

    init() throws { now = try ResourceFixtures.time(2026, 1, 23, 6) }

    func updated(sends: Int, bounces: Int, complaints: Int) throws -> ResourcePool {
        var pool = ResourcePool(resourceType: .emailDomain, resourceValue: "agencyxos-growth.com", dailyLimitOverride: 7)
        try pool.updateHealthMetrics(sends: sends, bounces: bounces, complaints: complaints, now: now)
        return pool
    }

    @Test func bounceBoundaries() throws {
        #expect(try updated(sends: 1000, bounces: 20, complaints: 0).healthStatus == .good)
        #expect(try updated(sends: 1000, bounces: 21, complaints: 0).healthStatus == .warning)
        #expect(try updated(sends: 1000, bounces: 50, complaints: 0).healthStatus == .warning)
        #expect(try updated(sends: 1000, bounces: 51, complaints: 0).healthStatus == .critical)
    }

    @Test func complaintBoundaries() throws {
        #expect(try updated(sends: 10_000, bounces: 0, complaints: 5).healthStatus == .good)
        #expect(try updated(sends: 10_000, bounces: 0, complaints: 6).healthStatus == .warning)
        #expect(try updated(sends: 10_000, bounces: 0, complaints: 10).healthStatus == .warning)
        #expect(try updated(sends: 10_000, bounces: 0, complaints: 11).healthStatus == .critical)
    }

    @Test func worseRateDecides() throws {
        #expect(try updated(sends: 10_000, bounces: 100, complaints: 11).healthStatus == .critical)
        #expect(try updated(sends: 10_000, bounces: 600, complaints: 0).healthStatus == .critical)
    }

    @Test func storesCountsRatesOverrideAndCheckTime() throws {
        let good = try updated(sends: 1540, bounces: 19, complaints: 1)
        #expect(good.sends30d == 1540 && good.bounces30d == 19 && good.complaints30d == 1)
        #expect(good.bounceRate == SQLNumeric("0.0123"))
        #expect(good.complaintRate == SQLNumeric("0.00065"))
        #expect(good.healthStatus == .warning)
        #expect(good.dailyLimitOverride == 35)
        #expect(good.healthCheckedAt == now)
        #expect(good.isValid)
        let healthy = try updated(sends: 3000, bounces: 2, complaints: 1)
        #expect(healthy.bounceRate == SQLNumeric("0.0007"))
        #expect(healthy.complaintRate == SQLNumeric("0.00033"))
        #expect(healthy.dailyLimitOverride == nil)
        #expect(healthy.isHealthy && !healthy.isPaused)
        let critical = try updated(sends: 100, bounces: 6, complaints: 0)
        #expect(critical.dailyLimitOverride == 0)
        #expect(critical.isPaused && !critical.isHealthy)
        #expect(critical.dailyLimit(now: now) == 0)
    }

    @Test func noSendsIsGoodWithZeroRates() throws {
        let pool = try updated(sends: 0, bounces: 0, complaints: 0)
        #expect(pool.healthStatus == .good)
        #expect(pool.bounceRate == 0 && pool.complaintRate == 0)
    }

    @Test func impossibleCountsAreRejectedWithoutChange() throws {
        let original = ResourcePool(resourceType: .emailDomain, resourceValue: "agencyxos-growth.com")
        var pool = original
        #expect(throws: DomainHealthError.negativeCount(name: "bounces", value: -1)) {
            try pool.updateHealthMetrics(sends: 10, bounces: -1, complaints: 0, now: now)
        }
        #expect(throws: DomainHealthError.exceedsSends(name: "complaints", value: 11, sends: 10)) {
            try pool.updateHealthMetrics(sends: 10, bounces: 0, complaints: 11, now: now)
        }
        #expect(pool == original)
    }

    @Test func thresholdsAreTheReferenceValues() {
        let standard = DomainHealthThresholds.standard
        #expect(standard.bounceGood == SQLNumeric("0.02") && standard.bounceWarning == SQLNumeric("0.05"))
        #expect(standard.complaintGood == SQLNumeric("0.0005") && standard.complaintWarning == SQLNumeric("0.001"))
    }
}

@Suite struct TierResourceAllocationTests {
    @Test func referenceAllocations() {
        let ignition = TierResourceAllocation(tier: .ignition)
        #expect([ignition.emailDomains, ignition.phoneNumbers, ignition.linkedinSeats, ignition.personas] == [3, 1, 4, 2] as [Int])
        let velocity = TierResourceAllocation(tier: .velocity)
        #expect([velocity.emailDomains, velocity.phoneNumbers, velocity.linkedinSeats, velocity.personas] == [5, 2, 7, 3] as [Int])
        let dominance = TierResourceAllocation(tier: .dominance)
        #expect([dominance.emailDomains, dominance.phoneNumbers, dominance.linkedinSeats, dominance.personas] == [9, 3, 14, 4] as [Int])
        #expect(TierResourceAllocation.mailboxesPerDomain == 2)
        #expect([ignition, velocity, dominance].map(\.mailboxes) == [6, 10, 18])
        #expect([ignition, velocity, dominance].map(\.linkedinConnectionsPerDay) == [80, 140, 280])
        #expect(ResourceType.allCases.map(velocity.count(of:)) == [5, 2, 7])
        #expect(TierType.allCases.map(ClientPersona.allocation(for:)) == [2, 3, 4])
    }
}

@Suite struct ResourcePoolSchemaTargetTests {
    static let tables = ["resource_pool", "client_resources", "client_personas", "client_linkedin_credentials",
                         "linkedin_seats", "linkedin_connections", "client_intelligence", "sdk_usage_log", "digest_logs"]

    @Test func tablesAreInTheTargetAfterTheTablesTheyReference() throws {
        let names = AgencyOSSchema.target.tables.map(\.name)
        for name in Self.tables {
            let index = try #require(names.firstIndex(of: name), "\(name) missing from the target")
            let table = try #require(AgencyOSSchema.target.table(named: name))
            for key in table.foreignKeys {
                let parent = try #require(names.firstIndex(of: key.table), "\(name) references unknown \(key.table)")
                #expect(parent < index, "\(name) comes before \(key.table)")
            }
        }
    }

    @Test func everyConstraintNamesExistingColumns() throws {
        for name in Self.tables {
            let table = try #require(AgencyOSSchema.target.table(named: name))
            var named = table.foreignKeys.map(\.column) + table.uniqueConstraints.flatMap(\.columns)
            named += table.indexes.flatMap { $0.columns.map { $0.hasPrefix("-") ? String($0.dropFirst()) : $0 } }
            named += table.checks.flatMap(\.predicate.referencedColumns)
            named += table.uniqueConstraints.compactMap(\.condition).flatMap(\.referencedColumns)
            named += table.indexes.compactMap(\.condition).flatMap(\.referencedColumns)
            named += [table.tenancy.tenantColumn, table.softDelete?.column, table.timestamps.createdAt,
                      table.timestamps.updatedAt].compactMap { $0 }
            if case .inherited(let column) = table.tenancy { named.append(column) }
            for column in named { #expect(table.column(named: column) != nil, "\(name).\(column)") }
        }
    }

    @Test func timestampsAreTimestamptz() throws {
        for name in Self.tables {
            let table = try #require(AgencyOSSchema.target.table(named: name))
            for column in table.columns where column.name.hasSuffix("_at") || column.name == "follow_up_scheduled_for" {
                #expect(column.type == .timestamptz, "\(name).\(column.name)")
            }
        }
    }
}

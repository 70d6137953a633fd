import Testing
import AgencyCore
import AgencyStore
import Avenir
import AvenirServices

/// The seed's maintenance: archive leads idle for a year, purge test data with its cascade.
@Suite("Avenir maintenance")
struct MaintenanceTests {
    @Test("one year earlier is a calendar year, 29 February becoming 28 February")
    func oneYear() {
        #expect(LeadMaintenance.oneYearBefore(Instants.now) == Timestamp(year: 2025, month: 3, day: 1, hour: 12))
        let leap = Timestamp(year: 2028, month: 2, day: 29, hour: 10, minute: 5, microsecond: 7) ?? Instants.now
        #expect(LeadMaintenance.oneYearBefore(leap) == Timestamp(year: 2027, month: 2, day: 28, hour: 10, minute: 5, microsecond: 7))
    }

    @Test("archives exactly the Active leads older than a year with no action within it, each with an archive action")
    func archiveIdle() async throws {
        var world = try await AvenirWorld(start: Instants.days(-800))
        let service = LeadLifecycleService(store: world.scope, clock: world.clock)
        let cutoff = LeadMaintenance.oneYearBefore(Instants.now)
        func insert(_ name: String, at time: Timestamp) async throws -> ID<LeadMemory> {
            world.clock.set(time)
            return try await service.insert(world.lead(name, email: "\(name)@x.co"), using: &world.generator).lead.id
        }
        let idle = try await insert("idle", at: Instants.days(-400))
        let touched = try await insert("touched", at: Instants.days(-400))
        let young = try await insert("young", at: Instants.days(-300))
        let followUp = try await insert("followup", at: Instants.days(-500))
        let boundary = try await insert("boundary", at: cutoff)
        let justBefore = try await insert("justbefore", at: cutoff.adding(microseconds: -1))
        world.clock.set(Instants.days(-450))
        _ = try await service.tag(followUp, as: .followUp)
        world.clock.set(Instants.days(-100))
        _ = try await service.enrich(touched, with: LeadEnrichment(tone: "Friendly"))
        world.clock.set(Instants.now)
        let archived = try await AvenirMaintenance(store: world.scope, clock: world.clock).archiveIdleLeads()
        #expect(Set(archived.map(\.id)) == [idle, justBefore])
        #expect(archived.allSatisfy { $0.archived && $0.currentTag == .archived })
        for id in [idle, justBefore] {
            let last = try await service.actions(of: id).last
            #expect(last?.actionType == .archive && last?.tag == .archived && last?.timestamp == Instants.now)
        }
        for id in [touched, young, followUp, boundary] {
            #expect(try await world.scope.get(LeadMemory.self, id: id).archived == false)
        }
        #expect(try await AvenirMaintenance(store: world.scope, clock: world.clock).archiveIdleLeads().isEmpty, "idempotent")
    }

    @Test("purging test data removes test clients with their leads, actions, events and key log; others stay")
    func purge() async throws {
        var world = try await AvenirWorld()
        let accounts = ClientAccounts(store: world.store, clock: world.clock)
        var keys = SeededGenerator(seed: 3)
        let tester = try await accounts.register(businessName: "QA", email: "qa@example.com", passwordHash: "h", using: &keys)
        _ = try await accounts.rotateAPIKey(of: tester.clientId, reason: "scheduled", using: &keys)
        let testScope = world.store.scoped(.tenant(tester.clientId))
        let testService = LeadLifecycleService(store: testScope, clock: world.clock)
        let testLead = try await testService.insert(LeadMemory(email: "a@x.co", name: "A", clientId: tester.clientId, isTest: true),
                                                    using: &world.generator).lead
        _ = try await testService.tag(testLead.id, as: .converted)
        _ = try await LeadLifecycleService(store: world.scope, clock: world.clock).insert(world.lead(), using: &world.generator)
        let before = await world.counts()

        await #expect(throws: StoreError.requiresPlatformScope(table: "clients", operation: "purge of test data")) {
            try await AvenirMaintenance(store: testScope, clock: world.clock).purgeTestData()
        }
        #expect(await world.counts() == before)

        let report = try await AvenirMaintenance(store: world.store.scoped(.platformWide), clock: world.clock).purgeTestData()
        #expect(report.removed == ["clients": 1, "lead_memory": 1, "lead_actions": 2, "growth_brain": 1, "api_key_rotation_log": 1])
        let after = await world.counts()
        #expect(after["clients"] == 1 && after["lead_memory"] == 1 && after["lead_actions"] == 1)
        #expect(after["growth_brain"] == 0 && after["api_key_rotation_log"] == 0)
        #expect(try await AvenirMaintenance(store: world.store.scoped(.platformWide), clock: world.clock).purgeTestData() == PurgeReport())
    }
}

import Testing
import AgencyCore
import AgencyStore
import Avenir
import AvenirServices

/// The lifecycle written to a store: each change and its action row in one batch.
@Suite("Avenir lead lifecycle in a store")
struct LeadLifecycleServiceTests {
    @Test("the seed's action flow: insert, Follow-Up, Converted, revert, archive, un-archive, delete")
    func seedFlow() async throws {
        var world = try await AvenirWorld()
        let service = LeadLifecycleService(store: world.scope, clock: world.clock)
        let inserted = try await service.insert(world.lead(), using: &world.generator)
        let id = inserted.lead.id
        #expect(inserted.lead.currentTag == .active && inserted.lead.timestamp == world.clock.now())
        world.clock.advance(seconds: 60)
        _ = try await service.tag(id, as: .followUp)
        world.clock.advance(seconds: 60)
        let converted = try await service.tag(id, as: .converted, conversionValue: 5000)
        #expect(converted.lead.currentTag == .converted)
        world.clock.advance(seconds: 60)
        let reverted = try await service.revert(id, reason: "Placed in converted by accident")
        #expect(reverted.lead.currentTag == .active)
        world.clock.advance(seconds: 60)
        let archived = try await service.archive(id)
        #expect(archived.lead.archived && archived.lead.currentTag == .archived)
        world.clock.advance(seconds: 60)
        let unarchived = try await service.tag(id, as: .active)
        #expect(!unarchived.lead.archived && unarchived.lead.currentTag == .active)
        world.clock.advance(seconds: 60)
        let deleted = try await service.delete(id)
        #expect(deleted.lead.deleted && deleted.lead.currentTag == .deleted)

        let actions = try await service.actions(of: id)
        #expect(actions.map(\.actionType) == [.insert, .tag, .tag, .revert, .archive, .tag, .delete])
        #expect(actions.map(\.tag) == [.active, .followUp, .converted, .active, .archived, .active, .deleted])
        #expect(actions.map(\.conversionOutcome) == [false, false, true, false, false, false, false])
        #expect(actions.map(\.reversionReason) == [nil, nil, nil, "Placed in converted by accident", nil, nil, nil])
        #expect(actions.map(\.timestamp) == (0...6).map { Instants.now.adding(minutes: $0) })
        #expect(actions.allSatisfy { $0.clientId == world.client.clientId && $0.leadId == id })

        #expect(try await world.scope.find(LeadMemory.self, id: id) == nil, "a deleted lead is hidden from normal reads")
        #expect(try await world.scope.find(LeadMemory.self, id: id, includingDeleted: true)?.deleted == true)
    }

    @Test("a conversion and a revert each write their growth-brain event in the same batch")
    func growthEvents() async throws {
        var world = try await AvenirWorld()
        let service = LeadLifecycleService(store: world.scope, clock: world.clock)
        let id = try await service.insert(world.lead(), using: &world.generator).lead.id
        world.clock.advance(seconds: 86_400 * 7 + 5)
        _ = try await service.tag(id, as: .followUp)
        let converted = try await service.tag(id, as: .converted, conversionValue: 5000)
        let conversion = try #require(converted.growthEvent)
        guard case .conversion(let snapshot)? = try conversion.snapshot() else {
            Issue.record("not a conversion snapshot")
            return
        }
        #expect(snapshot.daysToConvert == 7)
        #expect(snapshot.touchPoints == 2, "the insert and the Follow-Up tag came before the conversion")
        #expect(snapshot.conversionValue == 5000 && snapshot.finalTag == "Converted" && snapshot.leadName == "Sarah Chen")
        #expect(conversion.insightText == "Lead \"Sarah Chen\" converted in 7 days with 2 touch points")
        #expect(conversion.confidence == 0.95)
        let reverted = try await service.revert(id, reason: "wrong lead")
        guard case .reversion(let reversion)? = try reverted.growthEvent?.snapshot() else {
            Issue.record("not a reversion snapshot")
            return
        }
        #expect(reversion.reason == "wrong lead" && reversion.previousTag == "Converted")
        #expect(try await world.scope.count(Query<GrowthBrainEvent>()) == 2)
    }

    @Test("an illegal transition throws the typed error and writes nothing")
    func illegalWritesNothing() async throws {
        var world = try await AvenirWorld()
        let service = LeadLifecycleService(store: world.scope, clock: world.clock)
        let id = try await service.insert(world.lead(), using: &world.generator).lead.id
        _ = try await service.tag(id, as: .converted)
        let before = await world.counts()
        await #expect(throws: LeadTransitionError.convertedNeedsRevert(target: .followUp)) { try await service.tag(id, as: .followUp) }
        await #expect(throws: LeadTransitionError.emptyReversionReason) { try await service.revert(id, reason: "   ") }
        _ = try await service.delete(id)
        let afterDelete = await world.counts()
        await #expect(throws: LeadTransitionError.leadDeleted) { try await service.tag(id, as: .active) }
        await #expect(throws: LeadTransitionError.leadDeleted) { try await service.archive(id) }
        #expect(await world.counts() == afterDelete)
        #expect(before["lead_actions"] == 2 && afterDelete["lead_actions"] == 3)
    }

    @Test("the lead and its action are one batch: a refused insert stores neither")
    func oneBatch() async throws {
        var world = try await AvenirWorld()
        let service = LeadLifecycleService(store: world.scope, clock: world.clock)
        let first = try await service.insert(world.lead(), using: &world.generator).lead
        let before = await world.counts()
        var duplicate = world.lead("Other")
        duplicate.id = first.id
        await #expect(throws: StoreError.self) { try await service.insert(duplicate, using: &world.generator) }
        #expect(await world.counts() == before)
        #expect(try await service.actions(of: first.id).count == 1)
    }

    @Test("lead_actions is append-only through the store")
    func appendOnly() async throws {
        var world = try await AvenirWorld()
        let service = LeadLifecycleService(store: world.scope, clock: world.clock)
        let action = try await service.insert(world.lead(), using: &world.generator).action
        var changed = action
        changed.tag = .converted
        await #expect(throws: StoreError.self) { try await world.scope.update(changed) }
        await #expect(throws: StoreError.self) { try await world.scope.purge(LeadAction.self, id: action.id) }
        #expect(try await world.scope.fetch(Query<LeadAction>()) == [action])
    }
}

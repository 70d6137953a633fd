import Foundation
import Testing
import AgencyCore
import AgencyOS
import AgencyStore

@Suite("In-memory store snapshots")
struct SnapshotPersistenceTests {
    let directory: URL = FileManager.default.temporaryDirectory
        .appendingPathComponent("agencykit-snapshot-\(UUID().uuidString)", isDirectory: true)

    func clock() -> ManualTimeSource { ManualTimeSource(Timestamp(year: 2026, month: 2, day: 1)!) }

    @Test func everyBatchIsPersistedAndReloaded() async throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("store.json")
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock(), ids: .seeded(3), persistingTo: file)
        let client = try await store.scoped(.platformWide).insert(Client(name: "Acme"))
        let scoped = store.scoped(.tenant(client.id))
        let campaign = try await scoped.insert(Campaign(clientId: client.id, name: "Q1"))
        let lead = try await scoped.insert(Lead(clientId: client.id, campaignId: campaign.id, email: "ada@example.com"))
        _ = try await scoped.softDelete(Lead.self, id: lead.id)

        let reloaded = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock(), ids: .seeded(4), persistingTo: file)
        let again = reloaded.scoped(.tenant(client.id))
        #expect(try await again.find(Lead.self, id: lead.id) == nil)
        #expect(try await again.find(Lead.self, id: lead.id, includingDeleted: true)?.email == "ada@example.com")
        #expect(try await again.get(Campaign.self, id: campaign.id) == campaign)
        #expect(await reloaded.rowCounts() == (await store.rowCounts()))
    }

    @Test func corruptOrForeignFilesAreTypedErrorsAndStayUntouched() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let corrupt = directory.appendingPathComponent("corrupt.json")
        try Data("{ not json".utf8).write(to: corrupt)
        #expect(throws: SnapshotError.self) {
            _ = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock(), ids: .seeded(1), persistingTo: corrupt)
        }
        #expect(try Data(contentsOf: corrupt) == Data("{ not json".utf8))

        let foreign = directory.appendingPathComponent("foreign.json")
        try Data(#"{"name":"something else"}"#.utf8).write(to: foreign)
        do {
            _ = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock(), ids: .seeded(1), persistingTo: foreign)
            Issue.record("a foreign file was accepted")
        } catch let error as SnapshotError {
            guard case .foreignFormat = error else { Issue.record("expected foreignFormat, got \(error)"); return }
        }
        #expect(try Data(contentsOf: foreign) == Data(#"{"name":"something else"}"#.utf8))

        let otherSchema = directory.appendingPathComponent("other.json")
        try Data(#"{"format":"agencykit.snapshot","version":1,"schema":"avenir","tables":{}}"#.utf8).write(to: otherSchema)
        do {
            _ = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock(), ids: .seeded(1), persistingTo: otherSchema)
            Issue.record("another schema's snapshot was accepted")
        } catch let error as SnapshotError {
            guard case .schemaMismatch = error else { Issue.record("expected schemaMismatch, got \(error)"); return }
        }
    }

    @Test func aFailedBatchLeavesThePreviousSnapshot() async throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("store.json")
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock(), ids: .seeded(3), persistingTo: file)
        _ = try await store.scoped(.platformWide).insert(Client(name: "Acme"))
        let before = try Data(contentsOf: file)
        await #expect(throws: StoreError.self) { _ = try await store.scoped(.platformWide).insert(Client(name: "")) }
        #expect(try Data(contentsOf: file) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aTamperedRowIsRefusedOnLoad() async throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("store.json")
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock(), ids: .seeded(3), persistingTo: file)
        _ = try await store.scoped(.platformWide).insert(Client(name: "Acme"))
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self).replacingOccurrences(of: "\"digest_send_hour\":7", with: "\"digest_send_hour\":99")
        try Data(text.utf8).write(to: file)
        do {
            _ = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock(), ids: .seeded(1), persistingTo: file)
            Issue.record("an invalid row was loaded")
        } catch let error as SnapshotError {
            guard case .invalidRow = error else { Issue.record("expected invalidRow, got \(error)"); return }
        }
    }
}

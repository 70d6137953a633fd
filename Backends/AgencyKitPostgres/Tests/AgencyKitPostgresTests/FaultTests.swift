import AgencyCore
@testable import AgencyKitPostgres
import AgencyOS
import AgencyStore
import Foundation
import Testing

/// Transactions cut off half-way, and concurrent writers.
@Suite struct FaultTests {
    @Test func transactionKilledHalfWayLeavesNothing() async throws {
        let world = try await TwoTenants.make(prefix: "fault")
        let killed = Mutex(false)
        let store = try PostgresStore(client: try TestDatabase.requireClient(), schema: TestDatabase.target, namespace: world.namespace,
                                      appRole: "agencykit_app", clock: world.clock, ids: .seeded(5), operationTimeout: .seconds(60),
                                      runner: nil, batchHook: { completed, backendPID in
            guard completed == 5 else { return }
            _ = try? await TestDatabase.sql("SELECT pg_terminate_backend(\(backendPID))::text")
            killed.withLock { $0 = true }
        })
        var batch = WriteBatch()
        for index in 0..<5 {
            var lead = world.lead(world.a, email: "killed\(index)@example.com")
            lead.id = ID(UUID())
            batch.insert(lead)
            batch.softDelete(Lead.self, id: lead.id)
        }
        await #expect {
            _ = try await store.scoped(.tenant(world.a.id)).apply(batch)
        } throws: { error in
            guard case StoreError.backend = error else { return false }
            return true
        }
        #expect(killed.withLock { $0 }, "the backend was terminated after the fifth write")
        let leads = try await world.store.scoped(.platformWide).count(Query<Lead>().includingDeleted())
        #expect(leads == 0, "nothing of the killed transaction remains")
        _ = try await world.store.scoped(.tenant(world.a.id)).insert(world.lead(world.a, email: "after@example.com"))
        #expect(try await world.store.scoped(.platformWide).count(Query<Lead>()) == 1, "the pool replaced the killed connection")
    }

    @Test func eightConcurrentWritersLoseNothing() async throws {
        let world = try await TwoTenants.make(prefix: "fault")
        let writers = 8
        let perWriter = 1_000
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    let tenant = writer % 2 == 0 ? world.a : world.b
                    let scope = world.store.scoped(.tenant(tenant.id))
                    for start in stride(from: 0, to: perWriter, by: 50) {
                        let rows = (start..<start + 50).map { world.lead(tenant, email: "w\(writer)-\(String($0))@example.com") }
                        _ = try await scope.insert(rows)
                    }
                }
            }
            try await group.waitForAll()
        }
        let platform = world.store.scoped(.platformWide)
        #expect(try await platform.count(Query<Lead>()) == writers * perWriter)
        let distinct = try await TestDatabase.sql("SELECT count(DISTINCT id)::text FROM \(world.namespace).leads")
        #expect(distinct == [String(writers * perWriter)], "every assigned id is distinct")
        #expect(try await world.store.scoped(.tenant(world.a.id)).count(Query<Lead>()) == writers / 2 * perWriter)
    }

    @Test func connectionErrorsCarryNoSecrets() async throws {
        guard var configuration = TestDatabase.configuration else { throw TestSetupError(description: "no server") }
        configuration.port = 1
        configuration.password = "s3cr3t-password"
        configuration.operationTimeout = .seconds(3)
        configuration.connectTimeout = .seconds(1)
        do {
            let store = try await PostgresStore.connect(configuration, schema: AgencyOSSchema.target, clock: FixedTimeSource(.unassigned), ids: .seeded(1))
            await store.shutdown()
            Issue.record("connecting to a closed port succeeded")
        } catch let error as StoreError {
            guard case .backend(let message) = error else { Issue.record("expected StoreError.backend, got \(error)"); return }
            #expect(!message.contains("s3cr3t"))
            #expect(!"\(error)".contains("s3cr3t"))
        }
    }
}

/// The server stopped mid-run and started again. Stopping the shared server disturbs every
/// other test, so this suite runs on its own (`Scripts/test.sh` runs it after the others with
/// `AGENCYKIT_PG_SERVER_RESTART=1`).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["AGENCYKIT_PG_SERVER_RESTART"] == "1",
                "runs alone: Scripts/test.sh sets AGENCYKIT_PG_SERVER_RESTART=1 for it"))
struct ServerRestartTests {
    @Test func serverStoppedMidRunThenRestarted() async throws {
        let world = try await TwoTenants.make(prefix: "restart")
        guard var configuration = TestDatabase.configuration else { throw TestSetupError(description: "no server") }
        configuration.namespace = world.namespace
        configuration.operationTimeout = .seconds(4)
        configuration.connectTimeout = .seconds(2)
        let store = try await PostgresStore.connect(configuration, schema: AgencyOSSchema.target, clock: world.clock, ids: .seeded(9))
        let scope = store.scoped(.tenant(world.a.id))
        let perBatch = 20
        var succeeded: [Int] = []
        var failures: [StoreError] = []
        var stopped = false
        for number in 0..<40 {
            if number == 10 {
                try TestDatabase.control("stop")
                stopped = true
            }
            let rows = (0..<perBatch).map { world.lead(world.a, email: "b\(number)-\($0)@example.com", firstName: "batch-\(number)") }
            do {
                _ = try await scope.insert(rows)
                succeeded.append(number)
            } catch let error as StoreError {
                log("restart test: batch \(number) refused: \(error)")
                failures.append(error)
            }
            if stopped && failures.count >= 3 { break }
        }
        #expect(succeeded == Array(0..<10), "every batch before the stop succeeded")
        #expect(!failures.isEmpty)
        for failure in failures {
            guard case .backend = failure else { Issue.record("expected StoreError.backend, got \(failure)"); continue }
        }
        log("restart test: \(succeeded.count) batches stored, \(failures.count) refused while stopped")
        try TestDatabase.control("start")
        log("restart test: server started")
        var recovered = false
        for attempt in 0..<30 where !recovered {
            do {
                _ = try await scope.insert([world.lead(world.a, email: "after-restart-\(attempt)@example.com", firstName: "after")])
                recovered = true
            } catch {
                log("restart test: attempt \(attempt) failed: \(error)")
                try await Task.sleep(for: .milliseconds(500))
            }
        }
        log("restart test: recovered \(recovered)")
        #expect(recovered, "the pool reconnected after the restart")
        let counts = try await store.client.query("SELECT first_name, count(*)::int FROM \(unescaped: world.namespace).leads WHERE first_name LIKE 'batch-%' GROUP BY first_name",
                                                  logger: TestDatabase.logger)
        var perTag: [String: Int] = [:]
        for try await (tag, count) in counts.decode((String, Int).self) { perTag[tag] = count }
        for (tag, count) in perTag { #expect(count == perBatch, "\(tag): a batch is stored whole or not at all") }
        for number in succeeded { #expect(perTag["batch-\(number)"] == perBatch, "batch \(number) reported success and is stored") }
        log("restart test: checked")
        await store.shutdown()
        log("restart test: shut down")
    }
}

/// Progress of the long fault test, unbuffered.
func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
